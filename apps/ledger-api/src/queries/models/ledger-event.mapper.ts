import { canonicalJson } from '@ledger/evidence';
import { hashedFields, type RecordedEvent } from '@ledger/event-store';
import { toGlobalId } from '../../common/graphql/global-id';
import type { LedgerEventModel } from './ledger-event.model';
import type { ClassificationModel, PeriodModel, SourceModel } from './value.models';
import { toClassificationModel, toSourceModel } from './value.mappers';
import { servedEventData } from './event-data.mapper';
import { entryPeriodOf, negotiationIdOfStream, type Period } from '@ledger/domain';

/** The metadata's date as said was judged a valid Period before it was stored; without one, the day itself. */
const occurredAsSaidOf = ({ metadata }: RecordedEvent): Period =>
  entryPeriodOf({ occurredOn: metadata.occurredOn, occurredAsSaid: metadata.occurredAsSaid as Period | undefined });

/**
 * An event as a reader sees it. A class rather than an object literal: every page builds one per entry, and
 * a literal with spreads and a getter took V8's slow path (about a tenth of an auditTrail request). The
 * global id and hashedJson are prototype getters, computed only when a query asks for them (canonicalizing
 * every event of a page was a large share of a request).
 */
class PresentedLedgerEvent implements LedgerEventModel {
  readonly eventId: string;
  readonly negotiationId: string;
  readonly streamId: string;
  readonly revision: number;
  readonly globalPosition: string;
  readonly classification: ClassificationModel;
  readonly prevHash: string;
  readonly hash: string;
  readonly withheld: boolean;
  readonly type: string | null;
  readonly schemaVersion: number | null;
  readonly data: Record<string, unknown> | null;
  readonly occurredOn: string | null;
  readonly occurredAsSaid: PeriodModel | null;
  readonly recordedAt: string | null;
  readonly recordedBy: string | null;
  readonly commandId: string | null;
  readonly correlationId: string | null;
  readonly causationId: string | null;
  readonly sources: readonly SourceModel[] | null;
  // Native private: not one of the model's own fields, so the object holds exactly what GraphQL serves.
  readonly #stored: RecordedEvent;

  /** `shown` is what the reader sees of the content (personal data revealed); null withholds it all. */
  constructor(stored: RecordedEvent, shown: RecordedEvent | null) {
    this.#stored = stored;
    // What every reader sees: where the event sits, who may see it, and the hashes that bind it.
    this.eventId = stored.eventId;
    this.negotiationId = negotiationIdOfStream(stored.streamId) ?? stored.streamId;
    this.streamId = stored.streamId;
    this.revision = stored.revision;
    this.globalPosition = String(stored.globalPosition);
    this.classification = toClassificationModel(stored.metadata.classification);
    this.prevHash = stored.prevHash;
    this.hash = stored.hash;
    this.withheld = shown === null;
    this.type = shown && shown.type;
    this.schemaVersion = shown && shown.schemaVersion;
    this.data = shown && servedEventData(shown.data);
    this.occurredOn = shown && shown.metadata.occurredOn;
    this.occurredAsSaid = shown && occurredAsSaidOf(shown);
    this.recordedAt = shown && shown.metadata.recordedAt;
    this.recordedBy = shown && shown.metadata.recordedBy;
    this.commandId = shown && shown.metadata.commandId;
    this.correlationId = shown && shown.metadata.correlationId;
    this.causationId = shown && shown.metadata.causationId;
    this.sources = shown && shown.metadata.sources.map(toSourceModel);
  }

  get id(): string {
    return toGlobalId('LedgerEvent', `${this.streamId}/${this.revision}`);
  }

  /** Exactly what was stored and hashed, never the revealed text. */
  get hashedJson(): string | null {
    return this.withheld ? null : canonicalJson(hashedFields(this.#stored));
  }
}

/** `shown` is the event as the reader sees it (personal data revealed); `hashedJson` stays what was stored and hashed. */
export const toLedgerEventModel = (event: RecordedEvent, shown: RecordedEvent = event): LedgerEventModel =>
  new PresentedLedgerEvent(event, shown);

/** An event as the access policy let the reader see it: whole, or (shown null) its hash and place only, never its content, type, date or recorder. */
export const toSeenLedgerEventModel = ({
  event,
  shown,
}: Readonly<{ event: RecordedEvent; shown: RecordedEvent | null }>): LedgerEventModel =>
  new PresentedLedgerEvent(event, shown);
