import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ApiFailure } from './api';
import { kindLabel, useWords, type Word } from './i18n';
import { formatDay } from './format';
import type { FinancialTerm, LedgerEvent, Party, Source } from './data';

/** A table's header row: one column heading per word. */
export function ColumnHeads({ words }: { words: readonly Word[] }) {
  const { t } = useWords();
  return (
    <thead>
      <tr>
        {words.map((word) => (
          <th scope="col" key={word}>
            {t(word)}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** Party names by id for the negotiation on screen, so no page shows `vjn2025-party-vng`. */
export const PartiesContext = createContext<ReadonlyMap<string, Party>>(new Map());

export function PartyName({ id }: { id: string | null | undefined }) {
  const parties = useContext(PartiesContext);
  if (!id) return null;
  return <span>{parties.get(id)?.name ?? id}</span>;
}

export function Loading() {
  const { t } = useWords();
  return <p role="status">{t('loading')}</p>;
}

/** A whole page while its query loads, or after it failed: a heading that says which, and the state. */
export function PendingPage({ loading, error }: { loading: boolean; error: ApiFailure | null }) {
  const { t } = useWords();
  return loading ? (
    <>
      <h1>{t('loading')}</h1>
      <Loading />
    </>
  ) : (
    <>
      <h1>{t('notFound')}</h1>
      {error && <ErrorBox error={error} />}
    </>
  );
}

export function ErrorBox({ error }: { error: ApiFailure }) {
  return (
    <div class="error" role="alert">
      {error.errors.map((item, i) => (
        <p key={i}>
          {item.message} <span class="muted">({item.code})</span>
        </p>
      ))}
    </div>
  );
}

/** The sources of an entry; with `documentHref`, a stored document opens at the quote. */
export function Sources({
  sources,
  documentHref,
}: {
  sources: readonly Source[] | null;
  documentHref?: (index: number) => string;
}) {
  const { t, lang } = useWords();
  if (!sources?.length) return null;
  return (
    <section aria-label={t('sources')}>
      <h3>{t('sources')}</h3>
      <ul>
        {sources.map((source, i) => (
          <li key={i}>
            <blockquote>“{source.quote}”</blockquote>
            <span class="muted">
              {source.document.title}, {source.document.issuer}, {formatDay(source.document.date, lang)}
              {source.document.kenmerk ? `, ${source.document.kenmerk}` : ''}
              {source.page ? `, p. ${source.page}` : ''}
            </span>
            {documentHref && source.document.stored && (
              <>
                {' '}
                <a href={documentHref(i)}>{t('openAtQuote')}</a>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export const Terms = ({ terms }: { terms: readonly FinancialTerm[] | undefined }) =>
  terms?.length ? (
    <ul>
      {terms.map((term, i) => (
        <li key={i}>{term.asSaid}</li>
      ))}
    </ul>
  ) : null;

/** The words an entry is known by: its title, or else its description, topic, summary or reason. */
export function entryLabel(event: Pick<LedgerEvent, 'data'>): string {
  const data = event.data ?? {};
  for (const key of ['title', 'description', 'topic', 'summary', 'text', 'name', 'reason', 'outcome', 'note']) {
    if (typeof data[key] === 'string' && data[key]) return data[key] as string;
  }
  return '';
}

export function Kind({ type }: { type: string | null }) {
  const { lang } = useWords();
  return <span class="kind">{kindLabel(type, lang)}</span>;
}

export function PrintButton() {
  const { t } = useWords();
  return (
    <button type="button" class="no-print" onClick={() => window.print()}>
      {t('print')}
    </button>
  );
}

export const Page = ({ title, children }: { title: string; children: ComponentChildren }) => (
  <>
    <h1>{title}</h1>
    {children}
  </>
);
