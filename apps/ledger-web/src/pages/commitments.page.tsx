import { ColumnHeads, ErrorBox, Loading, PartyName, PrintButton } from '../components';
import { useQuery } from '../data';
import { formatDay, today } from '../format';
import { useWords, type Word } from '../i18n';
import { href, navigate } from '../router';
import type { NegotiationPageProps } from './negotiation.pages';

type Commitment = {
  commitmentId: string;
  owedBy: string[];
  description: string;
  madeOn: string;
  status: string;
  due: { asSaid: string; start: string; end: string | null };
  outcome: { on: string; note: string } | null;
};
type Board = {
  agreedState: {
    referenceDate: string;
    commitments: { open: Commitment[]; overdue: Commitment[]; fulfilled: Commitment[]; missed: Commitment[] };
  };
};

const FIELDS = 'commitmentId owedBy description madeOn status due { asSaid start end } outcome { on note }';
const QUERY = `query ($id: ID!, $date: String) { agreedState(negotiationId: $id, asOf: $date, referenceDate: $date) { referenceDate
  commitments { open { ${FIELDS} } overdue { ${FIELDS} } fulfilled { ${FIELDS} } missed { ${FIELDS} } } } }`;

/** Open commitments whose period ends within this many days of the chosen date are "due soon". */
const DUE_SOON_DAYS = 60;

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The commitments board: open, due soon, overdue, fulfilled and missed, judged against a chosen date. */
export function CommitmentsPage({ negotiationId, route }: NegotiationPageProps) {
  const { t, lang } = useWords();
  const date = route.params.get('date') ?? today();
  const { data, error, loading } = useQuery<Board>(QUERY, { id: negotiationId, date });
  const board = data?.agreedState.commitments;
  const soon = addDays(date, DUE_SOON_DAYS);
  const isDueSoon = (commitment: Commitment) => commitment.due.end !== null && commitment.due.end <= soon;
  const columns: readonly [Word, string, Commitment[]][] = board
    ? [
        ['overdue', 'overdue', board.overdue],
        ['dueSoon', 'due-soon', board.open.filter(isDueSoon)],
        ['open', 'open', board.open.filter((commitment) => !isDueSoon(commitment))],
        ['fulfilled', 'fulfilled', board.fulfilled],
        ['missed', 'missed', board.missed],
      ]
    : [];
  return (
    <>
      <h1>
        {t('commitments')}: {formatDay(date, lang)}
      </h1>
      <form
        class="filters"
        onSubmit={(event) => {
          event.preventDefault();
          navigate(
            href('dossier', negotiationId, 'toezeggingen', {
              date: String(new FormData(event.currentTarget as HTMLFormElement).get('date') || '') || undefined,
            }),
          );
        }}
      >
        <label>
          {t('referenceDate')}
          <input type="date" name="date" value={date} required />
        </label>
        <button class="primary" type="submit">
          {t('filter')}
        </button>
        <PrintButton />
      </form>
      {loading && <Loading />}
      {error && <ErrorBox error={error} />}
      {columns.map(([word, status, commitments]) => (
        <section key={status} aria-labelledby={`board-${status}`} data-status={status}>
          <h2 id={`board-${status}`} class={`status-${status}`}>
            {t(word)} ({commitments.length})
          </h2>
          {commitments.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <table>
              <ColumnHeads words={['by', 'what', 'due', 'outcome']} />
              <tbody>
                {commitments.map((commitment) => (
                  <tr key={commitment.commitmentId}>
                    <td>
                      {commitment.owedBy.length === 0
                        ? t('notNamed')
                        : commitment.owedBy.map((id, i) => (
                            <span key={id}>
                              {i > 0 && ', '}
                              <PartyName id={id} />
                            </span>
                          ))}
                    </td>
                    <td>
                      <a href={href('spoor', commitment.commitmentId)}>{commitment.description}</a>
                    </td>
                    <td>{commitment.due.asSaid}</td>
                    <td>
                      {commitment.outcome
                        ? `${formatDay(commitment.outcome.on, lang)}: ${commitment.outcome.note}`
                        : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </>
  );
}
