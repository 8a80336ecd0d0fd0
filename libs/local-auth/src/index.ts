export * from './local-signing-key';
export * from './local-token.issuer';
