import type { AdmitParty, CommandMetadata, OpenNegotiation } from '@ledger/domain';
import type { AdmitPartyInput, OpenNegotiationInput } from '../dto/setup.inputs';

export const toOpenNegotiation = (input: OpenNegotiationInput, metadata: CommandMetadata): OpenNegotiation => ({
  type: 'OpenNegotiation',
  data: { negotiationId: input.negotiationId, title: input.title, description: input.description },
  metadata,
});

export const toAdmitParty = (input: AdmitPartyInput, metadata: CommandMetadata): AdmitParty => ({
  type: 'AdmitParty',
  data: {
    negotiationId: input.negotiationId,
    partyId: input.partyId,
    name: input.name,
    kind: input.kind,
    delegation: input.delegation ?? [],
  },
  metadata,
});
