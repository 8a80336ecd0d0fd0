import pino, { type DestinationStream, type Logger } from 'pino';
import type { LedgerConfig } from '../config/ledger-config';

export const LEDGER_LOGGER = Symbol('LEDGER_LOGGER');
export type LedgerLogger = Logger;

/** One JSON line per entry on stdout, with service name, host (the pod) and pid, so a log shipper needs no parsing rules. */
export function createLedgerLogger(
  config: Pick<LedgerConfig, 'logLevel'>,
  /** Stdout, written asynchronously; a line written just before the process exits needs a synchronous one. */
  destination?: DestinationStream,
): LedgerLogger {
  const options = { name: 'ledger-api', level: config.logLevel ?? 'silent' };
  return destination ? pino(options, destination) : pino(options);
}
