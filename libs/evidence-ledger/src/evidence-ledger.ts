import { randomUUID } from 'node:crypto';
import type { EventStore, NewEvent, RecordedEvent, Subscription } from '@ledger/event-store';
import {
  EvidenceLog,
  LEAF_FORMAT,
  SEALED_LEAF_FORMAT,
  eventIdKey,
  sealedFromLine,
  HASH_SIZE,
  signCheckpoint,
  signKeyRotation,
  toHex,
  verifierKeyOf,
  type NoteSigner,
} from '@ledger/evidence';
import { acceptCosignatures, CheckpointCosignatures, type CosignatureData } from './checkpoint-cosignatures';
import type { EvidenceKeys } from './evidence-keys';
import { CooperativePacer } from './cooperative-pacer';
import { EVIDENCE_RECORDER, EVIDENCE_STREAM, SEALED_LEAVES_ADOPTED, SIGNING_EVENT_TYPE } from './evidence-stream';
import { isSealingAdoption, leafOfEvent, type SealedAfter } from './leaf-of';
import type { LeafBatch, NotableEvent } from './leaf-batch';
import { MainThreadLeafFeed, WorkerLeafFeed, type LeafFeed } from './leaf-feed';
import { LeafWorkerClient } from './leaf-worker.client';
import { SavedLogWriter } from './saved-log-file';

export type RecordedCheckpoint = Readonly<{
  size: number;
  rootHash: string;
  origin: string;
  keyId: string;
  note: string;
  recordedAt: string;
}>;

/** A rotation recorded before statements carried the log's size (v1) has no `size`; a verifier refuses it, so bundles leave it out. */
type KeyRotationData = Readonly<{ statement: string; from: string; to: string; size?: number; rootHash?: string }>;

const keyIdOf = (signer: NoteSigner) => signer.keyId.toString(16).padStart(8, '0');

/**
 * A checkpoint records the format of the leaves it signs. One signed over leaves of an earlier format (before
 * v2 the entry commitment and salts were made otherwise) signs roots this log no longer has: it is ignored,
 * and the log signs anew when a checkpoint is wanted.
 */
const signsCurrentLeaves = (event: Pick<RecordedEvent, 'type' | 'data'>): boolean =>
  event.type === 'CheckpointSigned' && event.data.format === LEAF_FORMAT;

export type EvidenceLedgerOptions = Readonly<{
  /** Sign and record a checkpoint after every MeetingHeld; the API does, a one-off CLI export does not. */
  signAfterMeetings: boolean;
  now: () => string;
  /** Where the log keeps its leaves, so that a restart computes only the events since; without it every start computes them all. */
  savedLogFile?: string;
  /** The embedded store's file: a worker thread then reads the events from it and hashes them; without it this thread does, paced. */
  storeFile?: string;
  /** Told what the log restored or why it rebuilds, and of a failing worker. */
  notice?: (message: string) => void;
}>;

type Waiter = Readonly<{ position: number; resolve: () => void }>;

/**
 * Catching up is minutes of hashing at a million events without a worker, and seconds of applying leaves
 * with one, on the event loop that also serves requests; this much of it at a time keeps a request's wait
 * behind it short.
 */
const CATCH_UP_SLICE_MS = 1;

/**
 * The Merkle log kept beside a store: fed from the store's global order (catch-up, then live), it signs
 * checkpoints and records them, with key rotations, in the EVIDENCE_STREAM, and answers proofs. Only
 * hashes and positions stay in memory; envelopes are read from the store when an export needs them.
 */
export class EvidenceLedger {
  private currentLog: EvidenceLog;
  private currentSigner: NoteSigner;
  private feed: LeafFeed | null = null;
  private savedLog: SavedLogWriter | null = null;
  private subscription: Subscription | null = null;
  private readonly checkpointList: RecordedCheckpoint[] = [];
  private readonly rotationList: KeyRotationData[] = [];
  private readonly cosignatures = new CheckpointCosignatures();
  private readonly witnessKeys: EvidenceKeys['witnessKeys'];
  private readonly signedSizes = new Set<number>();
  private waiters: Waiter[] = [];
  private readonly pacer = new CooperativePacer(CATCH_UP_SLICE_MS);
  private adoptedAt: SealedAfter = null;

  readonly secret: Uint8Array;

  constructor(
    readonly store: EventStore,
    keys: EvidenceKeys,
    private readonly options: EvidenceLedgerOptions,
  ) {
    this.secret = keys.secret;
    this.witnessKeys = keys.witnessKeys;
    this.currentLog = new EvidenceLog();
    this.currentSigner = keys.signer;
  }

  get log(): EvidenceLog {
    return this.currentLog;
  }

  get signer(): NoteSigner {
    return this.currentSigner;
  }

  get origin(): string {
    return this.currentSigner.name;
  }

  get verifierKey(): string {
    return verifierKeyOf(this.currentSigner);
  }

  get keyId(): string {
    return keyIdOf(this.currentSigner);
  }

  /** Every key the log has signed with, oldest first, as vkeys. */
  get publicKeys(): readonly string[] {
    return [...new Set([...this.rotationList.flatMap((rotation) => [rotation.from, rotation.to]), this.verifierKey])];
  }

  get checkpoints(): readonly RecordedCheckpoint[] {
    return this.checkpointList;
  }

  /** The rotations a verifier can follow (those stating the log's size), oldest first. */
  isCosigned(checkpoint: RecordedCheckpoint): boolean {
    return this.cosignatures.isCosigned(checkpoint);
  }

  /** A recorded checkpoint's note with the cosignature lines its witnesses sent. */
  cosignedNote(checkpoint: RecordedCheckpoint): string {
    return this.cosignatures.noteOf(checkpoint);
  }

  /** Records the cosignatures of accepted witnesses a cosigned checkpoint carries (LEDGER_WITNESS_KEYS); returns them. */
  async recordCosignatures(cosignedNote: string): Promise<readonly CosignatureData[]> {
    await this.caughtUp();
    const accepted = acceptCosignatures(cosignedNote, this.checkpointList, this.witnessKeys);
    // One event per cosignature line: the same line sent again appends nothing.
    const events = accepted.map((data) =>
      this.evidenceEvent(
        'CheckpointCosigned',
        data,
        `cosignature/${data.size}/${data.rootHash.slice(0, 16)}/${data.line.slice(-24)}`,
      ),
    );
    let last = 0;
    for (const event of events) last = (await this.store.append(EVIDENCE_STREAM, 'any', [event])).lastGlobalPosition;
    await this.reach(last);
    return accepted;
  }

  get rotations(): readonly Readonly<{ size: number; statement: string }>[] {
    return this.rotationList.flatMap(({ size, statement }) => (size === undefined ? [] : [{ size, statement }]));
  }

  /** The global position after which events have sealed leaves (FORMAT.md); known once started. */
  get sealedAfter(): SealedAfter {
    return this.adoptedAt;
  }

  /** The event's leaf as this log holds it, with its committed fields. */
  leafOf(event: RecordedEvent): ReturnType<typeof leafOfEvent> {
    return leafOfEvent(event, this.secret, this.adoptedAt);
  }

  async start(): Promise<void> {
    this.adoptedAt = await this.adoptSealedLeaves();
    const evidenceEvents = await this.store.readStream(EVIDENCE_STREAM);
    // Checkpoints already recorded are known before catch-up replays the meetings that caused them.
    for (const event of evidenceEvents) {
      if (signsCurrentLeaves(event)) this.signedSizes.add(Number(event.data.size));
    }
    const { storeFile, savedLogFile } = this.options;
    this.feed = storeFile
      ? new WorkerLeafFeed(
          this.store,
          new LeafWorkerClient({ storeFile, secret: this.secret, sealedAfter: this.adoptedAt }),
          (error) => this.notice(`Evidence log stopped: ${String(error)}`),
        )
      : new MainThreadLeafFeed(this.store, this.secret, this.adoptedAt, this.pacer);
    if (savedLogFile) await this.restore(savedLogFile, evidenceEvents);
    this.subscription = await this.feed.follow(this.log.lastPosition, (batch) => this.apply(batch));
  }

  async stop(): Promise<void> {
    await this.subscription?.close();
    this.subscription = null;
    await this.feed?.close();
    this.feed = null;
    this.savedLog?.close();
    this.savedLog = null;
  }

  /** Resolves once every event written so far is in the log. */
  async caughtUp(): Promise<void> {
    await this.reach(await this.store.headPosition());
  }

  reach(position: number): Promise<void> {
    if (this.log.lastPosition >= position) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ position, resolve }));
  }

  /** Signs the log at its current size (unless that size is signed already) and waits until it is recorded and logged. */
  async signCheckpointNow(): Promise<RecordedCheckpoint> {
    await this.caughtUp();
    const size = this.log.size;
    const isWanted = (checkpoint: RecordedCheckpoint) => checkpoint.size === size && checkpoint.keyId === this.keyId;
    const existing = this.checkpointList.find(isWanted);
    if (existing) return existing;
    await this.reach(await this.recordCheckpoint(size));
    return this.checkpointList.find(isWanted)!;
  }

  /**
   * Records a statement signed by the old and the new key at the log's current size and root: the old key
   * is valid for checkpoints up to that size, the new one from it on, and it signs from now on.
   */
  async rotateKey(next: NoteSigner): Promise<string> {
    await this.caughtUp();
    const size = this.log.size;
    const root = this.log.tree.root(size);
    const previous = this.currentSigner;
    const statement = signKeyRotation(previous, next, { size, root });
    const data: KeyRotationData = {
      statement,
      from: verifierKeyOf(previous),
      to: verifierKeyOf(next),
      size,
      rootHash: toHex(root),
    };
    // Switched before the append, so the old key signs nothing beyond the size it is retired at.
    this.currentSigner = next;
    try {
      const result = await this.store.append(EVIDENCE_STREAM, 'any', [
        this.evidenceEvent('SigningKeyRotated', data, `key-rotation/${randomUUID()}`),
      ]);
      await this.reach(result.lastGlobalPosition);
    } catch (error) {
      this.currentSigner = previous;
      throw error;
    }
    return statement;
  }

  /**
   * Where sealed leaves begin: recorded once, by the first start that has them, so that every event
   * recorded after keeps a leaf nothing can be guessed against, and every event before keeps its leaf.
   */
  private async adoptSealedLeaves(): Promise<number> {
    const adopted = async () => (await this.store.readStream(EVIDENCE_STREAM)).find(isSealingAdoption);
    const recorded = await adopted();
    if (recorded) return recorded.globalPosition;
    // One adoption per store: a replica or the CLI starting at the same time appends nothing.
    const adoption = this.evidenceEvent(SEALED_LEAVES_ADOPTED, { format: SEALED_LEAF_FORMAT }, 'leaf-format/v3');
    await this.store.append(EVIDENCE_STREAM, 'any', [adoption]);
    return (await adopted())!.globalPosition;
  }

  /** The first sealed leaf, once the log holds the adoption; a checkpoint states it (FORMAT.md). */
  private sealedFromIndex(): number | null {
    const index = this.adoptedAt === null ? null : this.log.indexOfPosition(this.adoptedAt);
    return index === null ? null : index + 1;
  }

  /**
   * Takes the saved log if it matches the store, so only the events after it are hashed; otherwise starts
   * the file afresh and the log is rebuilt from the store.
   */
  private async restore(file: string, evidenceEvents: readonly RecordedEvent[]): Promise<void> {
    const saved = await this.feed!.readSavedLog(file);
    const restored = 'snapshot' in saved ? new EvidenceLog(saved.snapshot) : null;
    const mismatch = restored
      ? await this.mismatchWithStore(restored, evidenceEvents)
      : (saved as { problem: string }).problem;
    if (restored && mismatch === null) {
      this.currentLog = restored;
      evidenceEvents
        .filter((event) => event.globalPosition <= restored.lastPosition)
        .forEach((event) => this.noteEvidenceEvent(event));
      this.notice(
        `Evidence log: ${restored.size} leaves restored from ${file}; hashing the events after global position ${restored.lastPosition}`,
      );
    } else {
      this.notice(`Evidence log: rebuilding from the store, every event hashed again: ${mismatch}`);
    }
    this.savedLog = SavedLogWriter.open(file, this.secret, this.log.size);
  }

  /**
   * Cheap checks that a saved log belongs to this store: its last leaf is the store's event at that position,
   * and its root equals the latest checkpoint the ledger recorded within its size. Null when both hold.
   */
  private async mismatchWithStore(log: EvidenceLog, evidenceEvents: readonly RecordedEvent[]): Promise<string | null> {
    if (log.size === 0) return null;
    const lastPosition = log.lastPosition;
    const [event] = await this.store.readAll({ after: lastPosition - 1, limit: 1 });
    if (event?.globalPosition !== lastPosition || eventIdKey(event.eventId) !== log.idKeyOf(log.size - 1)) {
      return `its last leaf is not the store's event at global position ${lastPosition}`;
    }
    const checkpoint = evidenceEvents
      .filter((recorded) => signsCurrentLeaves(recorded) && Number(recorded.data.size) <= log.size)
      .map((recorded) => recorded.data as Pick<RecordedCheckpoint, 'size' | 'rootHash'>)
      .reduce<Pick<RecordedCheckpoint, 'size' | 'rootHash'> | null>(
        (latest, next) => (latest && latest.size >= next.size ? latest : next),
        null,
      );
    if (checkpoint && toHex(log.tree.root(checkpoint.size)) !== checkpoint.rootHash) {
      return `its root at ${checkpoint.size} leaves is not the one the recorded checkpoint signed`;
    }
    return null;
  }

  private async apply(batch: LeafBatch): Promise<void> {
    let nextNotable = 0;
    for (let offset = 0; offset < batch.positions.length; offset += 1) {
      await this.pacer.pace();
      const position = batch.positions[offset];
      const leafHash = batch.leafHashes.subarray(offset * HASH_SIZE, (offset + 1) * HASH_SIZE);
      this.log.appendLeafHash(position, batch.idKeys[offset], leafHash);
      this.savedLog?.add(position, batch.idKeys[offset], leafHash);
      if (batch.notable[nextNotable]?.offset === offset) await this.onNotable(batch.notable[nextNotable++]);
      if (this.waiters.length > 0) this.resolveWaitersUpTo(position);
    }
  }

  private async onNotable(event: NotableEvent): Promise<void> {
    if (event.streamId === EVIDENCE_STREAM) this.noteEvidenceEvent(event);
    if (this.options.signAfterMeetings && event.type === SIGNING_EVENT_TYPE && !this.signedSizes.has(this.log.size)) {
      await this.recordCheckpoint(this.log.size);
    }
  }

  private resolveWaitersUpTo(position: number): void {
    const reached = this.waiters.filter((waiter) => waiter.position <= position);
    this.waiters = this.waiters.filter((waiter) => waiter.position > position);
    reached.forEach((waiter) => waiter.resolve());
  }

  private notice(message: string): void {
    this.options.notice?.(message);
  }

  private noteEvidenceEvent(event: Pick<NotableEvent, 'type' | 'data' | 'metadata'>): void {
    if (event.type === 'SigningKeyRotated') this.rotationList.push(event.data as KeyRotationData);
    if (event.type === 'CheckpointCosigned') this.cosignatures.add(event.data as CosignatureData);
    if (event.type !== 'CheckpointSigned') return;
    if (!signsCurrentLeaves(event)) {
      this.notice(
        `Evidence log: checkpoint of ${String(event.data.size)} leaves ignored, it signs leaves of an earlier format than ${LEAF_FORMAT}`,
      );
      return;
    }
    const checkpoint = {
      ...(event.data as Omit<RecordedCheckpoint, 'recordedAt'>),
      recordedAt: event.metadata.recordedAt,
    };
    this.signedSizes.add(checkpoint.size);
    this.checkpointList.push(checkpoint);
  }

  /** Returns the global position of the recorded checkpoint event. */
  private async recordCheckpoint(size: number): Promise<number> {
    const root = this.log.tree.root(size);
    const sealedFrom = this.sealedFromIndex();
    const extensions = sealedFrom === null ? [] : [sealedFromLine(sealedFrom)];
    const note = signCheckpoint({ origin: this.origin, size, root, extensions }, [this.currentSigner]);
    const data = { origin: this.origin, size, rootHash: toHex(root), keyId: this.keyId, note, format: LEAF_FORMAT };
    this.signedSizes.add(size);
    // One checkpoint per size, key and leaf format: signing the same again (a restart, the CLI beside the API) appends nothing.
    const commandId = `checkpoint/${size}/${this.keyId}/${LEAF_FORMAT}`;
    const result = await this.store.append(EVIDENCE_STREAM, 'any', [
      this.evidenceEvent('CheckpointSigned', data, commandId),
    ]);
    return result.lastGlobalPosition;
  }

  private evidenceEvent(type: string, data: Record<string, unknown>, commandId: string): NewEvent {
    const now = this.options.now();
    const metadata = {
      occurredOn: now.slice(0, 10),
      recordedAt: now,
      recordedBy: EVIDENCE_RECORDER,
      commandId,
      correlationId: commandId,
      causationId: commandId,
      sources: [],
      classification: { level: 'public' as const },
    };
    return { type, schemaVersion: 1, data, metadata };
  }
}
