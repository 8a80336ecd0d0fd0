import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { EventStore } from '@ledger/event-store';
import { ReadModels } from '../queries/read-models.service';
import { EVENT_STORE } from '../store/store.module';

export type ProjectionLag = Readonly<{
  /** Global position of the store's last event. */
  storeHead: number;
  /** Global position the read models have folded. */
  readPosition: number;
  /** Events written but not yet folded, counted up to the limit asked for. */
  eventsBehind: number;
  /** Age of the oldest event not yet folded; 0 when caught up. */
  secondsBehind: number;
}>;

/**
 * How far the read side trails the store. Events are counted by reading them, not by subtracting
 * positions: EventStoreDB positions are log offsets, so only the embedded store's are gap-free.
 */
@Injectable()
export class ProjectionLagProbe {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly moduleRef: ModuleRef,
  ) {}

  async measure(countLimit: number, now = Date.now()): Promise<ProjectionLag> {
    const storeHead = await this.store.headPosition();
    const readPosition = this.readModels().runner.position();
    if (storeHead <= readPosition) return { storeHead, readPosition, eventsBehind: 0, secondsBehind: 0 };
    const unfolded = await this.store.readAll({ after: readPosition, limit: Math.max(countLimit, 1) });
    const oldest = unfolded[0] ? Date.parse(unfolded[0].metadata.recordedAt) : now;
    return {
      storeHead,
      readPosition,
      eventsBehind: unfolded.length,
      secondsBehind: Math.max(0, (now - oldest) / 1000),
    };
  }

  /** The queries module keeps its runner to itself; looked up, not imported, so that module stays unchanged. */
  private readModels(): ReadModels {
    return this.moduleRef.get(ReadModels, { strict: false });
  }
}
