import { isRetraction, parseDataset } from './dataset-line.parser';
import { DatasetImportError } from './dataset-import.error';

const options = { now: '2025-09-01T09:00:00.000Z', recordedBy: 'dataset-import' };
const source = {
  document: { title: 'Afspraken Rijk – VNG Jeugdzorg', issuer: 'Rijk en VNG', date: '2025-04-18' },
  quote: 'De contouren van deze agenda zijn gereed eind 2025.',
};
const commitment = {
  commandId: 'commitment-kpi/make-commitment',
  type: 'MakeCommitment',
  occurredOn: '2025-04-16',
  data: {
    negotiationId: 'vjn2025',
    commitmentId: 'commitment-kpi',
    owedBy: ['rijk', 'vng'],
    description: 'Een set KPI’s',
    due: { asSaid: 'in het najaar van 2025', precision: 'season', anchor: '2025-autumn' },
  },
  sources: [source],
  classification: { level: 'public' },
};
const line = (overrides: Record<string, unknown> = {}) => JSON.stringify({ ...commitment, ...overrides });
const withData = (data: Record<string, unknown>) => line({ data: { ...commitment.data, ...data } });

function refusal(text: string): DatasetImportError {
  try {
    parseDataset(text, options);
  } catch (error) {
    if (error instanceof DatasetImportError) return error;
    throw error;
  }
  throw new Error('the dataset was accepted');
}

describe('parseDataset', () => {
  it.each([
    ['a right-to-left override', { description: 'akkoord\u202Eniet' }, 'description'],
    ['a right-to-left mark', { description: 'akkoord\u200Fniet' }, 'description'],
    ['a lone surrogate', { description: 'half \uD800 paar' }, 'description'],
    ['an id in mixed scripts', { commitmentId: 'kp\u0456' }, 'commitmentId'],
  ])('refuses %s by the same rules as the API, naming line and field', (_what, data, field) => {
    expect(refusal(withData(data))).toMatchObject({ line: 1, field });
  });

  it('turns a line into a command with the import moment, the caller and the period the document gave', () => {
    const [entry] = parseDataset(line(), options);
    if (isRetraction(entry)) throw new Error('expected a command line');
    expect(entry.line).toBe(1);
    expect(entry.command.metadata).toEqual({
      now: options.now,
      occurredOn: '2025-04-16',
      recordedBy: 'dataset-import',
    });
    expect(entry.command.data).toMatchObject({
      agreementId: null,
      due: { asSaid: 'in het najaar van 2025', precision: 'season', start: '2025-09-01', end: '2025-11-30' },
    });
    expect(entry.envelope).toEqual({
      commandId: commitment.commandId,
      sources: [source],
      classification: { level: 'public' },
    });
  });

  it('keeps the date as the document said it beside the day, with its interval', () => {
    const [entry] = parseDataset(
      line({ occurredAsSaid: { asSaid: 'medio april', precision: 'month', anchor: '2025-04' } }),
      options,
    );
    if (isRetraction(entry)) throw new Error('expected a command line');
    expect(entry.command.metadata.occurredAsSaid).toEqual({
      asSaid: 'medio april',
      precision: 'month',
      start: '2025-04-01',
      end: '2025-04-30',
    });
  });

  it('counts lines as the file has them, blank lines included', () => {
    const entries = parseDataset(`\n${line()}\n\n${line({ commandId: 'second' })}\n`, options);
    expect(entries.map((entry) => entry.line)).toEqual([2, 4]);
  });

  it.each([
    ['malformed JSON', '{"commandId": ', 'line 2: json: the line is not valid JSON'],
    ['an unknown command type', line({ type: 'SignTreaty' }), 'line 2: type: "SignTreaty" is not a command type'],
    [
      'a bad quarter anchor',
      withData({ due: { asSaid: 'Q5 2027', precision: 'quarter', anchor: '2027-Q5' } }),
      'line 2: data.due.anchor: "2027-Q5" is not a valid quarter anchor',
    ],
    [
      'an unknown precision',
      withData({ due: { asSaid: 'veertien dagen', precision: 'fortnight', anchor: '2025-19' } }),
      'line 2: data.due.precision: "fortnight" is not one of',
    ],
    [
      'a missing required field',
      withData({ description: undefined }),
      'line 2: data.description: is required for MakeCommitment',
    ],
    ['a misspelt field', withData({ partyID: 'rijk' }), 'line 2: data.partyID: is not a field here'],
    [
      'an amount in euros with decimals',
      line({
        type: 'RaiseDispute',
        data: {
          negotiationId: 'vjn2025',
          disputeId: 'd',
          title: 't',
          description: 'd',
          raisedBy: 'vng',
          financialTerms: [
            {
              asSaid: '€ 728 mln',
              amountCents: 728.5,
              kind: 'compensation',
              nature: 'incidental',
              basis: 'cumulative',
              fromYear: 2023,
              toYear: 2024,
            },
          ],
        },
      }),
      'line 2: data.financialTerms[0].amountCents: must be a whole number',
    ],
    [
      'a date that is not on the calendar',
      line({ occurredOn: '2025-02-30' }),
      'line 2: occurredOn: "2025-02-30" is not a calendar date',
    ],
    [
      'a date as said of an unknown precision',
      line({ occurredAsSaid: { asSaid: 'destijds', precision: 'vroeger', anchor: '2020' } }),
      'line 2: occurredAsSaid.precision: "vroeger" is not one of',
    ],
    [
      'a date as said with a field it does not have',
      line({ occurredAsSaid: { asSaid: 'april', precision: 'month', anchor: '2025-04', day: 16 } }),
      'line 2: occurredAsSaid.day: is not a field here',
    ],
    ['no source', line({ sources: [] }), 'line 2: sources: every entry cites at least one source'],
    [
      'a source without a quote',
      line({ sources: [{ ...source, quote: ' ' }] }),
      'line 2: sources[0].quote: a source carries a verbatim quote',
    ],
    [
      'an internal entry without its party',
      line({ classification: { level: 'internal' } }),
      'line 2: classification.party:',
    ],
    [
      'a commandId used on an earlier line',
      line({ commandId: 'first' }),
      'line 2: commandId: "first" is already used on line 1',
    ],
  ])('refuses %s, naming the line and the field', (_, badLine, message) => {
    const error = refusal(`${line({ commandId: 'first' })}\n${badLine}`);
    expect(error.message).toContain(message);
    expect(error.line).toBe(2);
  });
});
