import { canSee, type Classification, type Viewer } from '@ledger/domain';
import { audienceKey, classificationOfAudience } from './audience';
import type { NegotiationAccessIndex } from './negotiation-access.projection';

/**
 * How an entry shows to a viewer. `shown`: in full. `withheld`: only where a hash chain runs through it
 * (a negotiation's stream, the global log), as its place, classification and hashes. `absent`: not at all,
 * as for an entry of a negotiation the viewer may not know.
 */
export type Sight = 'shown' | 'withheld' | 'absent';

/**
 * The one read-side access policy (libs/domain `canSee`), for one viewer over the read models: every query
 * asks it before filtering, counting or paging. A negotiation whose opening the viewer may not see does not
 * exist for them, so none of its entries shows, not even withheld.
 */
export class ViewerSight {
  private readonly byAudience = new Map<string, Sight>();

  constructor(
    private readonly access: NegotiationAccessIndex,
    readonly viewer: Viewer,
  ) {}

  /** Whether the negotiation exists for the viewer: whether they may see its opening. */
  mayKnow(negotiationId: string | null): boolean {
    const negotiation = negotiationId === null ? undefined : this.access.negotiations.get(negotiationId);
    return !!negotiation?.opening && canSee(this.viewer, negotiation.opening, negotiation.table);
  }

  sightOf(negotiationId: string | null, classification: Classification): Sight {
    return this.sightOfAudience(negotiationId, audienceKey(classification));
  }

  /** The sight of every entry of one negotiation for one audience key (see `audienceKey`), worked out once per query. */
  sightOfAudience(negotiationId: string | null, audience: string): Sight {
    const key = `${negotiationId}\u0000${audience}`;
    let sight = this.byAudience.get(key);
    if (sight === undefined) {
      const table = negotiationId === null ? undefined : this.access.negotiations.get(negotiationId)?.table;
      sight =
        !table || !this.mayKnow(negotiationId)
          ? 'absent'
          : canSee(this.viewer, classificationOfAudience(audience), table)
            ? 'shown'
            : 'withheld';
      this.byAudience.set(key, sight);
    }
    return sight;
  }

  /** Whether the viewer sees every entry of the negotiation, so its lists need no filtering. */
  seesAllOf(negotiationId: string): boolean {
    const audiences = this.access.negotiations.get(negotiationId)?.audiences;
    return !!audiences && [...audiences].every((audience) => this.sightOfAudience(negotiationId, audience) === 'shown');
  }

  /** Whether the viewer sees every entry of every negotiation: then no list needs filtering. */
  seesEverything(): boolean {
    return [...this.access.negotiations.keys()].every((negotiationId) => this.seesAllOf(negotiationId));
  }
}
