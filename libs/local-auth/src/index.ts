export * from './local-signing-key';
export * from './local-token.issuer';
export * from './sign-in-links';
