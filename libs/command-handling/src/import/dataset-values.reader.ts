import {
  AMOUNT_BASES,
  FINANCIAL_KINDS,
  FINANCIAL_NATURES,
  invalid,
  period,
  PERIOD_PRECISIONS,
  validateSources,
  type AmountShare,
  type FinancialTerm,
  type OpenTerm,
  type Period,
  type RiskAllocation,
  type PeriodPrecision,
  type SourceRef,
  type YearAmount,
} from '@ledger/domain';
import { PERIOD_FIELDS, type FieldKind } from './dataset-fields.schema';

/** A JSON object as parsed, before its fields are checked. */
export type JsonObject = Readonly<Record<string, unknown>>;

const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value);

export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function requireObject(field: string, value: unknown): JsonObject {
  if (!isJsonObject(value)) throw invalid(field, `must be an object, got ${describe(value)}`);
  return value;
}

export function requireString(field: string, value: unknown): string {
  if (typeof value !== 'string') throw invalid(field, `must be a string, got ${describe(value)}`);
  return value;
}

/** Refuses keys the format does not know: a misspelt optional field would otherwise be dropped silently. */
export function requireOnlyKeys(field: string, value: JsonObject, allowed: readonly string[]): void {
  const unknown = Object.keys(value).find((key) => !allowed.includes(key));
  if (unknown !== undefined)
    throw invalid(
      field ? `${field}.${unknown}` : unknown,
      `is not a field here (expected one of ${allowed.join(', ')})`,
    );
}

function requireStringList(field: string, value: unknown): string[] {
  if (!Array.isArray(value)) throw invalid(field, `must be a list of strings, got ${describe(value)}`);
  return value.map((item, index) => requireString(`${field}[${index}]`, item));
}

function requireOneOf<T extends string>(field: string, allowed: readonly T[], value: unknown): T {
  if (!allowed.includes(value as T))
    throw invalid(field, `${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
  return value as T;
}

function requireInteger(field: string, value: unknown): number {
  if (!Number.isSafeInteger(value)) throw invalid(field, `must be a whole number, got ${JSON.stringify(value)}`);
  return value as number;
}

/** A period as a dataset writes it, {asSaid, precision, anchor}, turned into the domain's interval. */
export function readPeriod(field: string, value: unknown): Period {
  const raw = requireObject(field, value);
  requireOnlyKeys(field, raw, ['asSaid', 'precision', 'anchor']);
  const precision: PeriodPrecision = requireOneOf(`${field}.precision`, PERIOD_PRECISIONS, raw.precision);
  return period(
    requireString(`${field}.asSaid`, raw.asSaid),
    precision,
    requireString(`${field}.anchor`, raw.anchor),
    field,
  );
}

const TERM_KEYS = [
  'asSaid',
  'amountCents',
  'kind',
  'nature',
  'basis',
  'fromYear',
  'toYear',
  'approximate',
  'upToCents',
  'share',
  'reachedInYear',
  'perYear',
  'partOfAsSaid',
];

const nullableInteger = (field: string, value: unknown) =>
  value === undefined || value === null ? null : requireInteger(field, value);

function readShare(field: string, value: unknown): AmountShare | null {
  if (value === undefined || value === null) return null;
  const raw = requireObject(field, value);
  requireOnlyKeys(field, raw, ['percent', 'ofAsSaid']);
  if (typeof raw.percent !== 'number')
    throw invalid(`${field}.percent`, `must be a number, got ${describe(raw.percent)}`);
  return { percent: raw.percent, ofAsSaid: requireString(`${field}.ofAsSaid`, raw.ofAsSaid) };
}

function readPerYear(field: string, value: unknown): YearAmount[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalid(field, `must be a list of {year, amountCents}, got ${describe(value)}`);
  return value.map((item, index) => {
    const raw = requireObject(`${field}[${index}]`, item);
    requireOnlyKeys(`${field}[${index}]`, raw, ['year', 'amountCents']);
    return {
      year: requireInteger(`${field}[${index}].year`, raw.year),
      amountCents: requireInteger(`${field}[${index}].amountCents`, raw.amountCents),
    };
  });
}

function readFinancialTerm(field: string, value: unknown): FinancialTerm {
  const raw = requireObject(field, value);
  requireOnlyKeys(field, raw, TERM_KEYS);
  if (typeof raw.approximate !== 'boolean' && raw.approximate !== undefined)
    throw invalid(`${field}.approximate`, 'must be true or false');
  return {
    asSaid: requireString(`${field}.asSaid`, raw.asSaid),
    amountCents: requireInteger(`${field}.amountCents`, raw.amountCents),
    kind: requireOneOf(`${field}.kind`, FINANCIAL_KINDS, raw.kind),
    nature: requireOneOf(`${field}.nature`, FINANCIAL_NATURES, raw.nature),
    basis: requireOneOf(`${field}.basis`, AMOUNT_BASES, raw.basis),
    fromYear: requireInteger(`${field}.fromYear`, raw.fromYear),
    toYear: raw.toYear === null ? null : requireInteger(`${field}.toYear`, raw.toYear),
    approximate: raw.approximate === true,
    upToCents: nullableInteger(`${field}.upToCents`, raw.upToCents),
    share: readShare(`${field}.share`, raw.share),
    reachedInYear: nullableInteger(`${field}.reachedInYear`, raw.reachedInYear),
    perYear: readPerYear(`${field}.perYear`, raw.perYear),
    partOfAsSaid:
      raw.partOfAsSaid === undefined || raw.partOfAsSaid === null
        ? null
        : requireString(`${field}.partOfAsSaid`, raw.partOfAsSaid),
  };
}

function readOpenTerm(field: string, value: unknown): OpenTerm {
  const raw = requireObject(field, value);
  requireOnlyKeys(field, raw, ['asSaid', 'disputeId']);
  return {
    asSaid: requireString(`${field}.asSaid`, raw.asSaid),
    disputeId: raw.disputeId == null ? null : requireString(`${field}.disputeId`, raw.disputeId),
  };
}

function readRisk(field: string, value: unknown): RiskAllocation {
  const raw = requireObject(field, value);
  requireOnlyKeys(field, raw, ['asSaid', 'borneBy']);
  return {
    asSaid: requireString(`${field}.asSaid`, raw.asSaid),
    borneBy: requireStringList(`${field}.borneBy`, raw.borneBy),
  };
}

/** Citations: a non-empty list, each with the document and the verbatim words, checked by the domain's rules. */
export function readSources(field: string, value: unknown): SourceRef[] {
  if (!Array.isArray(value) || value.length === 0) throw invalid(field, 'every entry cites at least one source');
  const sources = value.map((item, index) => readSource(`${field}[${index}]`, item));
  validateSources(sources, field);
  return sources;
}

function readSource(field: string, value: unknown): SourceRef {
  const raw = requireObject(field, value);
  requireOnlyKeys(field, raw, ['document', 'quote', 'page', 'paragraph']);
  const document = requireObject(`${field}.document`, raw.document);
  requireOnlyKeys(`${field}.document`, document, ['title', 'issuer', 'date', 'kenmerk', 'sha256']);
  return raw as SourceRef;
}

/** Reads one `data` field by its kind; absent optional fields take their fallback. */
export function readField(field: string, kind: FieldKind, value: unknown): unknown {
  switch (kind) {
    case 'text':
      return requireString(field, value);
    case 'nullable-text':
      return value === null ? null : requireString(field, value);
    case 'boolean':
      if (typeof value !== 'boolean') throw invalid(field, `must be true or false, got ${describe(value)}`);
      return value;
    case 'text-list':
      return requireStringList(field, value);
    case 'period':
      return readPeriod(field, value);
    case 'financial-terms':
      if (!Array.isArray(value)) throw invalid(field, `must be a list of amounts, got ${describe(value)}`);
      return value.map((term, index) => readFinancialTerm(`${field}[${index}]`, term));
    case 'open-terms':
      if (!Array.isArray(value)) throw invalid(field, `must be a list of open terms, got ${describe(value)}`);
      return value.map((term, index) => readOpenTerm(`${field}[${index}]`, term));
    case 'risks':
      if (!Array.isArray(value)) throw invalid(field, `must be a list of risks, got ${describe(value)}`);
      return value.map((risk, index) => readRisk(`${field}[${index}]`, risk));
    case 'source': {
      const source = readSource(field, value);
      validateSources([source], field);
      return source;
    }
    case 'patch':
      return readPatch(field, value);
  }
}

/** A correction's patch keeps the fields as the entry has them; periods in it are written like any other period. */
function readPatch(field: string, value: unknown): JsonObject {
  const raw = requireObject(field, value);
  return Object.fromEntries(
    Object.entries(raw).map(([key, item]) => [
      key,
      PERIOD_FIELDS.includes(key) ? readPeriod(`${field}.${key}`, item) : item,
    ]),
  );
}
