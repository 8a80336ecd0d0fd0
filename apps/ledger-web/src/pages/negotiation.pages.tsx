import { ErrorBox, Loading, PartiesContext } from '../components';
import { useQuery, type Party } from '../data';
import { useWords, type Word } from '../i18n';
import { href, type Route } from '../router';
import type { Session } from '../session';
import { TimelinePage } from './timeline.page';
import { AgreedStatePage } from './agreed-state.page';
import { ChangesPage } from './changes.page';
import { CommitmentsPage } from './commitments.page';
import { DisputesPage } from './disputes.page';
import { DossierPage } from './dossier.page';

type Answer = { negotiation: { negotiationId: string; title: string; parties: Party[] } };
const QUERY =
  'query ($id: ID!) { negotiation(negotiationId: $id) { negotiationId title parties { partyId name kind } } }';

const TABS: readonly (readonly [string, Word])[] = [
  ['', 'timeline'],
  ['stand', 'agreedState'],
  ['veranderd', 'changes'],
  ['toezeggingen', 'commitments'],
  ['geschillen', 'disputes'],
  ['bewijs', 'dossier'],
];

export type NegotiationPageProps = Readonly<{ negotiationId: string; route: Route; session: Session }>;

/** One negotiation: its title, its tabs, and the party names every tab shows instead of ids. */
export function NegotiationPages({ negotiationId, tab, route, session }: NegotiationPageProps & { tab: string }) {
  const { t, lang } = useWords();
  const { data, error } = useQuery<Answer>(QUERY, { id: negotiationId });
  if (error)
    return (
      <>
        <h1>{t('negotiations')}</h1>
        <ErrorBox error={error} />
      </>
    );
  // The tab's own queries start at once, beside this one, and its page shows when the party names are there.
  const parties = new Map((data?.negotiation.parties ?? []).map((party) => [party.partyId, party]));
  const props = { negotiationId, route, session };
  return (
    <PartiesContext.Provider value={parties}>
      {data ? (
        <>
          <p class="muted">{data.negotiation.title}</p>
          <nav class="tabs" aria-label={lang === 'nl' ? 'Onderdelen van het dossier' : 'Parts of the negotiation'}>
            <ul>
              {TABS.map(([path, word]) => (
                <li key={path}>
                  <a
                    href={href('dossier', negotiationId, ...(path ? [path] : []))}
                    aria-current={tab === path ? 'page' : undefined}
                  >
                    {t(word)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </>
      ) : (
        <>
          <h1>{t('negotiations')}</h1>
          <Loading />
        </>
      )}
      <div hidden={!data}>
        {tab === '' && <TimelinePage {...props} />}
        {tab === 'stand' && <AgreedStatePage {...props} />}
        {tab === 'veranderd' && <ChangesPage {...props} />}
        {tab === 'toezeggingen' && <CommitmentsPage {...props} />}
        {tab === 'geschillen' && <DisputesPage {...props} />}
        {tab === 'bewijs' && <DossierPage {...props} />}
      </div>
    </PartiesContext.Provider>
  );
}
