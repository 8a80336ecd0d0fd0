import type { NumberColumn } from '../shared/number-column';

/**
 * The global log as columns, one row per event in global order (the row number is the "ordinal"):
 * its position, a code for its type, negotiation and audience (who it is for), and its occurredOn as a
 * YYYYMMDD number. Lists of ordinals per type and per negotiation narrow a filter before scanning. No
 * envelopes are kept.
 */
export type EventLogIndex = {
  readonly positions: NumberColumn<Float64Array>;
  readonly typeCodes: NumberColumn<Uint8Array>;
  readonly negotiationCodes: NumberColumn<Int32Array>;
  readonly days: NumberColumn<Int32Array>;
  readonly audienceCodes: NumberColumn<Int32Array>;
  readonly typeCodeOf: Map<string, number>;
  readonly negotiationCodeOf: Map<string, number>;
  readonly audienceCodeOf: Map<string, number>;
  /** The negotiation id and audience key of each code, in code order. */
  readonly negotiationIds: string[];
  readonly audienceKeys: string[];
  readonly ordinalsByType: number[][];
  readonly ordinalsByNegotiation: number[][];
  lastPosition: number;
};

/** What a client may filter the log on; dates are inclusive YYYY-MM-DD bounds on occurredOn as recorded. */
export type EventLogFilter = Readonly<{
  types?: readonly string[];
  negotiationId?: string;
  occurredFrom?: string;
  occurredTo?: string;
}>;
