import { on, stored } from '../testing/decider-specification';
import {
  BOD_KABINET,
  commitmentMade,
  entryCorrected,
  OPLOPEND_TOT_424_MLN,
  positionTaken,
  proposalTabled,
  STANDPUNT_VNG,
  TOEZEGGING_AUGUSTUS,
  VNG,
  withTheCabinetsOffer,
} from '../testing/negotiation.fixtures';
import { period } from '../shared/period';
import { effectiveHistory } from './effective-history';

const offer = 'e5';
const offerOf400 = [{ ...OPLOPEND_TOT_424_MLN, asSaid: 'oplopend tot € 400 miljoen', amountCents: 40_000_000_000 }];
const correcting = (patch: Record<string, unknown>, occurredOn: string | null = null) =>
  on('2025-09-01', entryCorrected({ correctedEventId: offer, entityId: BOD_KABINET, patch, occurredOn }));
const effectiveOffer = (...corrections: ReturnType<typeof correcting>[]) =>
  effectiveHistory(stored([...withTheCabinetsOffer(), ...corrections]))[4];

describe('effectiveHistory', () => {
  it('leaves entries without corrections as recorded, marked neither corrected nor retracted', () => {
    const history = effectiveHistory(stored(withTheCabinetsOffer()));
    expect(history[4]).toEqual({
      ...proposalTabled(),
      eventId: offer,
      occurredOn: '2025-03-17',
      occurredAsSaid: null,
      corrected: false,
      retracted: false,
    });
  });

  it('applies a patch to the fields it names and keeps the others', () => {
    expect(effectiveOffer(correcting({ financialTerms: offerOf400 }))).toMatchObject({
      data: { ...proposalTabled().data, financialTerms: offerOf400 },
      corrected: true,
      retracted: false,
    });
  });

  it("reads a correction written before a field was renamed under the field's name today", () => {
    const [corrected] = effectiveHistory(
      stored([
        commitmentMade(),
        entryCorrected({ correctedEventId: 'e1', entityId: TOEZEGGING_AUGUSTUS, patch: { partyId: VNG } }),
      ]),
    );
    expect(corrected.data).toEqual({ ...commitmentMade().data, owedBy: [VNG] });
  });

  it('moves the entry to the corrected date', () => {
    expect(effectiveOffer(correcting({}, '2025-04-18'))).toMatchObject({
      occurredOn: '2025-04-18',
      data: proposalTabled().data,
      corrected: true,
    });
  });

  it('gives the entry the corrected date as said, and keeps it through a later correction of the day alone', () => {
    const voorjaar = period('voorjaar 2025', 'season', '2025-spring');
    const saidAs = on(
      '2025-09-01',
      entryCorrected({ correctedEventId: offer, entityId: BOD_KABINET, occurredAsSaid: voorjaar }),
    );
    expect(effectiveOffer(saidAs, correcting({}, '2025-04-18'))).toMatchObject({
      occurredOn: '2025-04-18',
      occurredAsSaid: voorjaar,
    });
  });

  it('marks a retracted entry void and keeps its data for the audit trail', () => {
    const history = effectiveHistory(
      stored([
        ...withTheCabinetsOffer(),
        positionTaken(),
        entryCorrected({ correctedEventId: 'e6', entityId: STANDPUNT_VNG, retracted: true }),
      ]),
    );
    expect(history[5]).toMatchObject({ data: positionTaken().data, retracted: true, corrected: true });
  });

  it('applies several corrections in the order they were recorded: the later patch wins', () => {
    const corrected = effectiveOffer(
      correcting({ financialTerms: offerOf400, title: 'Bod kabinet' }, '2025-04-17'),
      correcting({ title: 'Niet onderhandelbaar bod kabinet' }),
      correcting({}, '2025-04-18'),
    );
    expect(corrected).toMatchObject({
      occurredOn: '2025-04-18',
      data: { financialTerms: offerOf400, title: 'Niet onderhandelbaar bod kabinet' },
      corrected: true,
    });
  });

  it('keeps a retraction once made, whatever follows', () => {
    const retraction = on(
      '2025-09-01',
      entryCorrected({ correctedEventId: offer, entityId: BOD_KABINET, retracted: true }),
    );
    expect(effectiveOffer(retraction, correcting({ title: 'Bod' })).retracted).toBe(true);
  });

  it('answers as known at a moment by leaving out the corrections recorded later', () => {
    const events = stored([...withTheCabinetsOffer(), correcting({ financialTerms: offerOf400 })]);
    expect(effectiveHistory(events.slice(0, 5))[4].data).toEqual(proposalTabled().data);
  });

  it('keeps every event, corrections included, in the order given', () => {
    const history = effectiveHistory(stored([...withTheCabinetsOffer(), correcting({ title: 'Bod' })]));
    expect(history.map((event) => event.eventId)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6']);
  });
});
