export * from './canonical-json';
export * from './event-hash';
export * from './merkle-hash';
export * from './merkle-tree';
export * from './merkle-proof';
