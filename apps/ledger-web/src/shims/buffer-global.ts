// The verifier in libs/evidence uses Node's Buffer; in the page it is the `buffer` package's, taught the one
// encoding it lacks (base64url, which Node has had since v15), by way of plain base64.
import { Buffer } from 'buffer';

type Encoding = Parameters<typeof Buffer.isEncoding>[0];

const toBase64 = (base64url: string): string => base64url.replace(/-/g, '+').replace(/_/g, '/');
const nodeFrom = Buffer.from.bind(Buffer) as (value: unknown, encoding?: unknown, length?: unknown) => Buffer;
const nodeToString = Buffer.prototype.toString;

Buffer.from = ((value: unknown, encoding?: unknown, length?: unknown) =>
  typeof value === 'string' && encoding === 'base64url'
    ? nodeFrom(toBase64(value), 'base64')
    : nodeFrom(value, encoding, length)) as typeof Buffer.from;

Buffer.prototype.toString = function toString(this: Buffer, encoding?: Encoding, start?: number, end?: number): string {
  if ((encoding as string) !== 'base64url') return nodeToString.call(this, encoding, start, end);
  return nodeToString.call(this, 'base64', start, end).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

export { Buffer };
