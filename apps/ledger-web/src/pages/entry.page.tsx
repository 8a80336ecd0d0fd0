import { entityIdOf, type NegotiationEvent } from '@ledger/domain';
import {
  ColumnHeads,
  entryLabel,
  ErrorBox,
  Kind,
  Loading,
  PartiesContext,
  PartyName,
  PendingPage,
  PrintButton,
  Sources,
} from '../components';
import { EVENT_FIELDS, useQuery, type LedgerEvent, type Party } from '../data';
import { formatDay, formatMoment } from '../format';
import { codeLabel, fieldLabel, kindLabel, useWords, type Lang } from '../i18n';
import { href } from '../router';
import type { Session } from '../session';
import { AttachSourceForm, CorrectionForm } from './record.forms';

type EntryAnswer = { node: (LedgerEvent & { hashedJson: string | null }) | null };
const ENTRY = `query ($id: ID!) { node(id: $id) { ... on LedgerEvent { ${EVENT_FIELDS} hashedJson } } }`;

type TrailAnswer = { auditTrail: { totalCount: number; edges: { node: LedgerEvent }[] } };
const TRAIL = `query ($entityId: ID!) { auditTrail(entityId: $entityId, first: 200) { totalCount edges { node { ${EVENT_FIELDS} } } } }`;

type ChainAnswer = { verifyChain: { intact: boolean; events: number } };
const CHAIN = 'query ($id: String!) { verifyChain(negotiationId: $id) { intact events } }';

const PARTIES = 'query ($id: ID!) { negotiation(negotiationId: $id) { parties { partyId name kind } } }';

/** Who recorded what and when, in order; a correction stands beside what it corrected. */
export function AuditTrail({ entityId, current }: { entityId: string; current?: string }) {
  const { t, lang } = useWords();
  const { data, error, loading } = useQuery<TrailAnswer>(TRAIL, { entityId });
  return (
    <section aria-labelledby="trail-heading">
      <h2 id="trail-heading">{t('auditTrail')}</h2>
      {loading && <Loading />}
      {error && <ErrorBox error={error} />}
      {data && (
        <table>
          <ColumnHeads words={['date', 'kind', 'what', 'recordedAt']} />
          <tbody>
            {data.auditTrail.edges.map(({ node }) => (
              <tr key={node.eventId} aria-current={node.id === current ? 'true' : undefined}>
                <td>{formatDay(node.occurredOn, lang)}</td>
                <td>
                  {node.withheld ? <span class="withheld">{t('withheldShort')}</span> : <Kind type={node.type} />}
                </td>
                <td>
                  <a href={href('regel', node.id)}>
                    {node.withheld ? t('withheld') : entryLabel(node) || kindLabel(node.type, lang)}
                  </a>
                </td>
                <td>
                  {node.withheld ? '' : `${formatMoment(node.recordedAt, lang)} ${t('recordedBy')} ${node.recordedBy}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Every event that touched one entity (an agreement, commitment, dispute…), from the timeline's links. */
export function TrailPage({ entityId }: { entityId: string }) {
  const { t } = useWords();
  return (
    <>
      <h1>
        {t('auditTrail')}: {entityId}
      </h1>
      <AuditTrail entityId={entityId} />
    </>
  );
}

function ChainStatus({ negotiationId }: { negotiationId: string }) {
  const { t } = useWords();
  const { data, error } = useQuery<ChainAnswer>(CHAIN, { id: negotiationId });
  if (error) return <ErrorBox error={error} />;
  if (!data) return <Loading />;
  return (
    <p>
      {t('chain')}:{' '}
      <span class={data.verifyChain.intact ? 'pass' : 'fail'}>
        {data.verifyChain.intact ? t('chainIntact') : t('chainBroken')}
      </span>{' '}
      ({data.verifyChain.events})
    </p>
  );
}

const PARTY_FIELDS = new Set(['partyId', 'owedBy', 'raisedBy', 'announcedBy', 'bindsParty', 'parties', 'participants']);

/** A field as the document gave it: amounts and periods in their own words, parties by name, codes in plain words. */
function FieldValue({ field, value, lang }: { field: string; value: unknown; lang: Lang }) {
  if (PARTY_FIELDS.has(field))
    return (
      <>
        {[value].flat().map((id, i) => (
          <span key={String(id)}>
            {i > 0 && ', '}
            <PartyName id={String(id)} />
          </span>
        ))}
      </>
    );
  if (Array.isArray(value))
    return (
      <ul>
        {value.map((item, i) => (
          <li key={i}>
            <FieldValue field={field} value={item} lang={lang} />
          </li>
        ))}
      </ul>
    );
  if (value && typeof value === 'object') {
    const said = (value as { asSaid?: unknown }).asSaid;
    return typeof said === 'string' ? <>{said}</> : <code>{JSON.stringify(value)}</code>;
  }
  if (typeof value === 'boolean') return <>{value ? (lang === 'nl' ? 'ja' : 'yes') : lang === 'nl' ? 'nee' : 'no'}</>;
  return <>{field === 'stance' || field === 'kind' ? codeLabel(String(value), lang) : String(value)}</>;
}

/** The fields a correction can replace with new text: the entry's own words, not its identities. */
const textFieldsOf = (event: LedgerEvent): string[] =>
  Object.entries(event.data ?? {})
    .filter(([key, value]) => typeof value === 'string' && !key.endsWith('Id'))
    .map(([key]) => key);

/** One entry: what it says, its sources with the verbatim quote, its audit trail and hash; withheld shows as withheld. */
export function EntryPage({ id, session }: { id: string; session: Session }) {
  const { t, lang } = useWords();
  const { data, error, loading } = useQuery<EntryAnswer>(ENTRY, { id });
  const event = data?.node ?? null;
  const parties = useQuery<{ negotiation: { parties: Party[] } }>(
    PARTIES,
    { id: event?.negotiationId },
    !event || event.withheld,
  );
  if (loading || error) return <PendingPage loading={loading} error={error} />;
  if (!event) return <h1>{t('notFound')}</h1>;
  const entityId = event.withheld ? null : entityIdOf({ type: event.type, data: event.data } as NegotiationEvent);
  const mayRecord = session.role === 'recorder' || session.role === 'admin';
  const mayProve = session.role === 'legal' || session.role === 'admin';
  return (
    <PartiesContext.Provider
      value={new Map(parties.data?.negotiation.parties.map((party) => [party.partyId, party]) ?? [])}
    >
      <h1>{event.withheld ? t('withheldShort') : `${kindLabel(event.type, lang)}: ${entryLabel(event)}`}</h1>
      <p>
        <a href={href('dossier', event.negotiationId)}>{t('timeline')}</a> <PrintButton />
      </p>
      {event.withheld ? (
        <p class="withheld">{t('withheld')}</p>
      ) : (
        <>
          <p>
            {formatDay(event.occurredOn, lang)} · {t('recordedAt')} {formatMoment(event.recordedAt, lang)}{' '}
            {t('recordedBy')} {event.recordedBy}
          </p>
          <dl>
            {Object.entries(event.data ?? {})
              .filter(([key]) => PARTY_FIELDS.has(key) || !/Ids?$/.test(key))
              .map(([key, value]) => (
                <div key={key}>
                  <dt>
                    <strong>{fieldLabel(key, lang)}</strong>
                  </dt>
                  <dd>
                    <FieldValue field={key} value={value} lang={lang} />
                  </dd>
                </div>
              ))}
          </dl>
          <Sources sources={event.sources} documentHref={(index) => href('regel', id, 'bron', String(index))} />
        </>
      )}
      <h2>{t('hash')}</h2>
      <p>
        {t('classification')}: {codeLabel(event.classification.level, lang)}
        {event.classification.party ? (
          <>
            {' '}
            <PartyName id={event.classification.party} />
          </>
        ) : (
          ''
        )}
      </p>
      <p>
        {t('hash')}: <span class="hash">{event.hash}</span>
        <br />
        {t('prevHash')}: <span class="hash">{event.prevHash}</span>
      </p>
      {mayProve && <ChainStatus negotiationId={event.negotiationId} />}
      {entityId && <AuditTrail entityId={entityId} current={event.id} />}
      {mayRecord && entityId && (
        <section class="no-print">
          <CorrectionForm negotiationId={event.negotiationId} eventId={event.eventId} fields={textFieldsOf(event)} />
          <AttachSourceForm negotiationId={event.negotiationId} entityId={entityId} />
        </section>
      )}
    </PartiesContext.Provider>
  );
}
