import { invalid } from './negotiation-error';
import { isIsoDate } from './period';
import type { QuoteLocation } from './quote-location';

/** A document the ledger cites: a letter, a slide deck, an agreement document. */
export type SourceDocument = Readonly<{
  title: string;
  issuer: string;
  date: string;
  kenmerk?: string;
  sha256?: string;
}>;

/**
 * A citation: which document, where in it, and the verbatim words. `location` is where the ledger found the
 * quote in the stored document when it was recorded; a caller never gives it.
 */
export type SourceRef = Readonly<{
  document: SourceDocument;
  quote: string;
  page?: number;
  paragraph?: string;
  location?: QuoteLocation;
}>;

export const CLASSIFICATION_LEVELS = ['public', 'parties', 'internal'] as const;
export type ClassificationLevel = (typeof CLASSIFICATION_LEVELS)[number];
/** Who may see an entry: everyone, every party at the table, or one party's own (internal) material. */
export type Classification = Readonly<{ level: ClassificationLevel; party?: string }>;

export function validateSources(sources: readonly SourceRef[], field = 'sources'): void {
  sources.forEach((source, index) => validateSource(source, `${field}[${index}]`));
}

/** One citation; `at` is the path of the source in the command, so a refusal names the field the caller sent. */
export function validateSource(source: SourceRef, at = 'source'): void {
  if (!source?.document?.title?.trim()) throw invalid(`${at}.document.title`, 'a source names its document');
  if (!source.document.issuer?.trim()) throw invalid(`${at}.document.issuer`, 'a source names who issued the document');
  if (!isIsoDate(source.document.date))
    throw invalid(`${at}.document.date`, 'the document date must be a calendar date YYYY-MM-DD');
  if (source.document.sha256 !== undefined && !/^[0-9a-f]{64}$/.test(source.document.sha256)) {
    throw invalid(`${at}.document.sha256`, 'sha256 must be 64 lowercase hex characters');
  }
  if (!source.quote?.trim()) throw invalid(`${at}.quote`, 'a source carries a verbatim quote');
  if (source.page !== undefined && (!Number.isInteger(source.page) || source.page < 1)) {
    throw invalid(`${at}.page`, 'page must be a positive whole number');
  }
}

export function validateClassification(classification: Classification, field = 'classification'): void {
  if (!CLASSIFICATION_LEVELS.includes(classification.level)) {
    throw invalid(`${field}.level`, `level must be one of ${CLASSIFICATION_LEVELS.join(', ')}`);
  }
  if (classification.level === 'internal' && !classification.party?.trim()) {
    throw invalid(`${field}.party`, 'an internal entry names the party it is internal to');
  }
}
