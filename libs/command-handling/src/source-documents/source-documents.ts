import { createHash } from 'node:crypto';
import { invalid, quoteFinder, type QuoteLocation } from '@ledger/domain';
import { EventStoreError, EventStoreErrorCode, type EventStore, type NewEvent } from '@ledger/event-store';

/** A source document as the ledger stores it: its text, addressed by the SHA-256 of its UTF-8 bytes, and the PDF it was taken from where there is one. */
export type SourceDocumentContent = Readonly<{
  sha256: string;
  text: string;
  pdf: Readonly<{ sha256: string; base64: string }> | null;
}>;

export const SOURCE_DOCUMENT_STORED = 'SourceDocumentStored';
/** One stream per document, named by its hash: storing the same document twice finds the stream there. */
const SOURCE_DOCUMENT_STREAM_PREFIX = 'sourcedocument-';
export const sourceDocumentStreamId = (sha256: string): string => `${SOURCE_DOCUMENT_STREAM_PREFIX}${sha256}`;

/** A text of more than this many bytes, or a PDF of more, is not a document the ledger keeps in one event. */
const MAX_TEXT_BYTES = 2 * 1024 * 1024;
const MAX_PDF_BYTES = 8 * 1024 * 1024;

export const sha256Of = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** Finds where a quote stands in one document; null when the document is not stored. */
export type QuoteFinder = (quote: string) => QuoteLocation | null;
export interface DocumentLookup {
  finderOf(sha256: string): Promise<QuoteFinder | null>;
}

/** Who stores a document, and when: the envelope of its one event. */
export type StoringContext = Readonly<{ now: string; recordedBy: string }>;

/**
 * The source documents in the store, each in a stream of its own (`sourcedocument-<sha256>`), so both stores
 * keep them through the one port, with a hash chain and in the evidence log like every event. A stored
 * document never changes: what is read once is kept in memory.
 */
export class SourceDocuments implements DocumentLookup {
  private readonly read = new Map<string, SourceDocumentContent>();
  private readonly finders = new Map<string, QuoteFinder>();

  constructor(private readonly events: EventStore) {}

  async contentOf(sha256: string): Promise<SourceDocumentContent | null> {
    const known = this.read.get(sha256);
    if (known) return known;
    const [stored] = await this.events.readStream(sourceDocumentStreamId(sha256));
    if (!stored || stored.type !== SOURCE_DOCUMENT_STORED) return null;
    const content = stored.data as SourceDocumentContent;
    this.read.set(sha256, content);
    return content;
  }

  async finderOf(sha256: string): Promise<QuoteFinder | null> {
    const known = this.finders.get(sha256);
    if (known) return known;
    const content = await this.contentOf(sha256);
    if (!content) return null;
    const finder = quoteFinder(content.text);
    this.finders.set(sha256, finder);
    return finder;
  }

  /** Stores a checked document unless it is there already; true when it was stored now. */
  async store(content: SourceDocumentContent, context: StoringContext): Promise<boolean> {
    if (await this.contentOf(content.sha256)) return false;
    try {
      await this.append(content, context);
      return true;
    } catch (error) {
      if (error instanceof EventStoreError && error.code === EventStoreErrorCode.WrongExpectedRevision) return false;
      throw error;
    }
  }

  private append(content: SourceDocumentContent, { now, recordedBy }: StoringContext) {
    const commandId = `source-document/${content.sha256}`;
    const event: NewEvent = {
      type: SOURCE_DOCUMENT_STORED,
      schemaVersion: 1,
      data: content,
      metadata: {
        occurredOn: now.slice(0, 10),
        recordedAt: now,
        recordedBy,
        commandId,
        correlationId: commandId,
        causationId: commandId,
        sources: [],
        // In the log it shows as withheld to all but admins: a reader gets a document through the entries that cite it.
        classification: { level: 'internal', party: 'ledger-admins' },
      },
    };
    return this.events.append(sourceDocumentStreamId(content.sha256), 'no_stream', [event]);
  }
}

/** A document's text and PDF bytes, checked: valid UTF-8, within bounds, and the hash it is given under its own. */
export function sourceDocumentOf(
  textBytes: Uint8Array,
  pdfBytes: Uint8Array | null,
  field = 'document',
): SourceDocumentContent {
  if (textBytes.byteLength === 0) throw invalid(`${field}.text`, 'a source document has a text');
  if (textBytes.byteLength > MAX_TEXT_BYTES)
    throw invalid(`${field}.text`, `a source document's text is at most ${MAX_TEXT_BYTES} bytes`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(textBytes);
  } catch {
    throw invalid(`${field}.text`, "a source document's text is UTF-8");
  }
  if (pdfBytes && pdfBytes.byteLength > MAX_PDF_BYTES)
    throw invalid(`${field}.pdf`, `a source document's PDF is at most ${MAX_PDF_BYTES} bytes`);
  if (pdfBytes && !Buffer.from(pdfBytes.subarray(0, 5)).equals(Buffer.from('%PDF-')))
    throw invalid(`${field}.pdf`, 'the PDF does not start as a PDF file does (%PDF-)');
  return {
    sha256: sha256Of(textBytes),
    text,
    pdf: pdfBytes ? { sha256: sha256Of(pdfBytes), base64: Buffer.from(pdfBytes).toString('base64') } : null,
  };
}
