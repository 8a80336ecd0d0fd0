import type { LeanEvent, RecordedEvent } from '@ledger/event-store';
import { cursorOf, type PageInfo, type PositionPage } from './relay-page';

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

/**
 * A projection whose fold reads no more of an event than a LeanEvent holds (the compiler holds it to that).
 * It is still a Projection: a full envelope is a lean event too. When every projection it feeds is lean,
 * the runner catches up on lean reads, where the store offers them.
 */
export type LeanProjection<Doc> = Projection<Doc> &
  Readonly<{
    lean: true;
    evolve(document: Doc, event: LeanEvent): Doc;
  }>;

export const isLeanProjection = <Doc>(projection: Projection<Doc>): projection is LeanProjection<Doc> =>
  (projection as Partial<LeanProjection<Doc>>).lean === true;

/** Resolves global positions to full envelopes, in the order given; the read side keeps only the numbers. */
export type EnvelopeLoader = (positions: readonly number[]) => Promise<readonly RecordedEvent[]>;

/** One element of a Relay connection. */
export type Edge<Node> = Readonly<{ cursor: string; node: Node }>;

/** A Relay connection: one page of edges, where it sits, and how many there are in all. */
export type Connection<Node> = Readonly<{
  edges: readonly Edge<Node>[];
  pageInfo: PageInfo;
  totalCount: number;
}>;

/** Turns a page of positions into a connection of envelopes, loading only that page. */
export async function envelopeConnection(page: PositionPage, load: EnvelopeLoader): Promise<Connection<RecordedEvent>> {
  const envelopes = page.positions.length > 0 ? await load(page.positions) : [];
  return {
    edges: envelopes.map((node) => ({ cursor: cursorOf(node.globalPosition), node })),
    pageInfo: page.pageInfo,
    totalCount: page.totalCount,
  };
}
