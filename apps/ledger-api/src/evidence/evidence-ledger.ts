import { randomUUID } from 'node:crypto';
import type { EventStore, NewEvent, RecordedEvent, Subscription } from '@ledger/event-store';
import { EvidenceLog, signCheckpoint, signKeyRotation, toHex, verifierKeyOf, type NoteSigner } from '@ledger/evidence';
import type { EvidenceKeys } from './evidence-keys';
import { CooperativePacer } from './cooperative-pacer';

/** The ledger's own evidence events; they are in the global order like any other, so they are logged too. */
export const EVIDENCE_STREAM = 'ledger-evidence';
export const EVIDENCE_RECORDER = 'ledger-evidence';

export type RecordedCheckpoint = Readonly<{ size: number; rootHash: string; origin: string; keyId: string; note: string; recordedAt: string }>;

type KeyRotationData = Readonly<{ statement: string; from: string; to: string }>;

const keyIdOf = (signer: NoteSigner) => signer.keyId.toString(16).padStart(8, '0');

export type EvidenceLedgerOptions = Readonly<{
  /** Sign and record a checkpoint after every MeetingHeld; the API does, a one-off CLI export does not. */
  signAfterMeetings: boolean;
  now: () => string;
}>;

type Waiter = Readonly<{ position: number; resolve: () => void }>;

/**
 * Catching up is minutes of hashing at a million events, on the event loop that also serves requests; this
 * much of it at a time keeps a request's wait behind it short.
 */
const CATCH_UP_SLICE_MS = 1;

/**
 * The Merkle log kept beside a store: fed from the store's global order (catch-up, then live), it signs
 * checkpoints and records them, with key rotations, in the EVIDENCE_STREAM, and answers proofs. Only
 * hashes and positions stay in memory; envelopes are read from the store when an export needs them.
 */
export class EvidenceLedger {
  readonly log: EvidenceLog;
  private currentSigner: NoteSigner;
  private subscription: Subscription | null = null;
  private readonly checkpointList: RecordedCheckpoint[] = [];
  private readonly rotationList: KeyRotationData[] = [];
  private readonly signedSizes = new Set<number>();
  private waiters: Waiter[] = [];
  private readonly pacer = new CooperativePacer(CATCH_UP_SLICE_MS);

  readonly secret: Uint8Array;

  constructor(
    readonly store: EventStore,
    keys: EvidenceKeys,
    private readonly options: EvidenceLedgerOptions,
  ) {
    this.secret = keys.secret;
    this.log = new EvidenceLog(keys.secret);
    this.currentSigner = keys.signer;
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

  get rotations(): readonly string[] {
    return this.rotationList.map((rotation) => rotation.statement);
  }

  async start(): Promise<void> {
    // Checkpoints already recorded are known before catch-up replays the meetings that caused them.
    for (const event of await this.store.readStream(EVIDENCE_STREAM)) {
      if (event.type === 'CheckpointSigned') this.signedSizes.add(Number(event.data.size));
    }
    this.subscription = this.store.subscribeToAll(0, (event) => this.onEvent(event));
  }

  async stop(): Promise<void> {
    await this.subscription?.close();
    this.subscription = null;
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

  /** Records a statement signed by the old and the new key, then signs with the new key from now on. */
  async rotateKey(next: NoteSigner): Promise<string> {
    const statement = signKeyRotation(this.currentSigner, next);
    const data: KeyRotationData = { statement, from: verifierKeyOf(this.currentSigner), to: verifierKeyOf(next) };
    const result = await this.store.append(EVIDENCE_STREAM, 'any', [this.evidenceEvent('SigningKeyRotated', data, `key-rotation/${randomUUID()}`)]);
    this.currentSigner = next;
    await this.reach(result.lastGlobalPosition);
    return statement;
  }

  private async onEvent(event: RecordedEvent): Promise<void> {
    await this.pacer.pace();
    this.log.append(event);
    if (event.streamId === EVIDENCE_STREAM) this.noteEvidenceEvent(event);
    if (this.options.signAfterMeetings && event.type === 'MeetingHeld' && !this.signedSizes.has(this.log.size)) {
      await this.recordCheckpoint(this.log.size);
    }
    const reached = this.waiters.filter((waiter) => waiter.position <= event.globalPosition);
    this.waiters = this.waiters.filter((waiter) => waiter.position > event.globalPosition);
    reached.forEach((waiter) => waiter.resolve());
  }

  private noteEvidenceEvent(event: RecordedEvent): void {
    if (event.type === 'SigningKeyRotated') this.rotationList.push(event.data as KeyRotationData);
    if (event.type !== 'CheckpointSigned') return;
    const checkpoint = { ...(event.data as Omit<RecordedCheckpoint, 'recordedAt'>), recordedAt: event.metadata.recordedAt };
    this.signedSizes.add(checkpoint.size);
    this.checkpointList.push(checkpoint);
  }

  /** Returns the global position of the recorded checkpoint event. */
  private async recordCheckpoint(size: number): Promise<number> {
    const root = this.log.tree.root(size);
    const note = signCheckpoint({ origin: this.origin, size, root, extensions: [] }, [this.currentSigner]);
    const data = { origin: this.origin, size, rootHash: toHex(root), keyId: this.keyId, note };
    this.signedSizes.add(size);
    // One checkpoint per size and key: signing the same again (a restart, the CLI beside the API) appends nothing.
    const result = await this.store.append(EVIDENCE_STREAM, 'any', [this.evidenceEvent('CheckpointSigned', data, `checkpoint/${size}/${this.keyId}`)]);
    return result.lastGlobalPosition;
  }

  private evidenceEvent(type: string, data: Record<string, unknown>, commandId: string): NewEvent {
    const now = this.options.now();
    const metadata = {
      occurredOn: now.slice(0, 10), recordedAt: now, recordedBy: EVIDENCE_RECORDER, commandId, correlationId: commandId, causationId: commandId,
      sources: [], classification: { level: 'public' as const },
    };
    return { type, schemaVersion: 1, data, metadata };
  }
}
