import { useEffect, useState } from 'preact/hooks';
import { useWords } from '../i18n';
import { href, navigate } from '../router';
import { redeemSignInCode, type Session } from '../session';

/** Signs in with a one-time link's code, then takes it out of the address bar and history. */
export function SignInPage({ code, onSession }: { code: string | null; onSession: (session: Session | null) => void }) {
  const { t } = useWords();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>(code ? 'busy' : 'idle');
  useEffect(() => {
    if (!code) return;
    navigate(href('aanmelden'), true);
    redeemSignInCode(code).then(
      (session) => {
        if (!session) return setState('failed');
        onSession(session);
        navigate(href(), true);
      },
      () => setState('failed'),
    );
  }, [code]);
  return (
    <>
      <h1>{t('signIn')}</h1>
      {state === 'busy' && <p role="status">{t('signingIn')}</p>}
      {state === 'failed' && (
        <p class="error" role="alert">
          {t('signInFailed')}
        </p>
      )}
      <p>{t('signInHelp')}</p>
    </>
  );
}
