import PDFDocument from 'pdfkit';
import {
  EVENT_FIELD,
  isEventHeader,
  parseCheckpoint,
  parseNote,
  readScope,
  shownField,
  shownSections,
  statedCosignatures,
  toHex,
  type Dossier,
} from '@ledger/evidence';
import { corrected, entryLabel, periodInWords } from './chronology-wording';

/** One shown entry as the chronology needs it; partly shown entries lack their withheld fields. */
type ChronologyEntry = Readonly<{
  index: number;
  eventId: string;
  type: string;
  /** What the leaf binds the entry by: its chain hash (format 2) or its entry commitment (sealed leaf). */
  fingerprint: string;
  data: Readonly<Record<string, unknown>>;
  metadata: Readonly<Record<string, unknown>>;
  withheldFields: number;
}>;

type Source = Readonly<{
  quote?: string;
  page?: number;
  paragraph?: string;
  document?: Readonly<{ title?: string; issuer?: string; date?: string }>;
}>;

/**
 * Rebuilds data and metadata of a partly shown entry from its shown fields only: what is withheld cannot
 * leak. Of sealed leaves, only those in the subject: the others show no more than why they are not.
 */
function entriesOf(dossier: Dossier): ChronologyEntry[] {
  const inSubject = readScope(dossier.evidence, dossier.subject).subject;
  return dossier.evidence.entries.flatMap((entry, position): ChronologyEntry[] => {
    if (entry.kind === 'disclosed') {
      const { eventId, type, hash, data, metadata } = entry.envelope;
      return [{ index: entry.index, eventId, type, fingerprint: `hash ${hash}`, data, metadata, withheldFields: 0 }];
    }
    if (entry.kind === 'withheld' || entry.kind === 'sealed') return [];
    const header = entry.kind === 'entry' ? shownField(entry, EVENT_FIELD) : entry.header;
    if (!isEventHeader(header) || (entry.kind === 'entry' && !inSubject.has(position))) return [];
    const { data, metadata, withheldFields } = shownSections(entry.disclosure);
    const fingerprint =
      entry.kind === 'entry' ? `commitment ${entry.disclosure.commitment}` : `hash ${entry.header.hash}`;
    const { eventId, type } = header;
    return [{ index: entry.index, eventId, type, fingerprint, data, metadata, withheldFields }];
  });
}

const text = (value: unknown): string =>
  typeof value === 'string' ? value : Array.isArray(value) ? value.map(text).join('; ') : '';

/** Who acted, by name where the dossier itself shows the party joining, else by id; or the committee that ruled. */
function actorOf({ data }: ChronologyEntry, partyNames: ReadonlyMap<string, string>): string {
  const partyIds = [
    data.partyId,
    data.raisedBy,
    data.announcedBy,
    data.bindsParty,
    ...(Array.isArray(data.parties) ? data.parties : []),
  ].filter((id): id is string => typeof id === 'string');
  return partyIds.map((id) => partyNames.get(id) ?? id).join('; ') || text(data.body);
}

/** What was said, proposed, agreed or decided: the entry's own words. */
const statementOf = ({ data }: ChronologyEntry): string =>
  [
    data.title,
    data.topic && `${text(data.topic)} (${text(data.stance)})`,
    data.terms,
    data.description,
    data.summary,
    data.reasons,
    data.outcome,
    data.reason,
    data.text,
  ]
    .map(text)
    .filter((part) => part !== '')
    .join('\n');

function describeSource(source: Source): string {
  const document = source.document ?? {};
  const where = [source.page === undefined ? '' : `p. ${source.page}`, source.paragraph ?? '']
    .filter(Boolean)
    .join(', ');
  return `"${source.quote ?? ''}" (${[document.title, document.issuer, document.date, where].filter(Boolean).join(', ')})`;
}

type Names = Readonly<{ meetings: ReadonlyMap<string, string>; parties: ReadonlyMap<string, string> }>;

function writeEntry(
  doc: PDFKit.PDFDocument,
  recorded: ChronologyEntry,
  names: Names,
  corrections: readonly ChronologyEntry[],
): void {
  // The main text says what stands after the corrections; what was first recorded is marked below it.
  const { data, occurredOn, retracted, notes } = corrected(recorded.data, recorded.metadata.occurredOn, corrections);
  const entry = { ...recorded, data };
  const { meetings } = names;
  const meeting = typeof data.meetingId === 'string' ? (meetings.get(data.meetingId) ?? data.meetingId) : '';
  const day = text(occurredOn) || 'datum niet vrijgegeven / date withheld';
  doc
    .font('Helvetica-Bold')
    .fontSize(11)
    .text(
      `${day}  ${entryLabel(entry.type)}${meeting ? ` — ${meeting}` : ''}${retracted ? '  [INGETROKKEN / RETRACTED]' : ''}`,
    );
  const actor = actorOf(entry, names.parties);
  doc.font('Helvetica').fontSize(10);
  if (actor) doc.text(`Wie / who: ${actor}`);
  const statement = statementOf(entry);
  if (statement) doc.text(statement);
  for (const source of (entry.metadata.sources as Source[] | undefined) ?? [])
    doc.font('Helvetica-Oblique').text(describeSource(source), { indent: 12 });
  for (const note of notes) doc.font('Helvetica-Bold').fillColor('#a00000').text(note, { indent: 12 });
  doc.fillColor('black');
  if (entry.withheldFields > 0)
    doc.font('Helvetica-Oblique').text(`${entry.withheldFields} veld(en) achtergehouden / field(s) withheld`);
  doc
    .font('Courier')
    .fontSize(6)
    .fillColor('#555555')
    .text(`leaf ${entry.index}  event ${entry.eventId}  ${entry.fingerprint}  (${entry.type})`);
  doc.fillColor('black').moveDown(0.8);
}

/** Who vouched for the checkpoint, and when: stated here, checked by `verify --witness <key>`. */
function writeCosignatures(doc: PDFKit.PDFDocument, note: string | undefined): void {
  const cosignatures = statedCosignatures(note);
  if (cosignatures.length === 0) {
    doc.text('Getuigen / witnesses: dit checkpoint is door geen getuige medeondertekend / cosigned by no witness.');
    return;
  }
  doc.text(
    'Medeondertekend door getuigen (te controleren met verify --witness <sleutel>) / cosigned by witnesses (check with verify --witness <key>):',
  );
  for (const { witness, keyId, time } of cosignatures)
    doc
      .font('Courier')
      .fontSize(7)
      .text(`${witness}+${keyId.toString(16).padStart(8, '0')}  ${new Date(time * 1000).toISOString()}`, {
        indent: 12,
      });
  doc.font('Helvetica').fontSize(9);
}

function writeHeader(doc: PDFKit.PDFDocument, dossier: Dossier, pin: string): void {
  const { subject, withheld } = dossier;
  const checkpoint = parseCheckpoint(parseNote(dossier.evidence.checkpoints.at(-1))?.text ?? '');
  doc
    .font('Helvetica-Bold')
    .fontSize(16)
    .text(`Chronologie ${subject.negotiationId}${subject.disputeId ? ` — ${subject.disputeId}` : ''}`);
  doc.font('Helvetica').fontSize(9);
  doc.text(
    `Periode / period: ${periodInWords(subject.from, subject.to)}; stand van kennis / as known at: ${subject.asKnownAt ?? dossier.exportedAt}`,
  );
  doc.text(
    `Achtergehouden / withheld: ${withheld.entries} item(s), ${withheld.fields} veld(en); ${withheld.outsideSubject} item(s) buiten dit dossier (alleen als hash).`,
  );
  doc.text(
    'Elk item is te controleren met de JSON-bundel / every entry can be checked with the JSON bundle: npm run ledger -- verify dossier.json --pin <sleutel / key>',
  );
  doc.text(
    'Vast te pinnen sleutel (buiten dit document te bevestigen bij de ledger) / key to pin (confirm it with the ledger, not from this document):',
  );
  doc.font('Courier').fontSize(7).text(pin);
  if (checkpoint) {
    doc
      .font('Helvetica')
      .fontSize(9)
      .text(
        `Bewezen tegen het checkpoint van / proven against the checkpoint of ${checkpoint.size} items, root ${toHex(checkpoint.root)}`,
      );
    writeCosignatures(doc, dossier.evidence.checkpoints.at(-1));
  }
  doc.font('Helvetica').fontSize(9).moveDown();
}

export type ChronologyOptions = Readonly<{
  /** The key to pin, as the export prints it. */
  pin: string;
  /** Deflate the page content (the default); off, a test can read the text back. */
  compress?: boolean;
}>;

/** The readable chronology for lawyers, drawn from the dossier alone, so it can show nothing the bundle withholds. */
export function renderChronologyPdf(dossier: Dossier, options: ChronologyOptions): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    bufferPages: true,
    compress: options.compress ?? true,
    info: { Title: `Chronologie ${dossier.subject.negotiationId}` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const entries = entriesOf(dossier);
  const namesFrom = (type: string, idKey: string, nameKey: string) =>
    new Map(
      entries
        .filter((entry) => entry.type === type)
        .map((entry) => [text(entry.data[idKey]), text(entry.data[nameKey])]),
    );
  const names: Names = {
    meetings: namesFrom('MeetingScheduled', 'meetingId', 'title'),
    parties: namesFrom('PartyJoined', 'partyId', 'name'),
  };
  const correctionsOf = (entry: ChronologyEntry) =>
    entries.filter((other) => other.type === 'EntryCorrected' && other.data.correctedEventId === entry.eventId);
  const chronological = entries
    .filter((entry) => entry.type !== 'EntryCorrected')
    .sort(
      (left, right) =>
        text(left.metadata.occurredOn).localeCompare(text(right.metadata.occurredOn)) || left.index - right.index,
    );
  writeHeader(doc, dossier, options.pin);
  for (const entry of chronological) writeEntry(doc, entry, names, correctionsOf(entry));
  const { start, count } = doc.bufferedPageRange();
  for (let page = start; page < start + count; page += 1) {
    doc.switchToPage(page);
    // The footer sits in the bottom margin; without this pdfkit would think it overflows and add a page.
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8)
      .text(`${page + 1} / ${count}`, 0, doc.page.height - 40, {
        align: 'center',
        width: doc.page.width,
        lineBreak: false,
      });
  }
  doc.end();
  return done;
}
