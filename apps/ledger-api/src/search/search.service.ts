import { join } from 'node:path';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { EventStore } from '@ledger/event-store';
import {
  cursorOf,
  envelopeLoaderOf,
  pageOfPositions,
  ProjectionRunner,
  type EnvelopeLoader,
  type PageRequest,
} from '@ledger/projections';
import { EVENT_STORE } from '../store/store.module';
import { ReadAccess } from '../queries/access/read-access';
import type { Caller } from '../common/caller';
import { toSeenLedgerEventModel } from '../queries/models/ledger-event.mapper';
import { LEDGER_CONFIG, type LedgerConfig } from '../config/ledger-config';
import { SEARCH_INDEX_FILE, SearchIndex, searchIndexProjection } from './search-index.projection';

/**
 * Full-text search over what the caller may see. The index is fed by a runner of its own: it reads whole
 * envelopes, and sharing the main runner would take the lean catch-up away from the other read models.
 * It lives in the data folder and is its own checkpoint, so a start reads only what the log gained since.
 */
@Injectable()
export class SearchService implements OnApplicationBootstrap, OnApplicationShutdown {
  private index?: SearchIndex;
  private runner?: ProjectionRunner;
  private readonly load: EnvelopeLoader;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    private readonly access: ReadAccess,
  ) {
    this.load = envelopeLoaderOf(store);
  }

  /** Opened at start, when the data folder exists (the store module makes it). */
  async onApplicationBootstrap(): Promise<void> {
    const index = new SearchIndex(join(this.config.dataDir, SEARCH_INDEX_FILE));
    this.index = index;
    await index.assertSameLog(this.store);
    this.runner = new ProjectionRunner(this.store, [searchIndexProjection(index)], { checkpoints: index });
    await this.runner.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner?.stop();
    this.index?.close();
  }

  /** Matches whose content the caller may see, judged by the read-side policy before anything is counted or paged. */
  async search(caller: Caller, text: string, negotiationId: string | undefined, page: PageRequest) {
    const sight = this.access.sightFor(caller);
    const visible = this.index!.match(text, negotiationId).filter(
      (match) => sight.sightOf(match.negotiationId, match.classification) === 'shown',
    );
    const snippets = new Map(visible.map((match) => [match.position, match.snippet]));
    const positions = pageOfPositions(
      visible.map((match) => match.position),
      page,
    );
    const envelopes = positions.positions.length > 0 ? await this.load(positions.positions) : [];
    const edges = envelopes.flatMap((event) => {
      const seen = this.access.see(event, sight);
      return seen?.shown
        ? [
            {
              cursor: cursorOf(event.globalPosition),
              snippet: snippets.get(event.globalPosition) ?? '',
              node: toSeenLedgerEventModel(seen),
            },
          ]
        : [];
    });
    return { totalCount: positions.totalCount, pageInfo: positions.pageInfo, edges };
  }
}
