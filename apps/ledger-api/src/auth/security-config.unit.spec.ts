import { ConfigError } from '../config/config.error';
import { readSecurityConfig } from './security-config';

const PROVIDER = {
  LEDGER_AUTH_JWKS_URL: 'https://idp.example/jwks',
  LEDGER_AUTH_ISSUER: 'https://idp.example',
  LEDGER_AUTH_AUDIENCE: 'urn:negotiation-ledger:api',
};

describe('the web workspace’s client at the identity provider', () => {
  it('is absent unless LEDGER_AUTH_WEB_CLIENT_ID names it', () => {
    expect(readSecurityConfig({}).webClient).toBeNull();
    expect(readSecurityConfig(PROVIDER).webClient).toBeNull();
  });

  it('asks for the openid scope unless LEDGER_AUTH_WEB_SCOPE says more', () => {
    expect(readSecurityConfig({ ...PROVIDER, LEDGER_AUTH_WEB_CLIENT_ID: 'ledger-web' }).webClient).toEqual({
      clientId: 'ledger-web',
      scope: 'openid',
    });
    expect(
      readSecurityConfig({
        ...PROVIDER,
        LEDGER_AUTH_WEB_CLIENT_ID: 'ledger-web',
        LEDGER_AUTH_WEB_SCOPE: 'openid ledger',
      }).webClient?.scope,
    ).toBe('openid ledger');
  });

  it('is refused on the embedded default, whose tokens no provider issues', () => {
    expect(() => readSecurityConfig({ LEDGER_AUTH_WEB_CLIENT_ID: 'ledger-web' })).toThrow(ConfigError);
    expect(() => readSecurityConfig({ LEDGER_AUTH_WEB_CLIENT_ID: 'ledger-web' })).toThrow(/LEDGER_AUTH_JWKS_URL/);
  });
});
