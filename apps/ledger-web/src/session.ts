/**
 * The bearer token lives in sessionStorage: it is gone when the tab closes, and no other tab or site sees it.
 * Party and role are read from the token for display only; the API decides what they mean.
 */
const TOKEN_KEY = 'ledger.token';

export type Session = Readonly<{ token: string; sub: string; party: string; role: string; expiresAt: number }>;

function claimsOf(token: string): Record<string, unknown> | null {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0)))) as Record<
      string,
      unknown
    >;
  } catch {
    return null;
  }
}

export function currentSession(): Session | null {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const claims = token ? claimsOf(token) : null;
  if (!token || !claims || typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) return null;
  return {
    token,
    sub: String(claims.sub),
    party: String(claims.party ?? ''),
    role: String(claims.role ?? ''),
    expiresAt: claims.exp * 1000,
  };
}

export function signOut(): void {
  sessionStorage.removeItem(TOKEN_KEY);
}

/** Exchanges a one-time code from `npm run ledger -- sign-in-link` for a token; the code is used up either way. */
export async function redeemSignInCode(code: string): Promise<Session | null> {
  const response = await fetch('/sign-in/local', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  if (!response.ok) return null;
  const { token } = (await response.json()) as { token: string };
  return storeToken(token);
}

/** Keeps a token the API issued or the identity provider gave, for this tab only. */
export function storeToken(token: string): Session | null {
  sessionStorage.setItem(TOKEN_KEY, token);
  return currentSession();
}
