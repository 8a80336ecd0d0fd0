import type { PageRequest } from '@ledger/projections';
import type { PageArgs, ReadYourWriteArgs } from '../dto/query.args';

export const minPositionOf = (args: ReadYourWriteArgs): number | undefined =>
  args.minPosition === undefined ? undefined : Number(args.minPosition);

export const pageOf = (args: PageArgs): PageRequest => ({
  first: args.first,
  after: args.after,
  last: args.last,
  before: args.before,
});
