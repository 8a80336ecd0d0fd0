import { EVERY_NEGOTIATION, negotiationsRead } from './read-audit.interceptor';

const liveStream: AsyncIterableIterator<unknown> = {
  next: async () => ({ value: undefined, done: true }),
  [Symbol.asyncIterator]() {
    return this;
  },
};

describe('negotiationsRead', () => {
  it('names the negotiation a subscription follows', () => {
    expect(negotiationsRead({ negotiationId: 'bo-jeugd-2025' }, liveStream)).toEqual(['bo-jeugd-2025']);
  });

  it('names every negotiation for a subscription that follows all the caller may see', () => {
    expect(negotiationsRead({}, liveStream)).toEqual([EVERY_NEGOTIATION]);
  });

  it('names the negotiations of the entries shown, leaving out withheld ones', () => {
    const answer = {
      edges: [
        { node: { negotiationId: 'tafel-2025', withheld: false } },
        { node: { negotiationId: 'verborgen', withheld: true } },
      ],
    };
    expect(negotiationsRead({}, answer)).toEqual(['tafel-2025']);
  });

  it('names nothing for an answer that shows no negotiation', () => {
    expect(negotiationsRead({}, null)).toEqual([]);
  });
});
