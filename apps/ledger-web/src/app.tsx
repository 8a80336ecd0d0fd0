import { useEffect, useState } from 'preact/hooks';
import { LangContext, useWords, type Lang } from './i18n';
import { href, navigate, useRoute, type Route } from './router';
import { currentSession, signOut, type Session } from './session';
import { NegotiationsPage } from './pages/negotiations.page';
import { NegotiationPages } from './pages/negotiation.pages';
import { EntryPage, TrailPage } from './pages/entry.page';
import { SearchPage } from './pages/search.page';
import { SourceDocumentPage } from './pages/source-document.page';
import { SignInPage } from './pages/sign-in.page';
import { VerifyPage } from './pages/verify.page';

const LANG_KEY = 'ledger.lang';

function Content({
  route,
  session,
  onSession,
}: {
  route: Route;
  session: Session | null;
  onSession: (session: Session | null) => void;
}) {
  const [first, second, third] = route.segments;
  if (first === 'aanmelden') return <SignInPage code={route.params.get('code')} onSession={onSession} />;
  // Verifying a dossier needs no account: the other side checks it without one.
  if (first === 'controleren') return <VerifyPage />;
  if (!session) return <SignInPage code={null} onSession={onSession} />;
  if (first === 'zoeken') return <SearchPage route={route} />;
  if (first === 'dossier' && second)
    return <NegotiationPages negotiationId={second} tab={third ?? ''} route={route} session={session} />;
  if (first === 'regel' && second && third === 'bron')
    return <SourceDocumentPage id={second} index={Number(route.segments[3])} />;
  if (first === 'regel' && second) return <EntryPage id={second} session={session} />;
  if (first === 'spoor' && second) return <TrailPage entityId={second} />;
  return <NegotiationsPage />;
}

function Header({
  session,
  lang,
  onLang,
  onSignOut,
}: {
  session: Session | null;
  lang: Lang;
  onLang: () => void;
  onSignOut: () => void;
}) {
  const { t } = useWords();
  return (
    <header class="top">
      <a class="brand" href={href()}>
        {t('appName')}
      </a>
      <nav aria-label={lang === 'nl' ? 'Hoofdmenu' : 'Main menu'}>
        <ul>
          <li>
            <a href={href()}>{t('negotiations')}</a>
          </li>
          <li>
            <a href={href('zoeken')}>{t('search')}</a>
          </li>
          <li>
            <a href={href('controleren')}>{t('verify')}</a>
          </li>
        </ul>
      </nav>
      <button type="button" lang={lang === 'nl' ? 'en' : 'nl'} onClick={onLang}>
        {t('otherLanguage')}
      </button>
      {session && (
        <span>
          {t('signedInAs')} <strong>{session.sub}</strong> ({session.party}, {session.role}){' '}
          <button type="button" onClick={onSignOut}>
            {t('signOut')}
          </button>
        </span>
      )}
    </header>
  );
}

export function App() {
  const route = useRoute();
  const [session, setSession] = useState(currentSession);
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'nl'));
  useEffect(() => {
    document.documentElement.lang = lang;
    localStorage.setItem(LANG_KEY, lang);
  }, [lang]);
  // A new page moves focus to its heading, so keyboard and screen-reader users start at its top.
  useEffect(() => {
    const heading = document.querySelector('main h1');
    if (heading instanceof HTMLElement) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
      document.title = `${heading.textContent} · Onderhandelingsgrootboek`;
    }
  }, [route, session]);
  return (
    <LangContext.Provider value={lang}>
      <a
        class="skip"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {lang === 'nl' ? 'Naar de inhoud' : 'Skip to content'}
      </a>
      <Header
        session={session}
        lang={lang}
        onLang={() => setLang(lang === 'nl' ? 'en' : 'nl')}
        onSignOut={() => {
          signOut();
          setSession(null);
          navigate(href());
        }}
      />
      <main id="main" tabIndex={-1}>
        <Content route={route} session={session} onSession={setSession} />
      </main>
    </LangContext.Provider>
  );
}
