import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleNegotiationCommand, StreamCache, type CommandResult } from '@ledger/command-handling';
import type { EventStore } from '@ledger/event-store';
import type { Viewer } from '@ledger/domain';
import { EVENT_STORE } from '../store/store.module';
import { SUBJECT_KEY_VAULT } from '../personal-data/personal-data.reader';
import type { CommandRequest } from './command-input.mapper';
import { type SubjectKeyVault } from '@ledger/personal-data';

/** One Nest command for every negotiation command: the domain, not the bus, tells them apart. */
export class RecordNegotiationCommand extends Command<CommandResult> {
  /** `actor` is absent only for in-process callers that act for the ledger itself, as an import does. */
  constructor(
    readonly request: CommandRequest,
    readonly actor?: Viewer,
  ) {
    super();
  }
}

@CommandHandler(RecordNegotiationCommand)
export class RecordNegotiationCommandHandler implements ICommandHandler<RecordNegotiationCommand, CommandResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly streams: StreamCache,
    @Inject(SUBJECT_KEY_VAULT) private readonly vault: SubjectKeyVault,
  ) {}

  execute({ request, actor }: RecordNegotiationCommand): Promise<CommandResult> {
    return handleNegotiationCommand(this.store, this.streams, request.command, request.envelope, actor, this.vault);
  }
}
