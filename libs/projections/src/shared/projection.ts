import type { RecordedEvent } from '@ledger/event-store';

/**
 * A read model the runner can feed from the global log. `evolve` is the fold step: given the document
 * and one event of a type in `canHandle`, it returns the next document. Small documents are rebuilt
 * immutably; the global indexes return the same, internally grown, document (see each projection for why).
 */
export type Projection<Doc> = Readonly<{
  /** Stable name: the key of the projection's checkpoint. */
  name: string;
  canHandle: ReadonlySet<string>;
  initialDocument(): Doc;
  evolve(document: Doc, event: RecordedEvent): Doc;
}>;

/** Resolves global positions to full envelopes, in the order given; the read side keeps only the numbers. */
export type EnvelopeLoader = (positions: readonly number[]) => Promise<readonly RecordedEvent[]>;

/** One element of a Relay connection. */
export type Edge<Node> = Readonly<{ cursor: string; node: Node }>;
