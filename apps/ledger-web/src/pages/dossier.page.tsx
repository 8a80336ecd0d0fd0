import { useState } from 'preact/hooks';
import { ApiFailure, graphql } from '../api';
import { ErrorBox } from '../components';
import { useWords } from '../i18n';
import type { NegotiationPageProps } from './negotiation.pages';
import { VerifyPage } from './verify.page';

const DOSSIER_QUERY =
  'query ($id: ID!, $from: String, $to: String) { dossier(negotiationId: $id, from: $from, to: $to) }';
const PDF_QUERY =
  'query ($id: ID!, $from: String, $to: String) { chronologyPdf(negotiationId: $id, from: $from, to: $to) { fileName contentType base64 } }';

type Format = 'json' | 'pdf';
type Download = Readonly<{ format: Format; url: string; fileName: string; text?: string }>;

const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));

/** Asks the API for the dossier (JSON) or its chronology (PDF): the API's access rules and read audit apply to both. */
async function fetchDownload(format: Format, variables: Record<string, unknown>): Promise<Download> {
  const id = String(variables.id);
  if (format === 'pdf') {
    const { chronologyPdf: pdf } = await graphql<{
      chronologyPdf: { fileName: string; contentType: string; base64: string };
    }>(PDF_QUERY, variables);
    const url = URL.createObjectURL(new Blob([bytesOf(pdf.base64)], { type: pdf.contentType }));
    return { format, url, fileName: pdf.fileName };
  }
  const { dossier } = await graphql<{ dossier: unknown }>(DOSSIER_QUERY, variables);
  const text = JSON.stringify(dossier, null, 2);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  return { format, url, fileName: `dossier-${id}.json`, text };
}

/** Downloads the evidence dossier or its chronology as the API exports them, then offers to verify the dossier here. */
export function DossierPage({ negotiationId }: NegotiationPageProps) {
  const { t } = useWords();
  const [download, setDownload] = useState<Download | null>(null);
  const [error, setError] = useState<ApiFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const fetchFile = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const format: Format = (event.submitter as HTMLButtonElement | null)?.value === 'pdf' ? 'pdf' : 'json';
    setBusy(true);
    setError(null);
    fetchDownload(format, { id: negotiationId, from: form.get('from') || undefined, to: form.get('to') || undefined })
      .then((next) => {
        if (download) URL.revokeObjectURL(download.url);
        setDownload(next);
      }, setError)
      .finally(() => setBusy(false));
  };
  return (
    <>
      <h1>{t('dossier')}</h1>
      <form class="filters" onSubmit={fetchFile}>
        <label>
          {t('from')}
          <input type="date" name="from" />
        </label>
        <label>
          {t('to')}
          <input type="date" name="to" />
        </label>
        <button class="primary" type="submit" value="json" disabled={busy}>
          {t('download')}
        </button>
        <button type="submit" value="pdf" disabled={busy}>
          {t('downloadPdf')}
        </button>
      </form>
      {error && <ErrorBox error={error} />}
      {download && (
        <p>
          <a href={download.url} download={download.fileName}>
            {download.fileName}
          </a>
        </p>
      )}
      {download?.text && <VerifyPage key={download.url} initial={download.text} nested />}
    </>
  );
}
