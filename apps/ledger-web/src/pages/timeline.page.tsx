import { useContext, useEffect, useState } from 'preact/hooks';
import { ApiFailure, graphql } from '../api';
import {
  ColumnHeads,
  ErrorBox,
  Kind,
  Loading,
  PartiesContext,
  PartyName,
  PrintButton,
  entryLabel,
} from '../components';
import { EVENT_FIELDS, type LedgerEvent } from '../data';
import { formatDay } from '../format';
import { ENTRY_KINDS, kindLabel, useWords } from '../i18n';
import { href, navigate } from '../router';
import type { NegotiationPageProps } from './negotiation.pages';

type Page = {
  events: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: LedgerEvent }[];
  };
};

const QUERY = `query ($filter: LedgerEventFilter, $after: String) {
  events(filter: $filter, first: 500, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${EVENT_FIELDS} } } }
}`;

const PARTY_KEYS = ['partyId', 'owedBy', 'raisedBy', 'announcedBy', 'bindsParty', 'parties', 'participants'];

/** The parties an entry is about: who proposed, took a position, promised, raised or is bound. */
function partiesOf(event: LedgerEvent): string[] {
  const data = event.data ?? {};
  return PARTY_KEYS.flatMap((key) =>
    Array.isArray(data[key]) ? (data[key] as string[]) : typeof data[key] === 'string' ? [data[key] as string] : [],
  );
}

/**
 * Withheld entries carry no date: each keeps the date of the entry before it in the log, so it stays where it
 * happened and the reader sees that something is there.
 */
function inDateOrder(events: readonly LedgerEvent[]): { event: LedgerEvent; date: string }[] {
  let previous = '';
  const dated = events.map((event, index) => ({ event, index, date: (previous = event.occurredOn ?? previous) }));
  return dated.sort((a, b) => a.date.localeCompare(b.date) || a.index - b.index);
}

export function TimelinePage({ negotiationId, route }: NegotiationPageProps) {
  const { t, lang } = useWords();
  const parties = useContext(PartiesContext);
  const filters = {
    kind: route.params.get('kind') ?? '',
    party: route.params.get('party') ?? '',
    topic: route.params.get('topic') ?? '',
    from: route.params.get('from') ?? '',
    to: route.params.get('to') ?? '',
  };
  const [events, setEvents] = useState<LedgerEvent[] | null>(null);
  const [error, setError] = useState<ApiFailure | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const filter = {
    negotiationId,
    types: filters.kind ? [filters.kind] : undefined,
    occurredFrom: filters.from || undefined,
    occurredTo: filters.to || undefined,
  };

  const load = (after: string | null, sofar: LedgerEvent[]) =>
    graphql<Page>(QUERY, { filter, after }).then(
      ({ events: page }) => {
        setEvents([...sofar, ...page.edges.map((edge) => edge.node)]);
        setNext(page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null);
      },
      (failure: ApiFailure) => setError(failure),
    );
  useEffect(() => {
    setEvents(null);
    setError(null);
    void load(null, []);
  }, [negotiationId, filters.kind, filters.from, filters.to]);

  const topic = filters.topic.toLocaleLowerCase();
  const shown = (events ?? []).filter((event) =>
    event.withheld
      ? !filters.party && !topic
      : (!filters.party || partiesOf(event).includes(filters.party)) &&
        (!topic ||
          entryLabel(event).toLocaleLowerCase().includes(topic) ||
          String(event.data?.topic ?? '')
            .toLocaleLowerCase()
            .includes(topic)),
  );

  const apply = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const params = Object.fromEntries(
      ['kind', 'party', 'topic', 'from', 'to'].map((key) => [key, String(form.get(key) ?? '') || undefined]),
    );
    navigate(href('dossier', negotiationId, params));
  };

  return (
    <>
      <h1>{t('timeline')}</h1>
      <form class="filters" onSubmit={apply} aria-label={t('filter')}>
        <label>
          {t('kind')}
          <select name="kind" value={filters.kind}>
            <option value="">{t('all')}</option>
            {Object.keys(ENTRY_KINDS).map((type) => (
              <option key={type} value={type}>
                {kindLabel(type, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('party')}
          <select name="party" value={filters.party}>
            <option value="">{t('all')}</option>
            {[...parties.values()].map((party) => (
              <option key={party.partyId} value={party.partyId}>
                {party.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('topic')}
          <input name="topic" value={filters.topic} />
        </label>
        <label>
          {t('from')}
          <input type="date" name="from" value={filters.from} />
        </label>
        <label>
          {t('to')}
          <input type="date" name="to" value={filters.to} />
        </label>
        <button class="primary" type="submit">
          {t('filter')}
        </button>
        <PrintButton />
      </form>
      {error && <ErrorBox error={error} />}
      {!events && !error && <Loading />}
      {events && (
        <>
          <p role="status">
            {shown.length} {t('entries')}
          </p>
          <table>
            <caption class="sr-only">{t('timeline')}</caption>
            <ColumnHeads words={['date', 'kind', 'what', 'party']} />
            <tbody>
              {inDateOrder(shown).map(({ event, date }) => (
                <tr key={event.eventId} data-type={event.type ?? 'withheld'}>
                  <td>
                    {event.withheld ? (
                      <span class="muted">({formatDay(date, lang)})</span>
                    ) : (
                      formatDay(event.occurredOn, lang)
                    )}
                  </td>
                  <td>
                    {event.withheld ? <span class="withheld">{t('withheldShort')}</span> : <Kind type={event.type} />}
                  </td>
                  <td>
                    <a href={href('regel', event.id)}>
                      {event.withheld ? t('withheld') : entryLabel(event) || kindLabel(event.type, lang)}
                    </a>
                    {!event.withheld && event.data?.due ? (
                      <span class="muted"> · {(event.data.due as { asSaid: string }).asSaid}</span>
                    ) : null}
                  </td>
                  <td>
                    {partiesOf(event).map((id, i) => (
                      <span key={id}>
                        {i > 0 && ', '}
                        <PartyName id={id} />
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {next && (
            <button type="button" onClick={() => void load(next, events)}>
              {t('more')}
            </button>
          )}
        </>
      )}
    </>
  );
}
