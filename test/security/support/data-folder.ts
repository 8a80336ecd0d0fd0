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
      return [
        {
          name: relative(dataDir, path),
          mode: statSync(path).mode & 0o777,
          sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
        },
      ];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The data folder once nothing writes to it any more: the saved evidence log follows the store in runs, at
 * most one write a second, so a folder counts as settled when it stayed the same for `quietMs`.
 */
export async function settledDataFolder(dataDir: string, quietMs = 1_500, deadlineMs = 15_000): Promise<DataFile[]> {
  const deadline = Date.now() + deadlineMs;
  let last = dataFolderFiles(dataDir);
  let quietSince = Date.now();
  while (Date.now() - quietSince < quietMs) {
    if (Date.now() > deadline) throw new Error(`The data folder ${dataDir} kept changing for ${deadlineMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = dataFolderFiles(dataDir);
    if (JSON.stringify(now) !== JSON.stringify(last)) [last, quietSince] = [now, Date.now()];
  }
  return last;
}
