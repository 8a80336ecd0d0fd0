import { connectionOf } from '../../common/graphql/relay';
import { LedgerEventModel } from './ledger-event.model';
import { NegotiationModel } from './negotiation.model';

export const LedgerEventConnection = connectionOf(LedgerEventModel, 'LedgerEvent', 'gebeurtenissen uit het logboek');
export const NegotiationConnection = connectionOf(NegotiationModel, 'Negotiation', 'dossiers');
