import { ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CommitmentModel } from '../models/negotiation-entities.models';

/** What a commitment says besides its stored fields. */
@Resolver(() => CommitmentModel)
export class CommitmentFieldsResolver {
  /** Kept for clients written when a promise had one party; a joint promise or one owed by no named party has none. */
  @ResolveField(() => ID, {
    nullable: true,
    description: 'De partij die toezegde, als het er precies één is.',
    deprecationReason: 'Een toezegging kan gezamenlijk zijn of niemand noemen: gebruik owedBy.',
  })
  partyId(@Parent() commitment: CommitmentModel): string | null {
    return commitment.owedBy.length === 1 ? commitment.owedBy[0] : null;
  }
}
