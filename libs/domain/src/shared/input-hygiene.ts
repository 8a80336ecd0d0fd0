import { invalid } from './negotiation-error';

/**
 * C0/C1 control characters (tab and newlines aside), line/paragraph separators, bidirectional overrides,
 * isolates and marks (U+200E, U+200F, U+061C), and lone surrogates: invisible or unencodable, they make a
 * record read differently from what it holds (terminal escapes, "trojan source"). With the `u` flag a
 * surrogate in the class matches only when it stands alone, never half of a pair.
 */
// Matching control characters is the point of this expression.
const HIDDEN_CHARACTERS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/u;

/** Identifiers are plain ASCII, so two that look alike are alike: no homoglyphs from other scripts, no markup, no quotes. */
const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/;
const IDENTIFIER_LISTS: ReadonlySet<string> = new Set(['parties', 'participants', 'proposalIds', 'supersedes']);
const IDENTIFIER_FIELDS: ReadonlySet<string> = new Set(['raisedBy', 'bindsParty', 'announcedBy', 'entityId', 'party']);
export const isIdentifierField = (key: string) =>
  key.endsWith('Id') || IDENTIFIER_LISTS.has(key) || IDENTIFIER_FIELDS.has(key);

/** The ledger records the talks from the post-war decentralisation on; an earlier day is a typing error. */
const EARLIEST_YEAR = 1900;
const DATE_FIELDS: ReadonlySet<string> = new Set(['occurredOn', 'correctedOccurredOn']);

/**
 * Checks every string of a command input before it becomes a command: no hidden characters anywhere,
 * identifiers in plain ASCII, days not before 1900. The one rule set for every way in: the API runs it on
 * each mutation's input, the dataset import on each line. Shapes are checked elsewhere; this checks what
 * the shapes let through. Refusals name the field, like every BAD_USER_INPUT.
 */
export function assertCleanInput(value: unknown, path = '', key = ''): void {
  if (typeof value === 'string') {
    if (HIDDEN_CHARACTERS.test(value)) throw invalid(path, `${path} contains control or direction characters`);
    if (isIdentifierField(key) && !IDENTIFIER.test(value))
      throw invalid(path, `${path} must be an identifier of letters a-z, digits and . _ : / -`);
    if (DATE_FIELDS.has(key) && Number(value.slice(0, 4)) < EARLIEST_YEAR)
      throw invalid(path, `${path} lies before ${EARLIEST_YEAR}`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => assertCleanInput(item, `${path}[${index}]`, key));
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [child, item] of Object.entries(value)) assertCleanInput(item, path ? `${path}.${child}` : child, child);
  }
}
