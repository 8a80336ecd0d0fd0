import { useEffect, useState } from 'preact/hooks';
import { useWords } from '../i18n';
import { href, navigate } from '../router';
import { redeemSignInCode, type Session } from '../session';
import {
  fetchSignInMethod,
  finishProviderSignIn,
  isProviderCallback,
  startProviderSignIn,
  type SignInMethod,
} from '../oidc-sign-in';

type State = 'idle' | 'busy' | 'failed';

/**
 * Signs in through the organisation's identity provider when the service has one, else with a one-time
 * link's code; either way the code is taken out of the address bar and history at once.
 */
export function SignInPage({ code, onSession }: { code: string | null; onSession: (session: Session | null) => void }) {
  const { t } = useWords();
  const [method, setMethod] = useState<SignInMethod | null>(null);
  const [state, setState] = useState<State>(code || isProviderCallback() ? 'busy' : 'idle');
  const signedIn = (session: Session | null) => {
    if (!session) return setState('failed');
    onSession(session);
    navigate(href(), true);
  };
  useEffect(() => {
    fetchSignInMethod().then(setMethod, () => setMethod({ method: 'none' }));
  }, []);
  useEffect(() => {
    if (!code) return;
    navigate(href('aanmelden'), true);
    redeemSignInCode(code).then(signedIn, () => setState('failed'));
  }, [code]);
  useEffect(() => {
    if (method?.method !== 'oidc' || !isProviderCallback()) return;
    finishProviderSignIn(method).then(signedIn, () => setState('failed'));
  }, [method]);
  const provider = method?.method === 'oidc' ? method : null;
  return (
    <>
      <h1>{t('signIn')}</h1>
      {state === 'busy' && <p role="status">{t('signingIn')}</p>}
      {state === 'failed' && (
        <p class="error" role="alert">
          {t(provider ? 'providerSignInFailed' : 'signInFailed')}
        </p>
      )}
      {provider && state !== 'busy' && (
        <p>
          <button
            class="primary"
            type="button"
            onClick={() => {
              setState('busy');
              startProviderSignIn(provider).catch(() => setState('failed'));
            }}
          >
            {t('signInWithProvider')}
          </button>
        </p>
      )}
      {method?.method === 'local' && <p>{t('signInHelp')}</p>}
      {method?.method === 'none' && <p>{t('noSignIn')}</p>}
    </>
  );
}
