import type { PageRequest } from '@ledger/projections';
import type { PageArgs } from '../dto/query.args';

export const minPositionOf = (args: PageArgs): number | undefined => (args.minPosition === undefined ? undefined : Number(args.minPosition));

export const pageOf = (args: PageArgs): PageRequest => ({ first: args.first, after: args.after });
