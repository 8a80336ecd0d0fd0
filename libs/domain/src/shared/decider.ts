import type { Period } from './period';

/** An event as the domain sees it: a past-tense type and its data. */
export type DomainEvent<Type extends string = string, Data = unknown> = Readonly<{ type: Type; data: Data }>;

/** A command as the domain sees it: an imperative type, its data and who/when. */
export type DomainCommand<Type extends string = string, Data = unknown> = Readonly<{
  type: Type;
  data: Data;
  metadata: CommandMetadata;
}>;

/**
 * Everything non-deterministic comes in with the command: the clock, the caller and the date the step
 * happened in the world. The domain never reads a clock itself.
 */
export type CommandMetadata = Readonly<{
  /** When the ledger records the command (transaction time), ISO 8601 instant. */
  now: string;
  /** When the step happened in the world (valid time), ISO date YYYY-MM-DD. */
  occurredOn: string;
  /**
   * The date as the document said it ("juni 2021", "eind april") with the interval it stands for; occurredOn
   * lies inside it. Absent where the document gives the day itself.
   */
  occurredAsSaid?: Period;
  /** The authenticated caller. */
  recordedBy: string;
}>;

/** An event as folded: the domain event plus the identity and valid time it was stored with. */
export type FoldableEvent<E extends DomainEvent = DomainEvent> = E &
  Readonly<{ eventId: string; occurredOn: string; occurredAsSaid?: Period | null }>;
