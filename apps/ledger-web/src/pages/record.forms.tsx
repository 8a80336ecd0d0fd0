import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ApiFailure, graphql, type ApiError } from '../api';
import { useWords } from '../i18n';
import { today } from '../format';

type Outcome = { errors: readonly ApiError[]; done: boolean };

/** A labelled field with the API's refusal for it right beside it, tied to it for screen readers. */
function Field({
  name,
  label,
  errors,
  children,
}: {
  name: string;
  label: string;
  errors: readonly ApiError[];
  children: (props: Record<string, string | boolean | undefined>) => ComponentChildren;
}) {
  const mine = errors.filter((error) => error.field === name);
  const id = `field-${name.replace(/[^\w]/g, '-')}`;
  return (
    <label for={id}>
      {label}
      {children({
        id,
        name,
        'aria-invalid': mine.length > 0 ? 'true' : undefined,
        'aria-describedby': mine.length > 0 ? `${id}-error` : undefined,
      })}
      {mine.length > 0 && (
        <span id={`${id}-error`} class="field-error">
          {mine.map((error) => error.message).join(' ')}
        </span>
      )}
    </label>
  );
}

/** Errors that name no field of this form, shown above it. */
const Unplaced = ({ errors, names }: { errors: readonly ApiError[]; names: readonly string[] }) => {
  const rest = errors.filter((error) => !error.field || !names.includes(error.field));
  return rest.length > 0 ? (
    <div class="error" role="alert">
      {rest.map((error, i) => (
        <p key={i}>
          {error.message} ({error.code})
        </p>
      ))}
    </div>
  ) : null;
};

function useSubmit(mutation: string, inputOf: (form: FormData) => Record<string, unknown>) {
  const [outcome, setOutcome] = useState<Outcome>({ errors: [], done: false });
  const submit = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    graphql(mutation, { input: inputOf(new FormData(form)) }).then(
      () => {
        setOutcome({ errors: [], done: true });
        form.reset();
      },
      (error: unknown) =>
        setOutcome({
          errors: error instanceof ApiFailure ? error.errors : [{ message: String(error), code: 'ERROR', field: null }],
          done: false,
        }),
    );
  };
  return { outcome, submit };
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '');
const optional = (form: FormData, name: string) => text(form, name) || undefined;

const CORRECT = 'mutation ($input: CorrectEntryInput!) { correctEntry(input: $input) { revision eventIds } }';
const ATTACH = 'mutation ($input: AttachSourceInput!) { attachSource(input: $input) { revision eventIds } }';

/** A correction replaces one text field of the entry, or its date, or retracts it; the original stays in the log. */
export function CorrectionForm({
  negotiationId,
  eventId,
  fields,
}: {
  negotiationId: string;
  eventId: string;
  fields: readonly string[];
}) {
  const { t } = useWords();
  const { outcome, submit } = useSubmit(CORRECT, (form) => ({
    negotiationId,
    correctedEventId: eventId,
    occurredOn: text(form, 'occurredOn'),
    reason: text(form, 'reason'),
    retracted: form.get('retracted') === 'on',
    correctedOccurredOn: optional(form, 'correctedOccurredOn'),
    patch: text(form, 'patch') ? { [text(form, 'patchField')]: text(form, 'patch') } : undefined,
  }));
  const { errors } = outcome;
  return (
    <form class="inline" onSubmit={submit} aria-labelledby="correction-heading" noValidate>
      <h3 id="correction-heading">{t('correction')}</h3>
      <Unplaced errors={errors} names={['occurredOn', 'reason', 'correctedOccurredOn', 'patch']} />
      <Field name="occurredOn" label={t('occurredOn')} errors={errors}>
        {(props) => <input type="date" {...props} defaultValue={today()} />}
      </Field>
      <Field name="reason" label={t('reason')} errors={errors}>
        {(props) => <textarea {...props} rows={2} cols={40} />}
      </Field>
      <label>
        {t('correctedField')}
        <select name="patchField">
          {fields.map((field) => (
            <option key={field} value={field}>
              {field}
            </option>
          ))}
        </select>
      </label>
      <Field name="patch" label={t('correctedValue')} errors={errors}>
        {(props) => <textarea {...props} rows={2} cols={30} />}
      </Field>
      <Field name="correctedOccurredOn" label={t('correctedOccurredOn')} errors={errors}>
        {(props) => <input type="date" {...props} />}
      </Field>
      <label>
        <span>
          <input type="checkbox" name="retracted" /> {t('retracted')}
        </span>
      </label>
      <button class="primary" type="submit">
        {t('submit')}
      </button>
      {outcome.done && <p role="status">{t('recorded')}</p>}
    </form>
  );
}

export function AttachSourceForm({ negotiationId, entityId }: { negotiationId: string; entityId: string }) {
  const { t } = useWords();
  const { outcome, submit } = useSubmit(ATTACH, (form) => ({
    negotiationId,
    entityId,
    occurredOn: text(form, 'occurredOn'),
    source: {
      quote: text(form, 'source.quote'),
      page: form.get('source.page') ? Number(form.get('source.page')) : undefined,
      document: {
        title: text(form, 'source.document.title'),
        issuer: text(form, 'source.document.issuer'),
        date: text(form, 'source.document.date'),
      },
    },
  }));
  const { errors } = outcome;
  const names = [
    'occurredOn',
    'source.quote',
    'source.page',
    'source.document.title',
    'source.document.issuer',
    'source.document.date',
  ];
  return (
    <form class="inline" onSubmit={submit} aria-labelledby="source-heading" noValidate>
      <h3 id="source-heading">{t('attachSource')}</h3>
      <Unplaced errors={errors} names={names} />
      <Field name="occurredOn" label={t('occurredOn')} errors={errors}>
        {(props) => <input type="date" {...props} defaultValue={today()} />}
      </Field>
      <Field name="source.document.title" label={t('documentTitle')} errors={errors}>
        {(props) => <input {...props} />}
      </Field>
      <Field name="source.document.issuer" label={t('issuer')} errors={errors}>
        {(props) => <input {...props} />}
      </Field>
      <Field name="source.document.date" label={t('documentDate')} errors={errors}>
        {(props) => <input type="date" {...props} />}
      </Field>
      <Field name="source.quote" label={t('quote')} errors={errors}>
        {(props) => <textarea {...props} rows={2} cols={40} />}
      </Field>
      <Field name="source.page" label={t('page')} errors={errors}>
        {(props) => <input type="number" min="1" {...props} />}
      </Field>
      <button class="primary" type="submit">
        {t('submit')}
      </button>
      {outcome.done && <p role="status">{t('recorded')}</p>}
    </form>
  );
}
