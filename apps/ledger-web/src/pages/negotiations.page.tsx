import { ErrorBox, Loading } from '../components';
import { useQuery } from '../data';
import { formatDay } from '../format';
import { useWords } from '../i18n';
import { href } from '../router';

type Answer = {
  negotiations: {
    totalCount: number;
    edges: {
      node: {
        negotiationId: string;
        title: string;
        openedOn: string | null;
        lastOccurredOn: string;
        eventCount: number;
      };
    }[];
  };
};

const QUERY =
  '{ negotiations(first: 500) { totalCount edges { node { negotiationId title openedOn lastOccurredOn eventCount } } } }';

export function NegotiationsPage() {
  const { t, lang } = useWords();
  const { data, error, loading } = useQuery<Answer>(QUERY, {});
  return (
    <>
      <h1>{t('negotiations')}</h1>
      {loading && <Loading />}
      {error && <ErrorBox error={error} />}
      {data && (
        <ul class="cards">
          {data.negotiations.edges.map(({ node }) => (
            <li key={node.negotiationId}>
              <h2>
                <a href={href('dossier', node.negotiationId)}>{node.title}</a>
              </h2>
              <p class="muted">
                {t('opened')}: {formatDay(node.openedOn, lang)} · {t('lastActivity')}:{' '}
                {formatDay(node.lastOccurredOn, lang)} · {node.eventCount} {t('entries')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
