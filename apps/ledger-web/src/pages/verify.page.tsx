import { verifyDossier, type VerificationReport } from '@ledger/evidence';
import { useState } from 'preact/hooks';
import { useWords } from '../i18n';

/**
 * Verifies a dossier in the browser with the project's own verifier (libs/evidence), against a key the reader
 * pins: nothing is sent anywhere, so the other side can check a dossier without installing anything.
 */
export function VerifyPage({ initial, nested = false }: { initial?: string; nested?: boolean }) {
  const { t, lang } = useWords();
  const [text, setText] = useState(initial ?? '');
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [report, setReport] = useState<VerificationReport | null>(null);
  const read = (file: File | undefined) => {
    if (!file) return;
    setName(file.name);
    setReport(null);
    void file.text().then(setText);
  };
  const check = (event: Event) => {
    event.preventDefault();
    let dossier: unknown = null;
    try {
      dossier = JSON.parse(text);
    } catch {
      dossier = text;
    }
    setReport(verifyDossier(dossier, pin.trim() ? [pin.trim()] : []));
  };
  return (
    <>
      {nested ? <h2>{t('verify')}</h2> : <h1>{t('verify')}</h1>}
      <p>{t('verifyOffline')}</p>
      <form onSubmit={check}>
        <div
          class="dropzone"
          onDragOver={(event) => event.preventDefault()}
          onDrop={(event) => {
            event.preventDefault();
            read(event.dataTransfer?.files[0]);
          }}
        >
          <label>
            {t('dropBundle')}
            <input
              type="file"
              accept="application/json,.json"
              onChange={(event) => read((event.currentTarget as HTMLInputElement).files?.[0])}
            />
          </label>
          {name && (
            <p>
              {name} ({text.length.toLocaleString(lang)} bytes)
            </p>
          )}
        </div>
        <label>
          {t('pinnedKey')}
          <input
            name="pin"
            value={pin}
            size={80}
            onInput={(event) => setPin((event.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <p>
          <button class="primary" type="submit" disabled={!text}>
            {t('check')}
          </button>
        </p>
      </form>
      {report && (
        <section aria-live="polite" aria-labelledby="verdict">
          <p id="verdict" class={`verdict ${report.verdict === 'PASS' ? 'pass' : 'fail'}`}>
            {report.verdict}
          </p>
          <p>
            {report.summary.entries} {t('entries')}, {report.summary.withheldEntries} {t('withheldShort')}
          </p>
          <table>
            <tbody>
              {report.checks
                .filter((item) => item.status === 'FAIL' || report.checks.length <= 40)
                .map((item, i) => (
                  <tr key={i}>
                    <td class={item.status === 'PASS' ? 'pass' : 'fail'}>{item.status}</td>
                    <td>{item.check}</td>
                    <td>
                      <code>{item.where}</code>
                    </td>
                    <td>{item.message[lang]}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
