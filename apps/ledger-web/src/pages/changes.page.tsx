import { ErrorBox, Loading, PartyName, PrintButton } from '../components';
import { useQuery } from '../data';
import { formatCents, formatDay, today } from '../format';
import { useWords } from '../i18n';
import { href, navigate } from '../router';
import { AGREED_STATE_QUERY, AgreementList, type AgreedState } from './agreed-state.page';
import type { NegotiationPageProps } from './negotiation.pages';

/** What is in `after` and not in `before`, by key. */
const added = <T,>(before: readonly T[], after: readonly T[], key: (item: T) => string): T[] => {
  const known = new Set(before.map(key));
  return after.filter((item) => !known.has(key(item)));
};

const frameworkKey = (year: AgreedState['financialFramework'][number]) => `${year.year} ${year.kind}`;

/** "Wat is er veranderd": the stand on two dates side by side, as what came, what went and what moved. */
export function ChangesPage({ negotiationId, route }: NegotiationPageProps) {
  const { t, lang } = useWords();
  const from = route.params.get('from') ?? '';
  const to = route.params.get('to') ?? today();
  const first = useQuery<{ agreedState: AgreedState }>(AGREED_STATE_QUERY, { id: negotiationId, asOf: from }, !from);
  const second = useQuery<{ agreedState: AgreedState }>(AGREED_STATE_QUERY, { id: negotiationId, asOf: to }, !from);
  const apply = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    navigate(
      href('dossier', negotiationId, 'veranderd', {
        from: String(form.get('from') || ''),
        to: String(form.get('to') || ''),
      }),
    );
  };
  const before = first.data?.agreedState;
  const after = second.data?.agreedState;
  const amounts =
    before && after
      ? after.financialFramework.flatMap((year) => {
          const old = before.financialFramework.find((candidate) => frameworkKey(candidate) === frameworkKey(year));
          return old?.yearAmountCents === year.yearAmountCents
            ? []
            : [{ key: frameworkKey(year), from: old?.yearAmountCents ?? null, to: year.yearAmountCents }];
        })
      : [];
  return (
    <>
      <h1>
        {t('changes')}
        {from ? `: ${formatDay(from, lang)} – ${formatDay(to, lang)}` : ''}
      </h1>
      <form class="filters" onSubmit={apply}>
        <label>
          {t('firstDate')}
          <input type="date" name="from" value={from} required />
        </label>
        <label>
          {t('secondDate')}
          <input type="date" name="to" value={to} required />
        </label>
        <button class="primary" type="submit">
          {t('compare')}
        </button>
        <PrintButton />
      </form>
      {(first.loading || second.loading) && from && <Loading />}
      {first.error && <ErrorBox error={first.error} />}
      {second.error && <ErrorBox error={second.error} />}
      {before && after && (
        <div class="changes">
          <h2>
            {t('agreementsInForce')}: {t('added')}
          </h2>
          <AgreementList agreements={added(before.agreementsInForce, after.agreementsInForce, (a) => a.agreementId)} />
          <h2>
            {t('agreementsInForce')}: {t('removed')}
          </h2>
          <AgreementList agreements={added(after.agreementsInForce, before.agreementsInForce, (a) => a.agreementId)} />
          <h2>{t('financialFramework')}</h2>
          {amounts.length === 0 ? (
            <p>{t('nothingChanged')}</p>
          ) : (
            <ul>
              {amounts.map((change) => (
                <li key={change.key}>
                  {change.key}: <del>{change.from ? formatCents(change.from, lang) : '—'}</del> →{' '}
                  <ins>{formatCents(change.to, lang)}</ins>
                </li>
              ))}
            </ul>
          )}
          <h2>
            {t('openDisputes')}: {t('added')}
          </h2>
          <ul>
            {added(before.openDisputes, after.openDisputes, (d) => d.disputeId).map((d) => (
              <li key={d.disputeId}>
                {d.title} · <PartyName id={d.raisedBy} />
              </li>
            ))}
          </ul>
          <h2>
            {t('openDisputes')}: {t('removed')}
          </h2>
          <ul>
            {added(after.openDisputes, before.openDisputes, (d) => d.disputeId).map((d) => (
              <li key={d.disputeId}>
                {d.title} · <PartyName id={d.raisedBy} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
