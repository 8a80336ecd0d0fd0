import { describeAppendContract } from './append.contract';
import { describeGivenIdsContract } from './given-ids.contract';
import { describeReadContract } from './read.contract';
import { describeSubscriptionContract } from './subscription.contract';
import { contractContext, type EventStoreContractSetup } from './contract-context';

export type { EventStoreContractSetup, EventStoreFixture } from './contract-context';

/**
 * The one suite every EventStore adapter passes. It makes no assumption the setup does not declare, and
 * keeps to its own stream and command ids, so it also runs against a shared server (EventStoreDB).
 */
export function describeEventStoreContract(adapterName: string, setup: EventStoreContractSetup): void {
  describe(`EventStore contract: ${adapterName}`, () => {
    const context = contractContext(setup);
    describeAppendContract(context);
    describeGivenIdsContract(context);
    describeReadContract(context, setup.capabilities);
    describeSubscriptionContract(context);
  });
}
