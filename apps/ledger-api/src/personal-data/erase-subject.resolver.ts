import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AccessDeniedError } from '@ledger/domain';
import type { EventStore } from '@ledger/event-store';
import { CurrentCaller, type Caller } from '../common/caller';
import { Clock } from '../common/clock';
import { EVENT_STORE } from '../store/store.module';
import { EraseSubjectInput } from './personal-data.inputs';
import { SUBJECT_KEY_VAULT } from './personal-data.reader';
import { SubjectErasureModel } from './subject-erasure.model';
import { eraseSubject, type SubjectKeyVault } from '@ledger/personal-data';

@Resolver()
export class EraseSubjectResolver {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SUBJECT_KEY_VAULT) private readonly vault: SubjectKeyVault,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => SubjectErasureModel, {
    description:
      'Wist een persoon (alleen admins): vernietigt de sleutel van diens persoonsgegevens en legt de wissing vast. De geschiedenis blijft leesbaar met "[gewist]" op die plaatsen; elke hash en elk bewijs blijft geldig. Nogmaals wissen legt niets nieuws vast.',
  })
  async eraseSubject(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: EraseSubjectInput,
    @CurrentCaller() caller: Caller,
  ): Promise<SubjectErasureModel> {
    if (caller.role !== 'admin') throw new AccessDeniedError('Only an admin may erase a subject');
    const result = await eraseSubject(this.store, this.vault, {
      ...input,
      recordedBy: caller.id,
      now: this.clock.now(),
    });
    return { ...result, globalPosition: String(result.globalPosition) };
  }
}
