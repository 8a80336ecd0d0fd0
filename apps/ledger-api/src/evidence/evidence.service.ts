import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import { negotiationStreamId, type Viewer } from '@ledger/domain';
import { findRecordedChainBreak, type EventStore } from '@ledger/event-store';
import { toHex, type Dossier } from '@ledger/evidence';
import type { Caller } from '../common/caller';
import { Clock } from '../common/clock';
import { LEDGER_CONFIG, type LedgerConfig } from '../config/ledger-config';
import { EMBEDDED_STORE_FILE, EVENT_STORE } from '../store/store.module';
import { SUBJECT_KEY_VAULT } from '../personal-data/personal-data.reader';
import { revealPersonalData, type SubjectKeyVault } from '@ledger/personal-data';
import {
  dossierRequestOf,
  EvidenceError,
  EvidenceErrorCode,
  EvidenceLedger,
  exportDossier,
  mayKnowNegotiation,
  renderChronologyPdf,
  rotateDataFolderKey,
  SAVED_LOG_FILE,
  type DossierOptions,
  type EvidenceKeys,
  type RecordedCheckpoint,
} from '@ledger/evidence-ledger';

export const EVIDENCE_KEYS = Symbol('EVIDENCE_KEYS');

export type LeafRef = Readonly<{ eventId?: string; globalPosition?: number }>;

/** The evidence log of the running service: proofs, checkpoints, chain checks and dossiers. */
@Injectable()
export class EvidenceService implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly ledger: EvidenceLedger;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVIDENCE_KEYS) private readonly keys: EvidenceKeys,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    @Inject(SUBJECT_KEY_VAULT) private readonly personalData: SubjectKeyVault,
    private readonly clock: Clock,
  ) {
    const logger = new Logger('Evidence');
    this.ledger = new EvidenceLedger(store, keys, {
      signAfterMeetings: true,
      now: () => clock.now(),
      savedLogFile: join(config.dataDir, SAVED_LOG_FILE),
      // EventStoreDB has no file a worker could read.
      storeFile: config.store?.kind === 'eventstoredb' ? undefined : join(config.dataDir, EMBEDDED_STORE_FILE),
      notice: (message) => logger.log(message),
    });
  }

  onApplicationBootstrap(): Promise<void> {
    return this.ledger.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.ledger.stop();
  }

  async checkpoints(): Promise<readonly RecordedCheckpoint[]> {
    await this.ledger.caughtUp();
    return this.ledger.checkpoints;
  }

  signCheckpoint(): Promise<RecordedCheckpoint> {
    return this.ledger.signCheckpointNow();
  }

  async inclusionProof(ref: LeafRef, treeSize: number) {
    await this.ledger.caughtUp();
    const { log } = this.ledger;
    this.assertTreeSize(treeSize, 'treeSize');
    const leafIndex = await this.leafIndexOf(ref);
    if (leafIndex >= treeSize)
      throw new EvidenceError(
        EvidenceErrorCode.InvalidRequest,
        `Leaf ${leafIndex} is not in a tree of ${treeSize}`,
        'treeSize',
      );
    return {
      leafIndex,
      globalPosition: log.positionOf(leafIndex),
      treeSize,
      leafHash: toHex(log.tree.leafHash(leafIndex)),
      rootHash: toHex(log.tree.root(treeSize)),
      auditPath: log.tree.inclusionProof(leafIndex, treeSize).map(toHex),
      checkpoint: this.checkpointNote(treeSize),
    };
  }

  async consistencyProof(fromSize: number, toSize: number) {
    await this.ledger.caughtUp();
    this.assertTreeSize(toSize, 'toSize');
    if (!Number.isSafeInteger(fromSize) || fromSize < 0 || fromSize > toSize) {
      throw new EvidenceError(
        EvidenceErrorCode.InvalidRequest,
        `fromSize must be between 0 and toSize (${toSize})`,
        'fromSize',
      );
    }
    const { tree } = this.ledger.log;
    return {
      fromSize,
      toSize,
      fromRootHash: toHex(tree.root(fromSize)),
      toRootHash: toHex(tree.root(toSize)),
      proof: tree.consistencyProof(fromSize, toSize).map(toHex),
      fromCheckpoint: this.checkpointNote(fromSize),
      toCheckpoint: this.checkpointNote(toSize),
    };
  }

  /** Walks the negotiation's hash chain as stored; names the first broken link. Unknown to a viewer who may not see its opening. */
  async verifyChain(negotiationId: string, viewer: Viewer) {
    const events = await this.store.readStream(negotiationStreamId(negotiationId));
    if (!mayKnowNegotiation(viewer, events))
      throw new EvidenceError(EvidenceErrorCode.NotFound, `No negotiation ${negotiationId}`, 'negotiationId');
    const broken = findRecordedChainBreak(events);
    const at = broken ? events[broken.index] : null;
    return {
      negotiationId,
      events: events.length,
      intact: broken === null,
      firstBrokenLink:
        broken && at
          ? { revision: at.revision, eventId: at.eventId, globalPosition: at.globalPosition, reason: broken.reason }
          : null,
    };
  }

  /** The dossier as the caller may see it; the resolver records it in the read audit before it is handed over. */
  dossier(caller: Caller, options: DossierOptions): Promise<Dossier> {
    return exportDossier(this.ledger, dossierRequestOf({ ...options, viewer: caller }), this.clock.now());
  }

  /**
   * The dossier's chronology as PDF, drawn from the same dossier the caller may see, so it shows nothing the
   * bundle withholds. It is for reading: personal data is opened, or shown as erased.
   */
  async chronologyPdf(caller: Caller, options: DossierOptions): Promise<Buffer> {
    const dossier = await this.dossier(caller, options);
    const readable = revealPersonalData(dossier, (keyId) => this.personalData.keyById(keyId));
    return renderChronologyPdf(readable, { pin: this.ledger.verifierKey });
  }

  /** Records a witness's cosignature of a checkpoint the ledger signed; the witness must be in LEDGER_WITNESS_KEYS. */
  async recordCosignatures(note: string) {
    const recorded = await this.ledger.recordCosignatures(note);
    return recorded.map(({ size, rootHash, witness, time }) => ({
      size,
      rootHash,
      witness,
      time: new Date(time * 1000).toISOString(),
    }));
  }

  /** Only a key the ledger generated itself (in the data folder) can be rotated by the ledger. */
  async rotateSigningKey(): Promise<Readonly<{ from: string; to: string; statement: string }>> {
    if (this.keys.signingKeySource !== 'data-folder') {
      throw new EvidenceError(
        EvidenceErrorCode.KeyManagedElsewhere,
        'The signing key comes from LEDGER_SIGNING_KEY; rotate it where it is managed',
      );
    }
    const from = this.ledger.verifierKey;
    const rotation = rotateDataFolderKey(this.config.dataDir, this.ledger.signer, this.keys.retiredKeyArchive);
    const statement = await this.ledger.rotateKey(rotation.next);
    rotation.complete();
    return { from, to: this.ledger.verifierKey, statement };
  }

  private checkpointNote(size: number): string | null {
    return (
      this.ledger.checkpoints.find((checkpoint) => checkpoint.size === size && checkpoint.keyId === this.ledger.keyId)
        ?.note ?? null
    );
  }

  private assertTreeSize(size: number, field: string): void {
    const logSize = this.ledger.log.size;
    if (!Number.isSafeInteger(size) || size < 1 || size > logSize) {
      throw new EvidenceError(
        EvidenceErrorCode.InvalidRequest,
        `${field} must be between 1 and the log's size (${logSize})`,
        field,
      );
    }
  }

  private async leafIndexOf({ eventId, globalPosition }: LeafRef): Promise<number> {
    const { log } = this.ledger;
    if ((eventId === undefined) === (globalPosition === undefined)) {
      throw new EvidenceError(
        EvidenceErrorCode.InvalidRequest,
        'Name the event by eventId or by globalPosition, not both',
        'eventId',
      );
    }
    if (globalPosition !== undefined) {
      const index = log.indexOfPosition(globalPosition);
      if (index === null)
        throw new EvidenceError(
          EvidenceErrorCode.NotFound,
          `No event at global position ${globalPosition}`,
          'globalPosition',
        );
      return index;
    }
    for (const candidate of log.candidatesForEventId(eventId!)) {
      const [event] = await this.store.readAll({ after: log.positionOf(candidate) - 1, limit: 1 });
      if (event?.eventId === eventId) return candidate;
    }
    throw new EvidenceError(EvidenceErrorCode.NotFound, `No event ${eventId}`, 'eventId');
  }
}
