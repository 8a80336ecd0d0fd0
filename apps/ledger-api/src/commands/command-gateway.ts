import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import type { NegotiationCommandType } from '@ledger/domain';
import type { CommandResult } from '@ledger/command-handling';
import { Clock } from '../common/clock';
import type { Caller } from '../common/caller';
import { toCommandRequest } from './command-input.mapper';
import { assertCleanInput } from '@ledger/domain';
import type { CommandInput } from './dto/command.input';
import { changedBy, type CommandPayload } from './changed-object.loader';
import { RecordNegotiationCommand } from './record-negotiation-command';

/** What every mutation does: take the validated input, add caller and clock, and send it down the command bus, where the caller's access is checked. */
@Injectable()
export class CommandGateway {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly clock: Clock,
  ) {}

  async record(
    type: NegotiationCommandType,
    input: CommandInput,
    caller: Caller,
    defaults: Record<string, unknown> = {},
  ): Promise<CommandPayload> {
    assertCleanInput(input);
    const context = { recordedBy: caller.id, now: this.clock.now(), newId: randomUUID };
    const result: CommandResult = await this.commandBus.execute(
      new RecordNegotiationCommand(toCommandRequest(type, input, context, defaults), caller),
    );
    const changed = changedBy(type, input as unknown as Readonly<Record<string, unknown>> & CommandInput);
    return { ...result, eventIds: [...result.eventIds], globalPosition: String(result.globalPosition), changed };
  }
}
