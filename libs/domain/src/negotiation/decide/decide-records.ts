import { validateFinancialTerms, type FinancialTerm } from '../../shared/financial-term';
import { illegalState, invalid, notFound } from '../../shared/negotiation-error';
import type { Period } from '../../shared/period';
import { validateSource } from '../../shared/source';
import type { AttachSource, CorrectEntry } from '../negotiation.commands';
import type { EntryCorrected, SourceAttached } from '../negotiation.events';
import type { EntryRecord, NegotiationState, OpenNegotiationState } from '../negotiation.state';
import { requireOpened, requireParties, requireParty, requirePeriod, requireText, requireValidTime } from './guards';

function entityExists(open: OpenNegotiationState, id: string): boolean {
  return id === open.negotiationId || [open.parties, open.meetings, open.proposals, open.positions, open.agreements, open.commitments,
    open.disputes, open.rulings, open.resolutions].some((known) => known.has(id));
}

export function attachSource({ data }: AttachSource, state: NegotiationState): SourceAttached[] {
  const open = requireOpened(state, data.negotiationId);
  if (!entityExists(open, data.entityId)) throw notFound('entityId', `nothing with id ${data.entityId} exists in this negotiation`);
  validateSource(data.source, 'source');
  return [{ type: 'SourceAttached', data }];
}

export function correctEntry({ data, metadata }: CorrectEntry, state: NegotiationState): EntryCorrected[] {
  const open = requireOpened(state, data.negotiationId);
  const target = open.entries.get(data.correctedEventId);
  if (target === undefined) throw notFound('correctedEventId', `no event ${data.correctedEventId} was recorded in this negotiation`);
  if (target.type === 'EntryCorrected') throw illegalState('correctedEventId', 'a correction is not corrected itself: correct the original entry again');
  if (target.retracted) throw illegalState('correctedEventId', `event ${data.correctedEventId} was already retracted`);
  requireText('reason', data.reason);
  const patchKeys = Object.keys(data.patch);
  if (data.retracted) {
    if (target.type === 'NegotiationOpened') throw illegalState('retracted', 'the opening of a negotiation cannot be retracted');
    if (patchKeys.length > 0 || data.occurredOn !== null) throw invalid('retracted', 'a retraction carries no patch and no new date');
  } else if (patchKeys.length === 0 && data.occurredOn === null) {
    throw invalid('patch', 'a correction changes at least one field or the date');
  }
  if (data.occurredOn !== null) requireValidTime({ ...metadata, occurredOn: data.occurredOn });
  patchKeys.forEach((key) => requireCorrectableField(open, target, key, data.patch[key]));
  return [{ type: 'EntryCorrected', data: { ...data, entityId: target.entityId } }];
}

/** A patch replaces existing fields with values of the same shape; identities cannot be corrected, only retracted. */
function requireCorrectableField(open: OpenNegotiationState, target: EntryRecord, key: string, value: unknown): void {
  const field = `patch.${key}`;
  if (!(key in target.data)) throw invalid(field, `a ${target.type} entry has no field ${key}`);
  const original = target.data[key];
  if (key === 'negotiationId' || original === target.entityId) throw invalid(field, `${key} identifies the entry; retract it instead`);
  if (!sameShape(original, value)) throw invalid(field, `${key} must keep the shape of the original (${describe(original)})`);
  validatePatchedValue(open, field, key, value);
}

const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value);

function sameShape(original: unknown, value: unknown): boolean {
  if (original === null || value === null) return (original ?? value) === null || typeof (original ?? value) === 'string';
  if (Array.isArray(original)) return Array.isArray(value);
  return typeof original === typeof value && Array.isArray(value) === false;
}

function validatePatchedValue(open: OpenNegotiationState, field: string, key: string, value: unknown): void {
  if (key === 'financialTerms') return validateFinancialTerms(value as FinancialTerm[], field);
  if (key === 'due' || key === 'scheduledFor') return requirePeriod(field, value as Period);
  if (['partyId', 'raisedBy', 'bindsParty'].includes(key)) return requireParty(open, field, value as string);
  if (key === 'parties' || key === 'participants') return requireParties(open, field, value as string[]);
  if (['title', 'terms', 'description', 'reason', 'topic', 'text', 'outcome', 'body', 'name'].includes(key)) requireText(field, value as string);
}
