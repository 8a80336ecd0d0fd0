import { TEST_EVENT_IDS } from '@ledger/event-store/testing';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NegotiationErrorCode, type NegotiationCommand } from '@ledger/domain';
import { findRecordedChainBreak, InMemoryEventStore } from '@ledger/event-store';
import type { CommandEnvelope } from './command-envelope';
import { handleNegotiationCommand } from './handle-negotiation-command';
import { StreamCache } from './stream-cache';
import {
  ERASED_PERSONAL_DATA,
  eraseSubject,
  PERSONAL_DATA_STREAM,
  revealEvent,
  SEALED_PREFIX,
  SqliteSubjectKeyVault,
  UNREADABLE_PERSONAL_DATA,
} from '@ledger/personal-data';

const metadata = { now: '2025-03-17T18:00:00.000Z', occurredOn: '2025-03-17', recordedBy: 'griffier' };
const STREAM = 'negotiation-vjn-2025';
const open: NegotiationCommand = {
  type: 'OpenNegotiation',
  data: { negotiationId: 'vjn-2025', title: 'Voorjaarsnota 2025', description: '' },
  metadata,
};
const admitVng: NegotiationCommand = {
  type: 'AdmitParty',
  data: {
    negotiationId: 'vjn-2025',
    partyId: 'vng',
    name: 'VNG',
    kind: 'vng',
    delegation: ['Voorzitter VNG', 'Jan Jansen'],
  },
  metadata,
};
const envelope = (commandId: string, personalData: CommandEnvelope['personalData'] = []): CommandEnvelope => ({
  commandId,
  sources: [],
  classification: { level: 'parties' },
  personalData,
});
const janMarked = [{ field: 'delegation[1]', subjectId: 'person-jan' }];
const erasure = {
  subjectId: 'person-jan',
  reason: 'Verzoek tot wissing (AVG art. 17)',
  recordedBy: 'beheerder',
  now: '2026-01-05T09:00:00.000Z',
};

describe('personal data: sealed on the write path, revealed on reading, erased by destroying the key', () => {
  let store: InMemoryEventStore;
  let vault: SqliteSubjectKeyVault;
  let record: (command: NegotiationCommand, env: CommandEnvelope) => ReturnType<typeof handleNegotiationCommand>;
  const delegationRead = async () => {
    const [, joined] = await store.readStream(STREAM);
    return revealEvent(joined, (keyId) => vault.keyById(keyId)).data.delegation;
  };

  beforeEach(async () => {
    store = new InMemoryEventStore();
    vault = SqliteSubjectKeyVault.open(':memory:');
    const streams = new StreamCache(store);
    record = (command, env) =>
      handleNegotiationCommand({ store, streams, eventIds: TEST_EVENT_IDS, personalData: vault }, command, env);
    await record(open, envelope('open'));
  });

  afterEach(() => vault.close());

  it('stores only the sealed text, bound to its subject, and reads it back in the clear', async () => {
    await record(admitVng, envelope('admit-vng', janMarked));
    const [, joined] = await store.readStream(STREAM);
    const [chair, jan] = joined.data.delegation as string[];
    expect(chair).toBe('Voorzitter VNG');
    expect(jan.startsWith(`${SEALED_PREFIX}person-jan:`)).toBe(true);
    expect(JSON.stringify(joined)).not.toContain('Jan Jansen');
    expect(await delegationRead()).toEqual(['Voorzitter VNG', 'Jan Jansen']);
  });

  it('shows the text as erased after the erasure, adds only SubjectErased, and leaves every chain intact', async () => {
    await record(admitVng, envelope('admit-vng', janMarked));
    const before = await store.readAll();
    const result = await eraseSubject(store, vault, erasure);
    expect(result).toMatchObject({ subjectId: 'person-jan', erasedAt: erasure.now, duplicate: false });
    expect(await delegationRead()).toEqual(['Voorzitter VNG', ERASED_PERSONAL_DATA]);
    const after = await store.readAll();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).map((event) => [event.streamId, event.type, event.data.subjectId])).toEqual([
      [PERSONAL_DATA_STREAM, 'SubjectErased', 'person-jan'],
    ]);
    expect(findRecordedChainBreak(await store.readStream(STREAM))).toBeNull();
    expect(findRecordedChainBreak(await store.readStream(PERSONAL_DATA_STREAM))).toBeNull();
  });

  it('answers a second erasure with the first record and records nothing more', async () => {
    await record(admitVng, envelope('admit-vng', janMarked));
    const first = await eraseSubject(store, vault, erasure);
    const again = await eraseSubject(store, vault, { ...erasure, now: '2026-02-01T09:00:00.000Z' });
    expect(again).toEqual({ ...first, duplicate: true });
    expect(await store.readStream(PERSONAL_DATA_STREAM)).toHaveLength(1);
  });

  it('refuses to erase a subject it holds nothing of, and to record more about an erased one', async () => {
    await expect(eraseSubject(store, vault, { ...erasure, subjectId: 'person-unknown' })).rejects.toMatchObject({
      code: NegotiationErrorCode.NotFound,
      field: 'subjectId',
    });
    await record(admitVng, envelope('admit-vng', janMarked));
    await eraseSubject(store, vault, erasure);
    const ipo = {
      ...admitVng,
      data: { ...admitVng.data, partyId: 'ipo', name: 'IPO', kind: 'ipo', delegation: ['Jan Jansen'] },
    } as NegotiationCommand;
    await expect(
      record(ipo, envelope('admit-ipo', [{ field: 'delegation[0]', subjectId: 'person-jan' }])),
    ).rejects.toMatchObject({ field: 'personalData[0].subjectId' });
  });

  it.each([
    ['an identifier', { field: 'partyId', subjectId: 'person-jan' }, 'personalData[0].field'],
    ['a path to nothing', { field: 'delegation[5]', subjectId: 'person-jan' }, 'personalData[0].field'],
    ['a subject id with a separator', { field: 'delegation[1]', subjectId: 'person:jan' }, 'personalData[0].subjectId'],
  ])('refuses a mark on %s and writes nothing', async (_, mark, field) => {
    await expect(record(admitVng, envelope('admit-vng', [mark]))).rejects.toMatchObject({
      code: NegotiationErrorCode.InvalidInput,
      field,
    });
    expect(await store.headPosition()).toBe(1);
  });

  it('refuses input that reads as sealed personal data', async () => {
    const forged = {
      ...admitVng,
      data: { ...admitVng.data, delegation: [`${SEALED_PREFIX}person-x:${'0'.repeat(32)}:AAAA`] },
    } as NegotiationCommand;
    await expect(record(forged, envelope('admit-forged'))).rejects.toMatchObject({ field: 'delegation[0]' });
  });

  it('shows a sealed text whose key this vault never held as unreadable', async () => {
    await record(admitVng, envelope('admit-vng', janMarked));
    const [, joined] = await store.readStream(STREAM);
    expect(revealEvent(joined, () => undefined).data.delegation).toEqual(['Voorzitter VNG', UNREADABLE_PERSONAL_DATA]);
  });
});

describe('the embedded key vault', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-vault-'));
  const file = join(dir, 'personal-data-keys.sqlite');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps its file private, and leaves no byte of a destroyed key in it', () => {
    const vault = SqliteSubjectKeyVault.open(file);
    const key = vault.keyForSealing('person-jan');
    if (key === 'erased') throw new Error('a new subject has a key');
    expect(readFileSync(file).includes(key.key)).toBe(true);
    vault.destroy('person-jan', '2026-01-05T09:00:00.000Z');
    vault.close();
    expect(readFileSync(file).includes(key.key)).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const reopened = SqliteSubjectKeyVault.open(file);
    expect(reopened.keyById(key.keyId)).toBe('erased');
    expect(reopened.statusOf('person-jan')).toEqual({
      subjectId: 'person-jan',
      keyId: key.keyId,
      erasedAt: '2026-01-05T09:00:00.000Z',
    });
    reopened.close();
  });
});
