import { ErrorBox, Loading, PartyName, PrintButton, Sources, Terms } from '../components';
import { SOURCE_FIELDS, TERM_FIELDS, useQuery, type FinancialTerm, type Source } from '../data';
import { formatDay } from '../format';
import { codeLabel, useWords } from '../i18n';
import { href } from '../router';
import type { NegotiationPageProps } from './negotiation.pages';

type Dispute = {
  disputeId: string;
  title: string;
  description: string;
  raisedBy: string;
  raisedOn: string;
  status: string;
  financialTerms: FinancialTerm[];
  sources: Source[];
  escalations: { forumName: string; reason: string; on: string }[];
  announcedEscalations: { announcedBy: string; forumName: string; condition: string; on: string }[];
  settlement: { outcome: string; on: string } | null;
};

/** The words for whether a ruling binds; unknown is said, never guessed. */
const BINDINGNESS_WORDS = {
  BINDING: 'binding',
  NOT_BINDING: 'notBinding',
  ZWAARWEGEND: 'zwaarwegend',
  UNKNOWN: 'bindingUnknown',
} as const;

type Ruling = {
  rulingId: string;
  body: string;
  kind: string;
  bindingness: 'BINDING' | 'NOT_BINDING' | 'ZWAARWEGEND' | 'UNKNOWN';
  summary: string;
  disputeId: string | null;
  issuedOn: string;
  sources: Source[];
};

const QUERY = `query ($id: ID!) { negotiation(negotiationId: $id) {
  disputes { disputeId title description raisedBy raisedOn status ${TERM_FIELDS} ${SOURCE_FIELDS}
    escalations { forumName reason on } announcedEscalations { announcedBy forumName condition on } settlement { outcome on } }
  rulings { rulingId body kind bindingness summary disputeId issuedOn ${SOURCE_FIELDS} } } }`;

/** Every dispute with its escalations (announced and real), the rulings on it and how it was settled. */
export function DisputesPage({ negotiationId }: NegotiationPageProps) {
  const { t, lang } = useWords();
  const { data, error, loading } = useQuery<{ negotiation: { disputes: Dispute[]; rulings: Ruling[] } }>(QUERY, {
    id: negotiationId,
  });
  const rulingsOn = (disputeId: string | null) =>
    data?.negotiation.rulings.filter((ruling) => ruling.disputeId === disputeId) ?? [];
  const RulingItem = ({ ruling }: { ruling: Ruling }) => (
    <li>
      <strong>{ruling.body}</strong> ({formatDay(ruling.issuedOn, lang)}, {t(BINDINGNESS_WORDS[ruling.bindingness])}):{' '}
      {ruling.summary}
      <Sources sources={ruling.sources} />
    </li>
  );
  return (
    <>
      <h1>{t('disputes')}</h1>
      <PrintButton />
      {loading && <Loading />}
      {error && <ErrorBox error={error} />}
      {data?.negotiation.disputes.length === 0 && <p>{t('none')}</p>}
      {data?.negotiation.disputes.map((dispute) => (
        <article key={dispute.disputeId} data-dispute={dispute.disputeId}>
          <h2>
            <a href={href('spoor', dispute.disputeId)}>{dispute.title}</a>
          </h2>
          <p class="muted">
            <PartyName id={dispute.raisedBy} />, {formatDay(dispute.raisedOn, lang)} · {codeLabel(dispute.status, lang)}
          </p>
          <p>{dispute.description}</p>
          <Terms terms={dispute.financialTerms} />
          {dispute.announcedEscalations.length > 0 && (
            <>
              <h3>{t('announced')}</h3>
              <ul>
                {dispute.announcedEscalations.map((item, i) => (
                  <li key={i}>
                    <PartyName id={item.announcedBy} />, {formatDay(item.on, lang)}: {item.forumName} — {item.condition}
                  </li>
                ))}
              </ul>
            </>
          )}
          {dispute.escalations.length > 0 && (
            <>
              <h3>{t('escalations')}</h3>
              <ul>
                {dispute.escalations.map((item, i) => (
                  <li key={i}>
                    {formatDay(item.on, lang)}: {item.forumName} — {item.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
          {rulingsOn(dispute.disputeId).length > 0 && (
            <>
              <h3>{t('rulings')}</h3>
              <ul>
                {rulingsOn(dispute.disputeId).map((ruling) => (
                  <RulingItem key={ruling.rulingId} ruling={ruling} />
                ))}
              </ul>
            </>
          )}
          {dispute.settlement && (
            <p>
              <strong>{t('settlement')}</strong> {formatDay(dispute.settlement.on, lang)}: {dispute.settlement.outcome}
            </p>
          )}
          <Sources sources={dispute.sources} />
        </article>
      ))}
      {rulingsOn(null).length > 0 && (
        <>
          <h2>{t('rulings')}</h2>
          <ul>
            {rulingsOn(null).map((ruling) => (
              <RulingItem key={ruling.rulingId} ruling={ruling} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
