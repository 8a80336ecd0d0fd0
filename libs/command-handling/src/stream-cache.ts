import {
  canSee,
  effectiveHistory,
  evolve,
  foldNegotiation,
  foldableOf,
  type Classification,
  type FoldableEvent,
  type NegotiationEvent,
  type NegotiationState,
  type Table,
  type Viewer,
} from '@ledger/domain';
import type { EventStore, RecordedEvent } from '@ledger/event-store';
import { ViewerFolds } from './viewer-folds';

/** What the write side knows of one negotiation stream. */
export type StreamSnapshot = Readonly<{
  state: NegotiationState;
  /** Revision of the last event, -1 for a stream that does not exist yet. */
  revision: number;
  /** The events an earlier command wrote, by its command id: what an idempotent retry returns. */
  eventsOfCommand(commandId: string): readonly RecordedEvent[] | undefined;
  /** The parties at the table now; empty before the negotiation is opened. */
  table(): Table;
  /** The state folded from only the events this viewer may see: what the viewer's command is judged against. */
  stateVisibleTo(viewer: Viewer): NegotiationState;
  /** The revision of the last event this viewer may see, -1 for none: what their expectedRevision is judged against. */
  revisionVisibleTo(viewer: Viewer): number;
}>;

/** One stream's cached fold. Mutated in place by the cache only, so a command costs O(new events), not O(stream). */
class CachedStream implements StreamSnapshot {
  state = foldNegotiation([]);
  revision = -1;
  private readonly events: FoldableEvent<NegotiationEvent>[] = [];
  private readonly classifications: Classification[] = [];
  private readonly byCommand = new Map<string, RecordedEvent[]>();
  private readonly viewerFolds = new ViewerFolds(this.events, this.classifications);

  eventsOfCommand(commandId: string): readonly RecordedEvent[] | undefined {
    return this.byCommand.get(commandId);
  }

  table(): Table {
    return this.state.status === 'open' ? this.state.parties : new Map();
  }

  stateVisibleTo(viewer: Viewer): NegotiationState {
    return this.viewerFolds.stateVisibleTo(viewer, this.table(), this.state);
  }

  revisionVisibleTo(viewer: Viewer): number {
    const table = this.table();
    let revision = this.revision;
    while (revision >= 0 && !canSee(viewer, this.classifications[revision], table)) revision -= 1;
    return revision;
  }

  /** Folds the events that follow on from the cached revision; false when they do not (a gap), changing nothing. */
  extend(tail: readonly RecordedEvent[]): boolean {
    // Two concurrent loads may read the same tail; whatever the other one already folded is skipped.
    const unseen = tail.filter((event) => event.revision > this.revision);
    if (unseen.length === 0 || unseen[0].revision !== this.revision + 1) return false;
    const foldable = unseen.map(foldableOf);
    this.events.push(...foldable);
    this.classifications.push(...unseen.map((event) => event.metadata.classification));
    for (const event of unseen) {
      const written = this.byCommand.get(event.metadata.commandId) ?? [];
      this.byCommand.set(event.metadata.commandId, [...written, event]);
    }
    this.revision = unseen[unseen.length - 1].revision;
    this.viewerFolds.noteAppended(foldable);
    // A correction may change how any earlier event reads, so then the state is folded again from the start.
    this.state = foldable.some((event) => event.type === 'EntryCorrected')
      ? foldNegotiation(this.events)
      : effectiveHistory(foldable).reduce(evolve, this.state);
    return true;
  }
}

/**
 * Keeps each stream's folded state so a command reads only the events written since it last looked.
 * The store stays the truth: every load reads the stream's tail, so writes by other processes are seen.
 */
export class StreamCache {
  private readonly streams = new Map<string, CachedStream>();

  constructor(private readonly store: EventStore) {}

  async load(streamId: string): Promise<StreamSnapshot> {
    const cached = this.streams.get(streamId) ?? new CachedStream();
    const tail = await this.store.readStream(streamId, { fromRevision: cached.revision + 1 });
    this.extend(streamId, cached, tail);
    return cached;
  }

  /**
   * Folds what an append in this process returned, so the next load finds no tail to read back and parse.
   * Events that do not follow on from the cached revision (another process wrote in between) are left to
   * that load, which reads the stream from where the cache stands.
   */
  remember(streamId: string, appended: readonly RecordedEvent[]): void {
    this.extend(streamId, this.streams.get(streamId) ?? new CachedStream(), appended);
  }

  private extend(streamId: string, cached: CachedStream, events: readonly RecordedEvent[]): void {
    if (cached.extend(events)) this.streams.set(streamId, cached);
  }
}
