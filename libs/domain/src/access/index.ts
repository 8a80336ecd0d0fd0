export * from './access';
export * from './access-denied.error';
export * from './command-access';
