import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  handleNegotiationCommand,
  SourceDocuments,
  StreamCache,
  type CommandEnvelope,
  type CommandResult,
} from '@ledger/command-handling';
import type { EventIdDeriver, EventStore } from '@ledger/event-store';
import { assertCleanInput, type CommandMetadata, type NegotiationCommand, type Viewer } from '@ledger/domain';
import type { SubjectKeyVault } from '@ledger/personal-data';
import { Clock } from '../common/clock';
import { SUBJECT_KEY_VAULT } from '../personal-data/personal-data.reader';
import { EVENT_IDS, EVENT_STORE } from '../store/store.module';
import { changedBy, type CommandPayload } from './changed-object.loader';
import { toPeriod, toSourceRef } from './domain-commands/input-values.mapper';
import type { CommandContext } from './command-context';
import type { CommandInput } from './dto/command.input';

/**
 * The write side's one entry: a mutation hands in its validated input, its context and the typed builder
 * of its domain command; the recorder adds the clock and the envelope and runs the write path, where the
 * caller's access is checked.
 */
@Injectable()
export class CommandRecorder {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly streams: StreamCache,
    @Inject(SUBJECT_KEY_VAULT) private readonly vault: SubjectKeyVault,
    @Inject(EVENT_IDS) private readonly eventIds: EventIdDeriver,
    private readonly clock: Clock,
    private readonly documents: SourceDocuments,
  ) {}

  async record(
    input: CommandInput,
    context: CommandContext,
    build: (metadata: CommandMetadata) => NegotiationCommand,
  ): Promise<CommandPayload> {
    assertCleanInput(input);
    const command = build({
      now: this.clock.now(),
      occurredOn: input.occurredOn,
      ...(input.occurredAsSaid ? { occurredAsSaid: toPeriod('occurredAsSaid', input.occurredAsSaid) } : {}),
      recordedBy: context.caller.id,
    });
    const result = await this.execute(command, envelopeOf(input, context), context.caller);
    return {
      ...result,
      eventIds: [...result.eventIds],
      globalPosition: String(result.globalPosition),
      changed: changedBy(command),
    };
  }

  execute(command: NegotiationCommand, envelope: CommandEnvelope, actor: Viewer): Promise<CommandResult> {
    const { store, streams, eventIds, vault, documents } = this;
    return handleNegotiationCommand(
      { store, streams, eventIds, personalData: vault, documents },
      command,
      envelope,
      actor,
    );
  }
}

/** The input's own correlation id wins over the request's; without a commandId the command gets a fresh one. */
function envelopeOf(input: CommandInput, context: CommandContext): CommandEnvelope {
  return {
    commandId: input.commandId ?? randomUUID(),
    correlationId: input.correlationId ?? context.correlationId,
    expectedRevision: input.expectedRevision ?? undefined,
    sources: (input.sources ?? []).map(toSourceRef),
    classification: input.classification ? { ...input.classification } : { level: 'parties' },
    personalData: (input.personalData ?? []).map(({ field, subjectId }) => ({ field, subjectId })),
  };
}
