import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import {
  DOCUMENTS,
  JZ2020,
  MONEY_FIELDS,
  RealRecord,
  SHIPPED_DOCUMENTS,
  SOURCE_FIELDS,
  VJN2025,
  type Money,
  type Source,
} from './support/real-record';

/**
 * Questions a legal team asks of the shipped record: disputes and their escalation, rulings, resolutions,
 * where a statement comes from, who recorded it and whether the hash chain holds, the order of events.
 * Delegation questions are in real-record-questions.e2e.spec.ts.
 */

type LedgerEvent = {
  eventId: string;
  streamId: string;
  revision: number;
  globalPosition: string;
  type: string;
  schemaVersion: number;
  data: Record<string, unknown>;
  occurredOn: string;
  recordedAt: string;
  recordedBy: string;
  commandId: string;
  correlationId: string;
  causationId: string;
  sources: (Source & {
    page: number | null;
    location: { start: number; end: number; page: number | null; exact: boolean } | null;
    locatedWhenRecorded: boolean;
  })[];
  classification: { level: string; party: string | null };
  prevHash: string;
  hash: string;
  hashedJson: string;
};
type Page = {
  totalCount: number;
  edges: { node: LedgerEvent }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

const EVENT_FIELDS = `eventId streamId revision globalPosition type schemaVersion data occurredOn recordedAt recordedBy commandId correlationId causationId
  sources { quote page paragraph document { title issuer date kenmerk sha256 } location { start end page exact } locatedWhenRecorded } classification { level party } prevHash hash hashedJson`;
const AUDIT_TRAIL = `query Trail($entityId: ID!, $first: Int, $after: String, $minPosition: String) {
  auditTrail(entityId: $entityId, first: $first, after: $after, minPosition: $minPosition) {
    totalCount edges { node { ${EVENT_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;

/** Drops the nulls GraphQL adds for absent optional fields, so an envelope reads as it was stored. */
const withoutNulls = <T extends object>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null));

/**
 * The README's money rule, written out here apart from the service: in `data`, each number under a key
 * ending in `Cents` (or in a list under one) is served as its decimal string.
 */
function moneyAsText(value: unknown, money = false): unknown {
  if (typeof value === 'number') return money ? String(value) : value;
  if (Array.isArray(value)) return value.map((item) => moneyAsText(item, money));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [key, moneyAsText(field, key.endsWith('Cents'))]),
  );
}

/**
 * Checks an event as README says a client does: SHA-256(prevHash || hashedJson) is its hash, and hashedJson
 * (RFC 8785 canonical JSON of the event without its hash and global position, exactly as stored) says what
 * the served fields say, with data's amounts as the numbers the served decimal strings write out. Returns
 * the recomputed hash.
 */
function recomputedHash(event: LedgerEvent): string {
  const { occurredOn, recordedAt, recordedBy, commandId, correlationId, causationId } = event;
  const metadata = {
    occurredOn,
    recordedAt,
    recordedBy,
    commandId,
    correlationId,
    causationId,
    sources: event.sources.map(({ document, location, locatedWhenRecorded, ...citation }) => ({
      ...withoutNulls(citation),
      document: withoutNulls(document),
      // A location found when the source was recorded is part of what was hashed; one found on reading is not.
      ...(locatedWhenRecorded ? { location: withoutNulls(location!) } : {}),
    })),
    classification: withoutNulls({ ...event.classification, level: event.classification.level.toLowerCase() }),
  };
  const { eventId, streamId, revision, type, schemaVersion, prevHash } = event;
  const hashed = JSON.parse(event.hashedJson) as Record<string, unknown>;
  expect(canonicalize(hashed)).toBe(event.hashedJson);
  expect({ ...hashed, data: moneyAsText(hashed.data) }).toEqual({
    eventId,
    streamId,
    revision,
    type,
    schemaVersion,
    data: event.data,
    metadata,
    prevHash,
  });
  return createHash('sha256')
    .update(prevHash + event.hashedJson)
    .digest('hex');
}

describe('questions a legal team asks of the real record, through GraphQL over HTTP', () => {
  const record = new RealRecord();

  const auditTrail = async (entityId: string, page: { first?: number; after?: string } = {}) =>
    (await record.ask<{ auditTrail: Page }>(AUDIT_TRAIL, { entityId, minPosition: record.head, ...page })).auditTrail;

  beforeAll(() => record.start());
  afterAll(() => record.destroy());

  it('what is the dispute about compensating the 2023/2024 shortfalls, and has VNG gone to court over it?', async () => {
    const { negotiation } = await record.ask<{
      negotiation: {
        disputes: {
          disputeId: string;
          raisedBy: string;
          raisedOn: string;
          status: string;
          financialTerms: Money[];
          escalations: unknown[];
          announcedEscalations: {
            announcedBy: string;
            forum: string;
            forumName: string;
            condition: string;
            on: string;
          }[];
        }[];
        positions: { positionId: string; stance: string; reasons: string[] }[];
      };
    }>(`{ negotiation(negotiationId: "${VJN2025}") {
      disputes { disputeId raisedBy raisedOn status financialTerms { ${MONEY_FIELDS} } escalations { forum } announcedEscalations { announcedBy forum forumName condition on } }
      positions { positionId stance reasons } } }`);
    const [dispute] = negotiation.disputes;
    expect(negotiation.disputes).toHaveLength(1);
    expect(dispute).toMatchObject({
      disputeId: 'vjn2025-dispute-compensatie-2023-2024',
      raisedBy: 'vjn2025-party-vng',
      raisedOn: '2025-04-16',
      status: 'open',
    });
    expect(dispute.financialTerms).toEqual([
      expect.objectContaining({
        asSaid: 'Compensatie 50% tekorten 2023/2024 (€ 728 mln)',
        amountCents: '72800000000',
        amountEuro: '728000000.00',
        kind: 'COMPENSATION',
      }),
    ]);
    // Announced, not started: the documents say "anders: civielrechtelijke procedure", a threat with a condition.
    expect(dispute.escalations).toEqual([]);
    expect(dispute.announcedEscalations).toEqual([
      {
        announcedBy: 'vjn2025-party-vng',
        forum: 'CIVIELRECHTELIJKE_PROCEDURE',
        forumName: 'Civielrechtelijke procedure voor volledige bedrag',
        condition: expect.stringContaining('anders: civielrechtelijke procedure'),
        on: '2025-05-07',
      },
    ]);
    expect(
      negotiation.positions.find((position) => position.positionId === 'vjn2025-position-vng-compensatie-of-procedure'),
    ).toEqual({
      positionId: 'vjn2025-position-vng-compensatie-of-procedure',
      stance: 'CONDITIONAL',
      reasons: [
        'te bezien in augustus, toezegging brief MP; anders: civielrechtelijke procedure voor volledige bedrag',
      ],
    });

    // The letter to the MP about the procedure is shared between the parties, not public; it underlies the dispute.
    const trail = await auditTrail(dispute.disputeId);
    expect(trail.edges.map(({ node }) => [node.type, node.occurredOn, node.classification.level])).toEqual([
      ['DisputeRaised', '2025-04-16', 'PUBLIC'],
      ['EscalationAnnounced', '2025-05-07', 'PARTIES'],
      ['DocumentIssued', '2025-05-07', 'PARTIES'],
    ]);
  });

  it('what did the Commissie van Wijzen rule in June 2021, and what did the cabinet free for 2021 and 2022?', async () => {
    const { negotiation } = await record.ask<{
      negotiation: {
        rulings: {
          rulingId: string;
          kind: string;
          bindingness: string;
          binding: boolean | null;
          issuedOn: string;
          disputeId: string | null;
          financialTerms: Money[];
          sources: Source[];
        }[];
        decisions: { decisionId: string; financialTerms: Money[] }[];
        agreements: { agreementId: string; financialTerms: Money[] }[];
        disputes: {
          disputeId: string;
          status: string;
          escalations: { forum: string; forumName: string }[];
          settlement: { agreementId: string; rulingId: string; on: string } | null;
        }[];
      };
    }>(`{ negotiation(negotiationId: "${JZ2020}") {
      rulings { rulingId kind bindingness binding issuedOn disputeId financialTerms { ${MONEY_FIELDS} } ${SOURCE_FIELDS} }
      decisions { decisionId financialTerms { ${MONEY_FIELDS} } }
      agreements { agreementId financialTerms { ${MONEY_FIELDS} } }
      disputes { disputeId status escalations { forum forumName } settlement { agreementId rulingId on } } } }`);
    const ruling = negotiation.rulings.find((row) => row.rulingId === 'jz2020-2022-ruling-commissie-van-wijzen-2021')!;
    expect(ruling).toMatchObject({
      kind: 'UITSPRAAK',
      bindingness: 'UNKNOWN',
      binding: null,
      issuedOn: '2021-06-01',
      disputeId: 'jz2020-2022-dispute-structureel-benodigd-budget',
    });
    expect(
      ruling.financialTerms.map(({ asSaid, amountCents, kind, fromYear, toYear }) => ({
        asSaid,
        amountCents,
        kind,
        fromYear,
        toYear,
      })),
    ).toEqual([
      {
        asSaid: 'Rijk moet gemeenten vanaf 2021 compenseren (2021: € 1,7 miljard euro)',
        amountCents: '170000000000',
        kind: 'COMPENSATION',
        fromYear: 2021,
        toYear: null, // "vanaf 2021": a breakdown per year that names 2021 only
      },
      {
        asSaid: 'Een eerste inschatting van besparingspotentieel van € 1 miljard',
        amountCents: '100000000000',
        kind: 'SAVING',
        fromYear: 2021,
        toYear: null,
      },
    ]);
    expect(ruling.sources.map((source) => source.quote)).toContain(
      'Rijk dient feitelijke tekorten te dekken, indien gemeenten zich voldoende inspannen.',
    );

    const for2021 = negotiation.decisions.find(
      (decision) => decision.decisionId === 'jz2020-2022-decision-613-mln-2021',
    )!.financialTerms;
    expect(for2021).toEqual([
      expect.objectContaining({
        asSaid: 'eind april € 613 miljoen vrijgemaakt voor 2021',
        amountCents: '61300000000',
        fromYear: 2021,
        toYear: 2021,
      }),
    ]);
    const for2022 = negotiation.agreements.find(
      (agreement) => agreement.agreementId === 'jz2020-2022-agreement-bestuurlijke-afspraken-juni-2021',
    )!.financialTerms;
    expect(for2022).toEqual([
      expect.objectContaining({
        amountCents: '131400000000',
        amountEuro: '1314000000.00',
        fromYear: 2022,
        toYear: 2022,
      }),
    ]);

    expect(negotiation.disputes.find((dispute) => dispute.disputeId === ruling.disputeId)).toEqual({
      disputeId: ruling.disputeId,
      status: 'settled',
      escalations: [{ forum: 'ARBITRAGE', forumName: 'Commissie van Wijzen' }],
      settlement: {
        agreementId: 'jz2020-2022-agreement-bestuurlijke-afspraken-juni-2021',
        rulingId: ruling.rulingId,
        on: '2021-06-01',
      },
    });
  });

  it('what did the VNG members resolve on 13 January 2022?', async () => {
    const { negotiation } = await record.ask<{
      negotiation: {
        resolutions: {
          resolutionId: string;
          body: string;
          text: string;
          bindsParty: string;
          adoptedOn: string;
          sources: Source[];
        }[];
        meetings: { meetingId: string; kind: string; status: string; heldOn: string | null }[];
      };
    }>(`{ negotiation(negotiationId: "${JZ2020}") {
      resolutions { resolutionId body text bindsParty adoptedOn ${SOURCE_FIELDS} } meetings { meetingId kind status heldOn } } }`);
    const resolution = negotiation.resolutions.find((row) => row.adoptedOn === '2022-01-13')!;
    expect(resolution).toMatchObject({
      resolutionId: 'jz2020-2022-resolution-alv-2022-01-13',
      body: 'Algemene ledenvergadering VNG 13 januari 2022 (unaniem)',
      bindsParty: 'jz2020-2022-party-vng',
      text: 'Gemeenten willen pas weer meewerken aan de Hervormingsagenda Jeugd als het kabinet afspraken wil maken over het volledig uitvoeren van de uitspraak van de arbitragecommissie.',
    });
    expect(resolution.sources.map((source) => source.document)).toContainEqual(DOCUMENTS.regionaleNotitie);
    expect(negotiation.meetings.find((meeting) => meeting.meetingId === 'jz2020-2022-meeting-alv-2022-01-13')).toEqual({
      meetingId: 'jz2020-2022-meeting-alv-2022-01-13',
      kind: 'ALV',
      status: 'held',
      heldOn: '2022-01-13',
    });
  });

  it('where do the "€ 424 miljoen" outcome and the "niet of, maar hoe" agreement come from: which document, and in which words?', async () => {
    const { negotiation } = await record.ask<{
      negotiation: { agreements: { agreementId: string; sources: Source[] }[] };
    }>(`{ negotiation(negotiationId: "${VJN2025}") { agreements { agreementId ${SOURCE_FIELDS} } } }`);
    const sourcesOf = (agreementId: string) =>
      negotiation.agreements.find((agreement) => agreement.agreementId === agreementId)!.sources;
    expect(sourcesOf('vjn2025-agreement-demping-ravijn-424-mln')).toEqual([
      {
        document: DOCUMENTS.voorjaarsnota,
        quote: 'Demping ravijn, vanaf 2026 met structureel geld, oplopend tot € 424 miljoen',
        paragraph: expect.any(String),
      },
    ]);
    expect(sourcesOf('vjn2025-agreement-niet-of-maar-hoe')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          document: DOCUMENTS.ledenbrief,
          quote: expect.stringContaining('(‘niet of, maar hoe’)'),
        }),
        expect.objectContaining({
          document: DOCUMENTS.voorjaarsnota,
          quote: 'Bekrachtiging van eerdere uitspraak ‘niet of, maar hoe’',
        }),
      ]),
    );
    expect(sourcesOf('vjn2025-agreement-circa-3-miljard-2025-2027')).toContainEqual(
      expect.objectContaining({
        document: DOCUMENTS.afsprakendocument,
        quote: expect.stringContaining(
          'Er komt in de jaren 2025-2027 cumulatief circa 3 miljard euro extra beschikbaar',
        ),
      }),
    );
  });

  it('who recorded the € 424 mln agreement and when, and does its hash recompute and link into the chain?', async () => {
    const trail = await auditTrail('vjn2025-agreement-demping-ravijn-424-mln');
    expect(trail.totalCount).toBe(1);
    const [{ node: event }] = trail.edges;
    expect(event).toMatchObject({
      type: 'AgreementReached',
      streamId: `negotiation-${VJN2025}`,
      occurredOn: '2025-04-16',
      recordedBy: 'ledger-seed',
      commandId: 'vjn2025-agreement-demping-ravijn-424-mln/reach-agreement',
      classification: { level: 'PUBLIC', party: null },
    });
    expect(Date.parse(event.recordedAt)).not.toBeNaN();
    expect(event.data).toMatchObject({
      financialTerms: [expect.objectContaining({ amountCents: '42400000000', basis: 'rising-to' })],
    });
    expect(recomputedHash(event)).toBe(event.hash);

    const stream = await auditTrail(VJN2025, { first: 100 });
    const previous = stream.edges.find(({ node }) => node.revision === event.revision - 1)!.node;
    expect(event.prevHash).toBe(previous.hash);
    expect(recomputedHash(previous)).toBe(previous.hash);
  });

  it('does the hash chain of the whole Voorjaarsnota 2025 negotiation hold, read page by page?', async () => {
    const events: LedgerEvent[] = [];
    let after: string | undefined;
    do {
      const page = await auditTrail(VJN2025, { first: 25, after });
      expect(page.totalCount).toBe(73);
      events.push(...page.edges.map((edge) => edge.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : undefined;
    } while (after);
    expect(events.map((event) => event.revision)).toEqual([...Array(73).keys()]);
    events.forEach((event, index) => {
      expect(event.prevHash).toBe(index === 0 ? '0'.repeat(64) : events[index - 1].hash);
      expect(recomputedHash(event)).toBe(event.hash);
    });
  });

  it('in what order did the Voorjaarsnota 2025 talks unfold in the world, whatever the order of recording?', async () => {
    const { negotiation } = await record.ask<{
      negotiation: { timeline: { date: string; type: string; entityId: string; globalPosition: string }[] };
    }>(`{ negotiation(negotiationId: "${VJN2025}") { timeline { date type entityId globalPosition } } }`);
    const dates = negotiation.timeline.map((entry) => entry.date);
    expect(dates).toEqual([...dates].sort());
    expect(negotiation.timeline[0]).toMatchObject({ date: '2024-11-28', type: 'NegotiationOpened', entityId: VJN2025 });
    expect(negotiation.timeline.at(-1)).toMatchObject({
      date: '2025-05-15',
      type: 'MeetingScheduled',
      entityId: 'vjn2025-meeting-alv-2025-06-18',
    });
    // The "februari 2027" source was recorded before the dispute, but it dates from the presentation of 15 May.
    const at = (type: string, entityId: string) =>
      negotiation.timeline.findIndex((entry) => entry.type === type && entry.entityId === entityId);
    const attached = at('SourceAttached', 'vjn2025-commitment-oordeel-van-ark-q1-2027');
    const escalated = at('EscalationAnnounced', 'vjn2025-dispute-compensatie-2023-2024');
    expect(attached).toBeGreaterThan(escalated);
    expect(Number(negotiation.timeline[attached].globalPosition)).toBeLessThan(
      Number(negotiation.timeline[escalated].globalPosition),
    );
    const meetings = negotiation.timeline.filter((entry) => entry.type === 'MeetingHeld').map((entry) => entry.date);
    expect(meetings).toEqual([
      '2024-11-28',
      '2025-03-17',
      '2025-03-21',
      '2025-03-28',
      '2025-04-04',
      '2025-04-16',
      '2025-04-18',
      '2025-04-22',
      '2025-04-24',
    ]);
  });

  it('which negotiations does the ledger hold, and how many entries has each?', async () => {
    const { negotiations, events } = await record.ask<{
      negotiations: {
        totalCount: number;
        edges: { node: { negotiationId: string; openedOn: string; eventCount: number } }[];
      };
      events: { totalCount: number };
    }>(
      `query Held($head: String) { negotiations(minPosition: $head) { totalCount edges { node { negotiationId openedOn eventCount } } }
      events(first: 0, minPosition: $head) { totalCount } }`,
      { head: record.head },
    );
    expect(negotiations.edges.map((edge) => edge.node)).toEqual([
      { negotiationId: JZ2020, openedOn: '2020-01-01', eventCount: 45 },
      { negotiationId: VJN2025, openedOn: '2024-11-28', eventCount: 73 },
    ]);
    // The five stored source documents are in the log too, as the ledger's own events, shown to its admins only.
    expect(events.totalCount).toBe(Number(record.head) - SHIPPED_DOCUMENTS);
  });

  it('which agreements were reached on 16 April 2025, according to the global log?', async () => {
    const { events } = await record.ask<{ events: Page }>(
      `query Log($head: String) { events(filter: { types: ["AgreementReached"], occurredFrom: "2025-04-16", occurredTo: "2025-04-16" }, first: 100, minPosition: $head) {
        totalCount edges { node { ${EVENT_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
      { head: record.head },
    );
    expect(events.totalCount).toBe(17);
    expect(
      events.edges.every(
        ({ node }) =>
          node.type === 'AgreementReached' &&
          node.occurredOn === '2025-04-16' &&
          node.streamId === `negotiation-${VJN2025}`,
      ),
    ).toBe(true);
    expect(events.edges.map(({ node }) => node.data.agreementId)).toContain('vjn2025-agreement-demping-ravijn-424-mln');
  });
});
