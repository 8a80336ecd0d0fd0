export * from './event-envelope';
export * from './event-id';
export * from './event-store.errors';
export * from './event-store.port';
export * from './hashed-envelope';
export * from './catch-up-subscription';
export * from './in-memory/in-memory-event-store';
export * from './sqlite/sqlite-event-store';
