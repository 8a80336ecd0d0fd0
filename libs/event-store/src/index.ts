export * from './event-envelope';
export * from './event-id';
export * from './event-store.errors';
export * from './event-store.port';
export * from './hashed-envelope';
