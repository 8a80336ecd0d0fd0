import { InMemoryEventStore } from '@ledger/event-store';
import { positionTaken } from '../../../libs/evidence-ledger/src/evidence-ledger.testing';
import { capturedOutput } from './cli-output';
import { runVerifyStore } from './verify-store.command';

const EVENTS = 5;

describe('verify-store', () => {
  it('counts the events it has checked as it goes, where no terminal shows a bar', async () => {
    const store = new InMemoryEventStore();
    for (let index = 0; index < EVENTS; index += 1)
      await store.append(`negotiation-${index % 2}`, 'any', [positionTaken(index)]);
    const lines = capturedOutput(0);

    expect(await runVerifyStore(store, new Uint8Array(32).fill(7), lines.output)).toBe(0);

    expect(lines.notes.length).toBeGreaterThan(1);
    expect(lines.notes.at(-1)).toBe(`events checked: ${EVENTS}/${EVENTS}`);
    expect(lines.info).toEqual([expect.stringMatching(new RegExp(`^intact: ${EVENTS} events`))]);
  });
});
