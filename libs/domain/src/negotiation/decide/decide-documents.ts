import type { IssueDocument } from '../negotiation.commands';
import { DOCUMENT_KINDS, type DocumentIssued } from '../negotiation.events';
import type { NegotiationState } from '../negotiation.state';
import { requireUnderlying } from './decide-records';
import { MAX_TITLE_LENGTH, requireNew, requireOneOf, requireOpened, requireParties, requireText } from './guards';

export function issueDocument({ data }: IssueDocument, state: NegotiationState): DocumentIssued[] {
  const open = requireOpened(state, data.negotiationId);
  requireNew('documentId', open.documents, data.documentId, 'document');
  requireOneOf('kind', DOCUMENT_KINDS, data.kind);
  requireText('title', data.title, MAX_TITLE_LENGTH);
  requireParties(open, 'issuedBy', data.issuedBy);
  requireText('addressedTo', data.addressedTo, MAX_TITLE_LENGTH);
  requireParties(open, 'recipients', data.recipients);
  requireUnderlying(open, 'underlies', data.underlies);
  return [{ type: 'DocumentIssued', data }];
}
