import { EventStoreDBClient } from '@eventstore/db-client';
import { EventStoreError, EventStoreErrorCode } from '../event-store.errors';

/**
 * Builds the client from a connection string, which carries TLS (`tls=`, `tlsCAFile=`,
 * `tlsVerifyCert=`), credentials (`esdb://user:password@…`) and cluster discovery (`esdb+discover://`).
 * The client's parse error echoes the whole string, password included, so only where and what it
 * expected is passed on.
 */
export function clientFromConnectionString(connectionString: string): EventStoreDBClient {
  try {
    return EventStoreDBClient.connectionString(connectionString);
  } catch (error) {
    throw new EventStoreError(
      EventStoreErrorCode.Unavailable,
      `The EventStoreDB connection string is malformed: ${describeParseError(error)}`,
    );
  }
}

/** The safe part of the client's parse error: the expected token and its offset, never the string itself. */
export function describeParseError(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'expected' in error && 'location' in error) {
    const { expected, location } = error as { expected: unknown; location: unknown };
    const offset = Array.isArray(location) ? location[0] : undefined;
    return `expected ${String(expected)} at character ${String(offset)}`;
  }
  return 'it could not be parsed';
}
