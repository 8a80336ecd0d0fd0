export * from './command-envelope';
export * from './handle-negotiation-command';
export * from './stream-cache';
export * from './import';
export * from './source-documents';
