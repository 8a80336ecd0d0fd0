import { useState } from 'preact/hooks';
import { ApiFailure, graphql } from '../api';
import { ErrorBox } from '../components';
import { useWords } from '../i18n';
import type { NegotiationPageProps } from './negotiation.pages';
import { VerifyPage } from './verify.page';

const QUERY = 'query ($id: ID!, $from: String, $to: String) { dossier(negotiationId: $id, from: $from, to: $to) }';

/** Downloads the evidence dossier as the API exports it (its access rules and read audit apply), then offers to verify it here. */
export function DossierPage({ negotiationId }: NegotiationPageProps) {
  const { t } = useWords();
  const [download, setDownload] = useState<{ url: string; text: string } | null>(null);
  const [error, setError] = useState<ApiFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const fetchDossier = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(null);
    graphql<{ dossier: unknown }>(QUERY, {
      id: negotiationId,
      from: form.get('from') || undefined,
      to: form.get('to') || undefined,
    })
      .then(({ dossier }) => {
        const text = JSON.stringify(dossier, null, 2);
        if (download) URL.revokeObjectURL(download.url);
        setDownload({ url: URL.createObjectURL(new Blob([text], { type: 'application/json' })), text });
      }, setError)
      .finally(() => setBusy(false));
  };
  return (
    <>
      <h1>{t('dossier')}</h1>
      <form class="filters" onSubmit={fetchDossier}>
        <label>
          {t('from')}
          <input type="date" name="from" />
        </label>
        <label>
          {t('to')}
          <input type="date" name="to" />
        </label>
        <button class="primary" type="submit" disabled={busy}>
          {t('download')}
        </button>
      </form>
      {error && <ErrorBox error={error} />}
      {download && (
        <p>
          <a href={download.url} download={`dossier-${negotiationId}.json`}>{`dossier-${negotiationId}.json`}</a>
        </p>
      )}
      {download && <VerifyPage key={download.url} initial={download.text} nested />}
    </>
  );
}
