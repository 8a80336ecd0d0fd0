import { SignJWT } from 'jose';
import type { Role } from '@ledger/domain';
import { loadOrCreateLocalKey } from './local-signing-key';

/** What the service accepts from local tokens unless told otherwise (`LEDGER_AUTH_ISSUER`, `LEDGER_AUTH_AUDIENCE`). */
export const LOCAL_ISSUER = 'urn:negotiation-ledger:local';
export const LOCAL_AUDIENCE = 'negotiation-ledger';

export type LocalTokenRequest = Readonly<{ sub: string; party: string; role: Role; ttl: string }>;

/** Signs a token with the data folder's local key: the embedded default's stand-in for an identity provider. */
export function issueLocalToken(dataDir: string, request: LocalTokenRequest): Promise<string> {
  const { privateKey } = loadOrCreateLocalKey(dataDir);
  return new SignJWT({ party: request.party, role: request.role })
    .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' })
    .setSubject(request.sub)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(request.ttl)
    .sign(privateKey);
}
