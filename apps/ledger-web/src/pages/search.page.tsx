import { entryLabel, ErrorBox, Kind, Loading } from '../components';
import { EVENT_FIELDS, useQuery, type LedgerEvent } from '../data';
import { formatDay } from '../format';
import { kindLabel, useWords } from '../i18n';
import { href, navigate, type Route } from '../router';

type Answer = { search: { totalCount: number; edges: { snippet: string; node: LedgerEvent }[] } };
const QUERY = `query ($text: String!) { search(text: $text, first: 100) { totalCount edges { snippet node { ${EVENT_FIELDS} } } } }`;

/** The index marks found words with [ and ]; shown as <mark>, as text, never as markup. */
function Snippet({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/(\[[^\]]*\])/)
        .map((part, i) =>
          part.startsWith('[') && part.endsWith(']') ? <mark key={i}>{part.slice(1, -1)}</mark> : part,
        )}
    </>
  );
}

export function SearchPage({ route }: { route: Route }) {
  const { t, lang } = useWords();
  const text = route.params.get('q') ?? '';
  const { data, error, loading } = useQuery<Answer>(QUERY, { text }, !text.trim());
  return (
    <>
      <h1>{t('search')}</h1>
      <form
        class="filters"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          navigate(href('zoeken', { q: String(new FormData(event.currentTarget as HTMLFormElement).get('q') ?? '') }));
        }}
      >
        <label>
          {t('searchLabel')}
          <input type="search" name="q" value={text} size={50} />
        </label>
        <button class="primary" type="submit">
          {t('search')}
        </button>
      </form>
      {loading && text && <Loading />}
      {error && <ErrorBox error={error} />}
      {data && (
        <>
          <p role="status">
            {data.search.totalCount} {t('results')}
          </p>
          <ol>
            {data.search.edges.map(({ node, snippet }) => (
              <li key={node.eventId}>
                <a href={href('regel', node.id)}>
                  <Kind type={node.type} />: {entryLabel(node) || kindLabel(node.type, lang)}
                </a>
                <span class="muted"> · {formatDay(node.occurredOn, lang)}</span>
                <p>
                  <Snippet text={snippet} />
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
