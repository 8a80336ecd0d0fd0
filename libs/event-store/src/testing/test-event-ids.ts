import { keyedEventIds } from '../event-id';

/** The write path's keyed event ids under a fixed test secret, for tests that write through it. */
export const TEST_EVENT_IDS = keyedEventIds(Buffer.alloc(32, 7));
