export { EventStoreDbEventStore, type EventStoreDbEventStoreOptions } from './eventstoredb-event-store';
export type { BackoffSettings } from './reconnect-backoff';
