import { useEffect, useRef } from 'preact/hooks';
import { PendingPage } from '../components';
import { useQuery } from '../data';
import { formatDay } from '../format';
import { useWords } from '../i18n';
import { href } from '../router';

type Location = Readonly<{ start: number; end: number; page: number | null; exact: boolean }>;
type CitedDocument = Readonly<{
  title: string;
  issuer: string;
  date: string;
  kenmerk: string | null;
  sha256: string | null;
  stored: boolean;
  text: string | null;
}>;
type DocumentAnswer = {
  node: {
    withheld: boolean;
    sources: { quote: string; location: Location | null; document: CitedDocument }[] | null;
  } | null;
};
// Through the entry, so the document is read under the entry's access rule and the query's read audit.
const DOCUMENT = `query ($id: ID!) { node(id: $id) { ... on LedgerEvent { withheld
  sources { quote location { start end page exact } document { title issuer date kenmerk sha256 stored text } } } } }`;

/** The text with the quote marked; the mark takes the focus, so the reader (and a screen reader) starts there. */
function TextAtQuote({ text, location }: { text: string; location: Location | null }) {
  const { t } = useWords();
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
    mark.current?.focus({ preventScroll: true });
  }, [location?.start]);
  const inside = location
    ? [text.slice(0, location.start), text.slice(location.start, location.end), text.slice(location.end)]
    : null;
  return (
    <section aria-label={t('documentText')} class="document-text">
      {inside ? (
        <>
          {inside[0]}
          <mark ref={mark} tabIndex={-1} id="citaat">
            {inside[1]}
          </mark>
          {inside[2]}
        </>
      ) : (
        text
      )}
    </section>
  );
}

/** One source of an entry: its stored document, opened at the quote, served by the ledger itself (offline). */
export function SourceDocumentPage({ id, index }: { id: string; index: number }) {
  const { t, lang } = useWords();
  const { data, error, loading } = useQuery<DocumentAnswer>(DOCUMENT, { id });
  const source = data?.node?.sources?.[index] ?? null;
  if (loading || error) return <PendingPage loading={loading} error={error} />;
  if (!source) return <h1>{t('notFound')}</h1>;
  const { document, location } = source;
  return (
    <>
      <h1>
        {t('sourceDocument')}: {document.title}
      </h1>
      <p>
        <a href={href('regel', id)}>{t('backToEntry')}</a>
      </p>
      <p class="muted">
        {document.issuer}, {formatDay(document.date, lang)}
        {document.kenmerk ? `, ${document.kenmerk}` : ''}
        {location?.page ? `, ${t('page').toLowerCase()} ${location.page}` : ''}
        <br />
        SHA-256: <span class="hash">{document.sha256}</span>
      </p>
      <blockquote>“{source.quote}”</blockquote>
      {!document.stored || document.text === null ? (
        <p>{t('documentNotStored')}</p>
      ) : (
        <>
          <p>
            {location ? t('quoteInDocument') : t('quoteNotLocated')}
            {location && !location.exact ? ` ${t('quoteOnlyWhitespace')}` : ''}
          </p>
          <TextAtQuote text={document.text} location={location} />
        </>
      )}
    </>
  );
}
