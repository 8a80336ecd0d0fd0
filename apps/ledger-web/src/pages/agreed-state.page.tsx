import { ColumnHeads, ErrorBox, Loading, PartyName, PrintButton, Sources, Terms } from '../components';
import { SOURCE_FIELDS, TERM_FIELDS, useQuery, type FinancialTerm, type Source } from '../data';
import { formatCents, formatDay, today } from '../format';
import { codeLabel, useWords } from '../i18n';
import { href, navigate } from '../router';
import type { NegotiationPageProps } from './negotiation.pages';

export type AgreementAsOf = {
  agreementId: string;
  title: string;
  terms: string;
  reachedOn: string;
  parties: string[];
  financialTerms: FinancialTerm[];
  sources: Source[];
};
export type AgreedState = {
  asOf: string;
  asKnownAt: string | null;
  agreementsInForce: AgreementAsOf[];
  financialFramework: { year: number; kind: string; yearAmountCents: string | null; lines: { asSaid: string }[] }[];
  openDisputes: { disputeId: string; title: string; raisedBy: string; status: string }[];
  latestPositions: {
    partyId: string;
    topic: string;
    position: { stance: string; reasons: string[]; takenOn: string };
  }[];
};

export const AGREED_STATE_QUERY = `query ($id: ID!, $asOf: String, $asKnownAt: String) {
  agreedState(negotiationId: $id, asOf: $asOf, asKnownAt: $asKnownAt) {
    asOf asKnownAt
    agreementsInForce { agreementId title terms reachedOn parties ${TERM_FIELDS} ${SOURCE_FIELDS} }
    financialFramework { year kind yearAmountCents lines { asSaid } }
    openDisputes { disputeId title raisedBy status }
    latestPositions { partyId topic position { stance reasons takenOn } }
  }
}`;

export function AgreementList({ agreements }: { agreements: readonly AgreementAsOf[] }) {
  const { t, lang } = useWords();
  if (agreements.length === 0) return <p>{t('none')}</p>;
  return (
    <ol>
      {agreements.map((agreement) => (
        <li key={agreement.agreementId} data-agreement={agreement.agreementId}>
          <h3>
            <a href={href('spoor', agreement.agreementId)}>{agreement.title}</a>
          </h3>
          <p class="muted">
            {formatDay(agreement.reachedOn, lang)} ·{' '}
            {agreement.parties.map((id, i) => (
              <span key={id}>
                {i > 0 && ', '}
                <PartyName id={id} />
              </span>
            ))}
          </p>
          <p>{agreement.terms}</p>
          <Terms terms={agreement.financialTerms} />
          <Sources sources={agreement.sources} />
        </li>
      ))}
    </ol>
  );
}

/** "Stand per datum": what stood agreed on a date, as known now or as known at a chosen moment. */
export function AgreedStatePage({ negotiationId, route }: NegotiationPageProps) {
  const { t, lang } = useWords();
  const asOf = route.params.get('asOf') ?? today();
  const asKnownAt = route.params.get('asKnownAt') ?? '';
  const { data, error, loading } = useQuery<{ agreedState: AgreedState }>(AGREED_STATE_QUERY, {
    id: negotiationId,
    asOf,
    asKnownAt: asKnownAt ? `${asKnownAt}T23:59:59.999Z` : undefined,
  });
  const apply = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    navigate(
      href('dossier', negotiationId, 'stand', {
        asOf: String(form.get('asOf') || '') || undefined,
        asKnownAt: String(form.get('asKnownAt') || '') || undefined,
      }),
    );
  };
  const state = data?.agreedState;
  return (
    <>
      <h1>
        {t('agreedState')}: {formatDay(asOf, lang)}
      </h1>
      <form class="filters" onSubmit={apply}>
        <label>
          {t('asOf')}
          <input type="date" name="asOf" value={asOf} required />
        </label>
        <label>
          {t('asKnownAt')}
          <input type="date" name="asKnownAt" value={asKnownAt} />
        </label>
        <button class="primary" type="submit">
          {t('filter')}
        </button>
        <PrintButton />
      </form>
      {loading && <Loading />}
      {error && <ErrorBox error={error} />}
      {state && (
        <>
          <h2>
            {t('agreementsInForce')} ({state.agreementsInForce.length})
          </h2>
          <AgreementList agreements={state.agreementsInForce} />
          <h2>{t('financialFramework')}</h2>
          {state.financialFramework.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <table>
              <ColumnHeads words={['year', 'kind', 'amount', 'sources']} />
              <tbody>
                {state.financialFramework.map((year) => (
                  <tr key={`${year.year}-${year.kind}`}>
                    <td>{year.year}</td>
                    <td>{codeLabel(year.kind, lang)}</td>
                    <td>{formatCents(year.yearAmountCents, lang)}</td>
                    <td>{year.lines.map((line) => line.asSaid).join('; ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2>{t('openDisputes')}</h2>
          {state.openDisputes.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <ul>
              {state.openDisputes.map((dispute) => (
                <li key={dispute.disputeId}>
                  <a href={href('spoor', dispute.disputeId)}>{dispute.title}</a> · <PartyName id={dispute.raisedBy} />
                </li>
              ))}
            </ul>
          )}
          <h2>{t('positions')}</h2>
          {state.latestPositions.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <ul>
              {state.latestPositions.map((item, i) => (
                <li key={i}>
                  <PartyName id={item.partyId} />: {codeLabel(item.position.stance, lang)} — {item.topic}{' '}
                  <span class="muted">({formatDay(item.position.takenOn, lang)})</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
