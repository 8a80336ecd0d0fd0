import { findRecordedChainBreak, SqliteEventStore, type RecordedEvent } from '@ledger/event-store';
import { fromHex, verifyDossier, verifyInclusion, type Dossier } from '@ledger/evidence';
import { join } from 'node:path';
import { LedgerTestApp, type TestCaller } from './support/ledger-app';
import { record } from './support/mutations';

const NEGOTIATION = 'vjn2025-persoonsgegevens';
const JAN = 'Jan Jansen';
const ERASED = '[gewist]';
const recorder: TestCaller = { sub: 'griffier-vng', party: 'vng', role: 'recorder' };
const erasure = `mutation Erase($input: EraseSubjectInput!) { eraseSubject(input: $input) { subjectId eventId erasedAt globalPosition duplicate } }`;
const pictureQuery = `{
  negotiation(negotiationId: "${NEGOTIATION}") { parties { partyId delegation } timeline { label } }
  agreedState(negotiationId: "${NEGOTIATION}", asOf: "2025-04-16") { commitments { open { description } } }
  auditTrail(entityId: "vng") { edges { node { eventId type data hashedJson } } }
}`;

type Picture = {
  negotiation: { parties: { partyId: string; delegation: string[] }[]; timeline: { label: string }[] };
  agreedState: { commitments: { open: { description: string }[] } };
  auditTrail: {
    edges: { node: { eventId: string; type: string; data: { delegation?: string[] }; hashedJson: string } }[];
  };
};

/** What a reader is told about Jan, in each kind of answer. */
function janIn(picture: Picture) {
  const joined = picture.auditTrail.edges.find((edge) => edge.node.type === 'PartyJoined')!.node;
  return {
    delegation: picture.negotiation.parties.find((party) => party.partyId === 'vng')!.delegation,
    commitment: picture.agreedState.commitments.open.map((commitment) => commitment.description),
    timeline: picture.negotiation.timeline.some((line) => line.label.includes(JAN)),
    eventData: joined.data.delegation,
    hashedJson: joined.hashedJson,
  };
}

describe('personal data over GraphQL: sealed per person, erased by eraseSubject, every hash and proof intact', () => {
  const ledger = new LedgerTestApp();
  const bytes = (hex: string) => fromHex(hex)!;
  const readAll = async (): Promise<RecordedEvent[]> => {
    const store = SqliteEventStore.open({ filename: join(ledger.dataDir, 'ledger.sqlite') });
    try {
      return await store.readAll();
    } finally {
      await store.close();
    }
  };
  const picture = async () => {
    const response = await ledger.graphql<Picture>(pictureQuery);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  beforeAll(async () => {
    await ledger.start();
    const at = { negotiationId: NEGOTIATION, occurredOn: '2025-03-17' };
    await record(ledger, 'openNegotiation', 'OpenNegotiationInput', {
      ...at,
      title: 'Persoonsgegevens in het dossier',
    });
    await record(ledger, 'admitParty', 'AdmitPartyInput', {
      ...at,
      partyId: 'vng',
      name: 'VNG',
      kind: 'VNG',
      delegation: ['Voorzitter VNG', JAN],
      personalData: [{ field: 'delegation[1]', subjectId: 'person-jan' }],
    });
    await record(ledger, 'makeCommitment', 'MakeCommitmentInput', {
      ...at,
      commitmentId: 'vng-brief',
      owedBy: ['vng'],
      description: `${JAN} stuurt de ledenbrief`,
      due: { asSaid: 'eind 2025', precision: 'YEAR', anchor: '2025' },
      personalData: [{ field: 'description', subjectId: 'person-jan' }],
    });
  }, 60_000);

  afterAll(() => ledger.destroy());

  it('stores only ciphertext, reads the name back for those who may see it, and refuses erasure to anyone but an admin', async () => {
    const before = janIn(await picture());
    expect(before).toMatchObject({
      delegation: ['Voorzitter VNG', JAN],
      commitment: [`${JAN} stuurt de ledenbrief`],
      timeline: true,
      eventData: ['Voorzitter VNG', JAN],
    });
    expect(before.hashedJson).not.toContain(JAN);
    expect(JSON.stringify(await readAll())).not.toContain('Jansen');
    const refused = await ledger.graphql(
      erasure,
      { input: { subjectId: 'person-jan', reason: 'Verzoek tot wissing' } },
      recorder,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknown = await ledger.graphql(erasure, {
      input: { subjectId: 'person-nobody', reason: 'Verzoek tot wissing' },
    });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'subjectId' });
  });

  it('erases the name from every answer, adds only SubjectErased, and keeps every chain, proof and dossier valid', async () => {
    const signed = await ledger.graphql<{ signCheckpoint: { size: number; rootHash: string } }>(
      'mutation { signCheckpoint { size rootHash } }',
    );
    const checkpoint = signed.data!.signCheckpoint;
    const shownBefore = janIn(await picture());
    const eventsBefore = await readAll();

    const first = await ledger.graphql<{ eraseSubject: { eventId: string; duplicate: boolean } }>(erasure, {
      input: { subjectId: 'person-jan', reason: 'Verzoek tot wissing (AVG art. 17)' },
    });
    expect(first.data!.eraseSubject.duplicate).toBe(false);
    const again = await ledger.graphql<{ eraseSubject: { eventId: string; duplicate: boolean } }>(erasure, {
      input: { subjectId: 'person-jan', reason: 'Nogmaals' },
    });
    expect(again.data!.eraseSubject).toEqual({ ...first.data!.eraseSubject, duplicate: true });

    const shownAfter = janIn(await picture());
    expect(shownAfter).toEqual({
      ...shownBefore,
      delegation: ['Voorzitter VNG', ERASED],
      commitment: [ERASED],
      timeline: false,
      eventData: ['Voorzitter VNG', ERASED],
    });

    const eventsAfter = await readAll();
    expect(eventsAfter.slice(0, eventsBefore.length)).toEqual(eventsBefore);
    const added = eventsAfter.slice(eventsBefore.length).filter((event) => event.streamId !== 'readaudit-log');
    expect(added.map((event) => [event.streamId, event.type, event.eventId])).toEqual([
      ['personaldata-erasures', 'SubjectErased', first.data!.eraseSubject.eventId],
    ]);
    for (const streamId of new Set(eventsAfter.map((event) => event.streamId))) {
      expect(findRecordedChainBreak(eventsAfter.filter((event) => event.streamId === streamId))).toBeNull();
    }

    const joinedId = eventsBefore.find((event) => event.type === 'PartyJoined')!.eventId;
    const proof = await ledger.graphql<{
      inclusionProof: { leafIndex: number; leafHash: string; auditPath: string[] };
    }>(`{ inclusionProof(eventId: "${joinedId}", treeSize: ${checkpoint.size}) { leafIndex leafHash auditPath } }`);
    const { leafIndex, leafHash, auditPath } = proof.data!.inclusionProof;
    expect(
      verifyInclusion(leafIndex, checkpoint.size, bytes(leafHash), auditPath.map(bytes), bytes(checkpoint.rootHash)),
    ).toBe(true);
    const chain = await ledger.graphql<{ verifyChain: { intact: boolean } }>(
      `{ verifyChain(negotiationId: "${NEGOTIATION}") { intact } }`,
    );
    expect(chain.data!.verifyChain.intact).toBe(true);
    const dossier = (await ledger.graphql<{ dossier: Dossier }>(`{ dossier(negotiationId: "${NEGOTIATION}") }`)).data!
      .dossier;
    expect(verifyDossier(dossier, dossier.publicKeys).verdict).toBe('PASS');
    expect(JSON.stringify(dossier)).not.toContain('Jansen');
  });

  it('records nothing more about an erased person', async () => {
    const response = await ledger.graphql(
      'mutation Record($input: TakePositionInput!) { takePosition(input: $input) { revision } }',
      {
        input: {
          negotiationId: NEGOTIATION,
          occurredOn: '2025-04-16',
          positionId: 'vng-p',
          partyId: 'vng',
          topic: 'brief',
          stance: 'SUPPORTS',
          reasons: [JAN],
          personalData: [{ field: 'reasons[0]', subjectId: 'person-jan' }],
        },
      },
    );
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'personalData[0].subjectId',
    });
  });
});
