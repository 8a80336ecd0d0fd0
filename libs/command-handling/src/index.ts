export * from './command-envelope';
export * from './handle-negotiation-command';
export * from './negotiation-stream';
export * from './personal-data';
export * from './stream-cache';
export * from './import';
