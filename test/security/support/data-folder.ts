import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export type DataFile = Readonly<{ name: string; mode: number; sha256: string }>;

/** Every file under the data folder, by its path in it, with its permission bits and a hash of its bytes. */
export function dataFolderFiles(dataDir: string, directory = dataDir): DataFile[] {
  return readdirSync(directory, { withFileTypes: true })
    .flatMap((entry): DataFile[] => {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) return dataFolderFiles(dataDir, path);
      return [{ name: relative(dataDir, path), mode: statSync(path).mode & 0o777, sha256: createHash('sha256').update(readFileSync(path)).digest('hex') }];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
