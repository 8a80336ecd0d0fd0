/** Where the writers send their commands: the running API's root on 127.0.0.1 and a bearer token for it. */
export type LoadTarget = Readonly<{ root: string; authorization: string }>;

/** One command the service acknowledged, with the revision its writer expected when sending it. */
export type Acknowledged = Readonly<{
  commandId: string;
  writer: number;
  sequence: number;
  expectedRevision: number;
  revision: number;
  eventIds: readonly string[];
  /** The service had recorded it already (a retry after an answer lost to a crash). */
  duplicate: boolean;
}>;

/** An answer that was neither an acknowledgement nor a CONFLICT with the current revision; the load must have none. */
export type UnexpectedAnswer = Readonly<{ commandId: string; answer: string }>;

type Writer = {
  readonly id: number;
  readonly acknowledged: Acknowledged[];
  knownRevision: number;
  /** The command whose answer was lost when the service went away: recorded or not, only sending it again tells. */
  inDoubt: string | null;
};

type GraphqlAnswer = {
  data?: { takePosition?: { revision: number; eventIds: string[]; duplicate: boolean } } | null;
  errors?: { extensions?: { code?: unknown; currentRevision?: unknown } }[];
};

export const LOAD_PARTY = 'load-vng';

const TAKE_POSITION = `mutation Take($input: TakePositionInput!) { takePosition(input: $input) { revision eventIds duplicate } }`;

/**
 * Writers on one negotiation, each sending its next command with the revision it last saw as
 * `expectedRevision`: after an acknowledgement its own new revision, after a CONFLICT the current revision
 * the refusal names. A writer's n-th acknowledged command records its position `<negotiation>-w<writer>-<n>`, so its
 * positions in the store count its acknowledgements: one missing, doubled or out of order is a lost update.
 * Writers keep their state across the service's restarts, so a command in doubt is sent again, unchanged.
 */
export class WriterPool {
  private readonly writers: Writer[];
  readonly requestLatenciesMs: number[] = [];
  /** From a command's first sending to its acknowledgement, conflicts and retries included. */
  readonly commandLatenciesMs: number[] = [];
  readonly unexpected: UnexpectedAnswer[] = [];
  conflicts = 0;

  constructor(
    count: number,
    readonly negotiationId: string,
    initialRevision: number,
  ) {
    this.writers = Array.from({ length: count }, (_unused, id) => ({
      id,
      acknowledged: [],
      knownRevision: initialRevision,
      inDoubt: null,
    }));
  }

  /**
   * Writer `writer`'s `sequence`-th command: one id for the command and the position it records, so a retry is
   * recognised; the negotiation's id in it because the store keeps command ids unique across streams.
   */
  commandIdOf(writer: number, sequence: number): string {
    return `${this.negotiationId}-w${writer}-${sequence}`;
  }

  /** The writer and sequence number of one of this pool's command ids; null for any other command. */
  parseCommandId(commandId: string): { writer: number; sequence: number } | null {
    const match = /^-w(\d+)-(\d+)$/.exec(
      commandId.startsWith(this.negotiationId) ? commandId.slice(this.negotiationId.length) : '',
    );
    return match ? { writer: Number(match[1]), sequence: Number(match[2]) } : null;
  }

  get acknowledged(): Acknowledged[] {
    return this.writers.flatMap((writer) => writer.acknowledged);
  }

  /** Commands sent whose answer never came, and that were not acknowledged on a later sending. */
  get inDoubt(): string[] {
    return this.writers.flatMap((writer) => (writer.inDoubt ? [writer.inDoubt] : []));
  }

  /** Runs every writer until `durationMs` has passed, or until the service stops answering it. */
  async drive(target: LoadTarget, durationMs: number): Promise<void> {
    const deadline = performance.now() + durationMs;
    await Promise.all(this.writers.map((writer) => this.runWriter(writer, target, deadline)));
  }

  private async runWriter(writer: Writer, target: LoadTarget, deadline: number): Promise<void> {
    let firstSent: number | null = null;
    while (performance.now() < deadline) {
      const sequence = writer.acknowledged.length;
      const commandId = this.commandIdOf(writer.id, sequence);
      const expectedRevision = writer.knownRevision;
      const sent = performance.now();
      firstSent ??= sent;
      let answer: GraphqlAnswer;
      try {
        answer = await this.send(target, this.input(writer.id, sequence, expectedRevision));
      } catch {
        writer.inDoubt = commandId;
        return; // The service is gone (killed); the command is sent again once it is back.
      }
      this.requestLatenciesMs.push(performance.now() - sent);
      const result = answer.data?.takePosition;
      const refusal = answer.errors?.[0]?.extensions;
      if (result) {
        writer.acknowledged.push({ commandId, writer: writer.id, sequence, expectedRevision, ...result });
        writer.knownRevision = result.revision;
        writer.inDoubt = null;
        this.commandLatenciesMs.push(performance.now() - firstSent);
        firstSent = null;
      } else if (refusal?.code === 'CONFLICT' && Number.isInteger(refusal.currentRevision)) {
        this.conflicts++;
        writer.knownRevision = refusal.currentRevision as number;
      } else {
        this.unexpected.push({ commandId, answer: JSON.stringify(answer).slice(0, 500) });
        return; // Retrying what the service refused for another reason would only repeat it.
      }
    }
  }

  private input(writer: number, sequence: number, expectedRevision: number): Record<string, unknown> {
    const positionId = this.commandIdOf(writer, sequence);
    return {
      negotiationId: this.negotiationId,
      occurredOn: '2025-05-15',
      commandId: positionId,
      expectedRevision,
      positionId,
      partyId: LOAD_PARTY,
      topic: `writer ${writer}`,
      stance: 'SUPPORTS',
    };
  }

  private async send(target: LoadTarget, input: Record<string, unknown>): Promise<GraphqlAnswer> {
    const response = await fetch(`${target.root}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: target.authorization },
      body: JSON.stringify({ query: TAKE_POSITION, variables: { input } }),
    });
    return (await response.json()) as GraphqlAnswer;
  }
}
