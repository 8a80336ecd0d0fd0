import { alreadyExists } from '../../shared/negotiation-error';
import type { AdmitParty, OpenNegotiation } from '../negotiation.commands';
import { PARTY_KINDS, type NegotiationOpened, type PartyJoined } from '../negotiation.events';
import type { NegotiationState } from '../negotiation.state';
import {
  MAX_TITLE_LENGTH,
  requireIdentifier,
  requireNew,
  requireOneOf,
  requireOpened,
  requireOptionalText,
  requireText,
} from './guards';

export function openNegotiation({ data }: OpenNegotiation, state: NegotiationState): NegotiationOpened[] {
  if (state.status !== 'empty')
    throw alreadyExists('negotiationId', `negotiation ${data.negotiationId} is already open`);
  requireIdentifier('negotiationId', data.negotiationId);
  requireText('title', data.title, MAX_TITLE_LENGTH);
  requireOptionalText('description', data.description);
  return [{ type: 'NegotiationOpened', data }];
}

export function admitParty({ data }: AdmitParty, state: NegotiationState): PartyJoined[] {
  const open = requireOpened(state, data.negotiationId);
  requireNew('partyId', open.parties, data.partyId, 'party');
  requireText('name', data.name, MAX_TITLE_LENGTH);
  requireOneOf('kind', PARTY_KINDS, data.kind);
  data.delegation.forEach((member, index) => requireText(`delegation[${index}]`, member, MAX_TITLE_LENGTH));
  return [{ type: 'PartyJoined', data }];
}
