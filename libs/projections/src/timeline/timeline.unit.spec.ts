import { givenFor } from '../testing/given';
import { LedgerLog } from '../testing/ledger-log.fixture';
import { voorjaarsnota2025 } from '../testing/voorjaarsnota-2025.fixture';
import { timeline } from './timeline.query';

const given = givenFor((events) => timeline(events));

describe('timeline', () => {
  describe('when the spring 2025 talks were recorded', () => {
    const { talks, overleg17Maart } = voorjaarsnota2025();

    it('lists the entries by the date they happened, ties in ledger order, with labels from their own words', () => {
      given(...talks.events).thenDocument((line) => {
        const dates = line?.entries.map((entry) => entry.date) ?? [];
        expect(dates).toEqual([...dates].sort());
        expect(line?.entries[0]).toEqual(
          expect.objectContaining({
            eventId: overleg17Maart.eventId,
            date: '2025-03-10',
            type: 'MeetingScheduled',
            entityId: 'oo-2025-03-17',
            label: 'Overhedenoverleg 17 maart',
            meetingId: 'oo-2025-03-17',
            corrected: false,
            retracted: false,
          }),
        );
        expect(line?.entries.filter((entry) => entry.date === '2025-04-16').map((entry) => entry.label)).toEqual([
          'Op hoofdlijnen overeenstemming',
          'Afspraken Rijk – VNG Jeugdzorg',
          'Brief MP over compensatie 50% tekorten 2023/2024',
          'Oordeel Commissie Van Ark over uitgaven, tekorten en compensatie 2025-2027',
          'Compensatie tekorten 2023/2024',
        ]);
      });
    });

    it("keeps each entry's classification", () => {
      given(...talks.events).thenDocument((line) => {
        expect(line?.entries.find((entry) => entry.entityId === 'pos-vng-eigen-bijdrage')?.classification).toEqual({
          level: 'internal',
          party: 'vng',
        });
      });
    });
  });

  describe('when an entry is corrected to another date', () => {
    const { talks, agreement } = voorjaarsnota2025(new LedgerLog(), '2025-04-17');
    const correction = talks.record(
      'EntryCorrected',
      {
        correctedEventId: agreement.eventId,
        entityId: 'a-16-april',
        reason: 'Overeenstemming op 16 april',
        retracted: false,
        patch: {},
        occurredOn: '2025-04-16',
        occurredAsSaid: null,
      },
      { occurredOn: '2025-09-01', recordedAt: '2025-09-01T10:00:00.000Z' },
    );

    it('moves the line to the corrected date, flags it, and shows the correction on its own date', () => {
      given(...talks.events).thenDocument((line) => {
        expect(line?.entries.find((entry) => entry.eventId === agreement.eventId)).toEqual(
          expect.objectContaining({ date: '2025-04-16', corrected: true }),
        );
        expect(line?.entries.at(-1)).toEqual(
          expect.objectContaining({ eventId: correction.eventId, type: 'EntryCorrected', date: '2025-09-01' }),
        );
      });
    });

    it('shows the entry where it stood as known before the correction', () => {
      const before = timeline(talks.events, { asKnownAt: '2025-08-31T00:00:00.000Z' });
      expect(before?.entries.find((entry) => entry.eventId === agreement.eventId)).toEqual(
        expect.objectContaining({ date: '2025-04-17', corrected: false }),
      );
      expect(before?.entries.some((entry) => entry.type === 'EntryCorrected')).toBe(false);
    });
  });

  describe('when an entry is retracted', () => {
    it('keeps it on the timeline, flagged as retracted', () => {
      const { talks, dispute } = voorjaarsnota2025();
      talks.record(
        'EntryCorrected',
        {
          correctedEventId: dispute.eventId,
          entityId: 'd-728',
          reason: 'Dubbel',
          retracted: true,
          patch: {},
          occurredOn: null,
          occurredAsSaid: null,
        },
        { occurredOn: '2025-05-01' },
      );
      given(...talks.events).thenDocument((line) => {
        expect(line?.entries.find((entry) => entry.eventId === dispute.eventId)?.retracted).toBe(true);
      });
    });
  });
});
