import { invalid, type NegotiationCommand, type SourceRef } from '@ledger/domain';
import type { CommandEnvelope } from '../command-envelope';
import type { DocumentLookup } from './source-documents';

/**
 * The command and envelope with every quote located in its stored document. A quote whose document is
 * stored but does not hold it is refused, naming the quote's field; a source whose document is not stored
 * (or names no hash) is kept as given, without a location. Nothing is written here.
 */
export async function locateQuotes(
  command: NegotiationCommand,
  envelope: CommandEnvelope,
  documents: DocumentLookup,
): Promise<{ command: NegotiationCommand; envelope: CommandEnvelope }> {
  const sources = await Promise.all(
    envelope.sources.map((source, index) => located(source, documents, `sources[${index}]`)),
  );
  const withSource =
    command.type === 'AttachSource'
      ? { ...command, data: { ...command.data, source: await located(command.data.source, documents, 'source') } }
      : command;
  return { command: withSource, envelope: { ...envelope, sources } };
}

async function located(source: SourceRef, documents: DocumentLookup, field: string): Promise<SourceRef> {
  const sha256 = source?.document?.sha256;
  // What is not a citation at all is left to the validation of the command, which names it.
  if (typeof source?.quote !== 'string') return source;
  const find = sha256 ? await documents.finderOf(sha256) : null;
  if (!find) return source;
  const location = find(source.quote);
  if (!location)
    throw invalid(
      `${field}.quote`,
      `the quote is not in the stored document ${sha256}: a quote gives the document's words, only whitespace may differ`,
    );
  return { ...source, location };
}
