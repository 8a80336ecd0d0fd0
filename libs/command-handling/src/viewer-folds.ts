import {
  canSee,
  effectiveHistory,
  evolve,
  foldNegotiation,
  type Classification,
  type FoldableEvent,
  type NegotiationEvent,
  type NegotiationState,
  type Table,
  type Viewer,
} from '@ledger/domain';

/** What one viewer has folded so far: null state while every event was visible to them (their view is the stream's). */
type ViewerFold = { revision: number; state: NegotiationState | null };

/** Events that change which earlier events a viewer sees (the table) or how they read (a correction). */
const REFOLD_TYPES: ReadonlySet<string> = new Set(['PartyJoined', 'EntryCorrected']);

/**
 * Each viewer's fold of the events they may see, kept up to date one event at a time, so a command of a
 * viewer who may not see everything costs the events written since their last command, not the whole stream.
 * Visibility depends only on the viewer's party and role and on the table, so folds are kept per party and
 * role, and dropped when a party joins or a correction arrives.
 */
export class ViewerFolds {
  private readonly folds = new Map<string, ViewerFold>();

  /** `events[i]` and `classifications[i]` are the stream's event at revision i. */
  constructor(
    private readonly events: readonly FoldableEvent<NegotiationEvent>[],
    private readonly classifications: readonly Classification[],
  ) {}

  noteAppended(appended: readonly FoldableEvent<NegotiationEvent>[]): void {
    if (appended.some((event) => REFOLD_TYPES.has(event.type))) this.folds.clear();
  }

  stateVisibleTo(viewer: Viewer, table: Table, streamState: NegotiationState): NegotiationState {
    const key = `${viewer.party}\u0000${viewer.role}`;
    const fold = this.folds.get(key) ?? { revision: -1, state: null };
    const lastRevision = this.events.length - 1;
    const visible = (revision: number) => canSee(viewer, this.classifications[revision], table);
    for (let revision = fold.revision + 1; revision <= lastRevision; revision++) {
      if (fold.state === null) {
        if (visible(revision)) continue;
        // The first hidden event: from here the viewer's view differs from the stream's. Fold all they see at
        // once (corrections applied); a later correction or party clears the folds, so the rest goes event by event.
        fold.state = foldNegotiation(this.events.filter((_, index) => visible(index)));
        break;
      }
      if (visible(revision)) fold.state = effectiveHistory([this.events[revision]]).reduce(evolve, fold.state);
    }
    fold.revision = lastRevision;
    this.folds.set(key, fold);
    return fold.state ?? streamState;
  }
}
