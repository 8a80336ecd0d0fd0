/** The ledger's own evidence events; they are in the global order like any other, so they are logged too. */
export const EVIDENCE_STREAM = 'ledger-evidence';
export const EVIDENCE_RECORDER = 'ledger-evidence';

/** After this event type the API signs a checkpoint. */
export const SIGNING_EVENT_TYPE = 'MeetingHeld';

/** Recorded once, when the ledger first runs with sealed leaves: every event after it gets a sealed leaf (format 3). */
export const SEALED_LEAVES_ADOPTED = 'LeafFormatAdopted';
