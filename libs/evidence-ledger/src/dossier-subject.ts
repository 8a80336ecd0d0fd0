/**
 * Fields that name people rather than parties: who recorded an entry, and the members of a delegation.
 * Withheld on request while the rest of the entry stays shown and provable.
 */
export const PERSONAL_DATA_FIELDS = ['metadata.recordedBy', 'data.delegation'] as const;
