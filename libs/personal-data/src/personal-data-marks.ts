import { invalid, type NegotiationCommand, type NegotiationEvent } from '@ledger/domain';
import { isSealed, sealValue, SUBJECT_ID, type SubjectKey } from './sealed-value';
import type { SubjectKeyVault } from './subject-key-vault.port';

/**
 * One string of a command that is personal data: `field` is its path in the command's data as the input
 * gives it (`delegation[0]`, `reasons[1]`, `patch.delegation[0]`), `subjectId` the person it is about,
 * a pseudonym such as `person-…` that never names them.
 */
export type PersonalDataMark = Readonly<{ field: string; subjectId: string }>;

/**
 * Free text the domain never reads, only carries: where names of people turn up (members of a delegation,
 * what someone said in reasons, summaries and notes). Identifiers, kinds and titles cannot be marked, since
 * the record folds, groups and links by them.
 */
export const PERSONAL_TEXT_FIELDS: ReadonlySet<string> = new Set([
  'delegation',
  'reasons',
  'terms',
  'description',
  'reason',
  'text',
  'outcome',
  'summary',
  'note',
  'condition',
]);

type Segment = string | number;
const PATH = /^[A-Za-z]+(?:\[\d{1,4}\]|\.[A-Za-z]+)*$/;

const segmentsOf = (path: string): Segment[] =>
  [...path.matchAll(/([A-Za-z]+)|\[(\d+)\]/g)].map((match) => (match[1] === undefined ? Number(match[2]) : match[1]));

function valueAt(root: unknown, path: readonly Segment[]): unknown {
  return path.reduce<unknown>(
    (value, segment) =>
      value !== null && typeof value === 'object' ? (value as Record<Segment, unknown>)[segment] : undefined,
    root,
  );
}

/** A copy of `root` with the value at `path` replaced; everything else shared. */
function withValueAt(root: unknown, [segment, ...rest]: readonly Segment[], value: unknown): unknown {
  if (segment === undefined) return value;
  if (Array.isArray(root))
    return root.map((item, index) => (index === segment ? withValueAt(item, rest, value) : item));
  const record = root as Record<string, unknown>;
  return { ...record, [segment]: withValueAt(record[segment], rest, value) };
}

/** No input may hold a string that reads as sealed: the read side would take it for personal data of someone. */
function refuseSealedLookalikes(value: unknown, path: string): void {
  if (isSealed(value)) throw invalid(path, `${path} may not start with the marker of sealed personal data`);
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value))
      refuseSealedLookalikes(item, Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key);
  }
}

type CheckedMark = Readonly<{ path: Segment[]; plaintext: string; subjectId: string; field: string }>;

/** A mark checked against the command alone: nothing is read from or written to the vault. */
function checkMark(command: NegotiationCommand, mark: PersonalDataMark, index: number): CheckedMark {
  const field = `personalData[${index}]`;
  if (!PATH.test(mark.field)) throw invalid(`${field}.field`, `${field}.field must be a path such as delegation[0]`);
  const path = segmentsOf(mark.field);
  const named = path.filter((segment): segment is string => typeof segment === 'string');
  if (!PERSONAL_TEXT_FIELDS.has(named[named.length - 1])) {
    throw invalid(
      `${field}.field`,
      `only free text may be marked as personal data: ${[...PERSONAL_TEXT_FIELDS].join(', ')}`,
    );
  }
  const plaintext = valueAt(command.data, path);
  if (typeof plaintext !== 'string' || plaintext.trim() === '')
    throw invalid(`${field}.field`, `${mark.field} is no text of this command`);
  if (!SUBJECT_ID.test(mark.subjectId))
    throw invalid(`${field}.subjectId`, `${field}.subjectId must be 1-128 letters a-z, digits and . _ -`);
  return { path, plaintext, subjectId: mark.subjectId, field };
}

function sealInEvent(event: NegotiationEvent, mark: CheckedMark, sealed: string): NegotiationEvent {
  if (valueAt(event.data, mark.path) !== mark.plaintext) return event;
  // A string in place of a string: the event keeps its type.
  return { ...event, data: withValueAt(event.data, mark.path, sealed) } as NegotiationEvent;
}

/** The key to seal a mark under: made on first use, so only once the command has passed every other check. */
function sealingKey(vault: SubjectKeyVault, mark: CheckedMark): SubjectKey {
  const key = vault.keyForSealing(mark.subjectId);
  if (key === 'erased')
    throw invalid(
      `${mark.field}.subjectId`,
      `subject ${mark.subjectId} was erased; nothing more is recorded about them`,
    );
  return key;
}

export type PersonalDataSealer = (events: readonly NegotiationEvent[]) => NegotiationEvent[];

/**
 * Checks a command's personal-data marks before deciding, touching no key; the returned sealer, called once
 * the command is authorised and decided, makes the subjects' keys and puts the sealed text in place of the
 * plain one in the events `decide` returned, at the same path. So a refused command leaves the vault as it
 * was. The domain decides on the plain text (its rules on length and emptiness apply); the store, its hash
 * chain and the evidence commitments only ever see the sealed text.
 */
export function personalDataSealer(
  command: NegotiationCommand,
  marks: readonly PersonalDataMark[],
  vault: SubjectKeyVault | undefined,
): PersonalDataSealer {
  refuseSealedLookalikes(command.data, '');
  if (marks.length === 0) return (events) => [...events];
  if (!vault) throw invalid('personalData', 'this ledger keeps no personal-data keys; leave personal data out');
  const fields = marks.map((mark) => mark.field);
  const twice = fields.findIndex((field, index) => fields.indexOf(field) !== index);
  if (twice >= 0) throw invalid(`personalData[${twice}].field`, `${fields[twice]} is marked twice`);
  const checked = marks.map((mark, index) => checkMark(command, mark, index));
  const erased = checked.find((mark) => vault.statusOf(mark.subjectId)?.erasedAt);
  if (erased)
    throw invalid(
      `${erased.field}.subjectId`,
      `subject ${erased.subjectId} was erased; nothing more is recorded about them`,
    );
  return (events) => {
    const unrecorded = checked.find(
      (mark) => !events.some((event) => valueAt(event.data, mark.path) === mark.plaintext),
    );
    if (unrecorded) throw invalid(`${unrecorded.field}.field`, 'this command records no such text');
    const sealed = checked.map((mark) => sealValue(mark.plaintext, sealingKey(vault, mark)));
    return events.map((event) =>
      checked.reduce((sealing, mark, index) => sealInEvent(sealing, mark, sealed[index]), event),
    );
  };
}
