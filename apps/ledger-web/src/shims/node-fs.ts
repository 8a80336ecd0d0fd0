// libs/evidence reads its format specification from disk; the page never asks for it.
export function readFileSync(): never {
  throw new Error('No file system in the browser');
}
