import type { RecordedEvent } from '@ledger/event-store';

/**
 * Specs for read models read as `given(events).then(document)`: `then` checks the folded document
 * contains the expected shape, `thenDocument` hands it over for anything a shape cannot say.
 * Call them in a block body; returning the chain from a test would make Jest treat it as a promise.
 */
export function givenFor<Doc>(fold: (events: readonly RecordedEvent[]) => Doc) {
  return (...events: readonly RecordedEvent[]) => ({
    then(expected: unknown): void {
      const document = fold(events);
      if (expected === null) expect(document).toBeNull();
      else expect(document).toMatchObject(expected as object);
    },
    thenDocument(check: (document: Doc) => void): void {
      check(fold(events));
    },
  });
}
