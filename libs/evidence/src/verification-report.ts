/** The offline verifier's report: every check it ran, where, and what it found, in Dutch and English. */
export type CheckStatus = 'PASS' | 'FAIL';

export type CheckKind =
  | 'bundle-format'
  | 'pinned-keys'
  | 'key-rotation'
  | 'checkpoint'
  | 'consistency'
  | 'held-checkpoint'
  | 'witness'
  | 'coverage'
  | 'inclusion'
  | 'disclosure'
  | 'chain'
  | 'manifest'
  | 'leaf-format'
  | 'scope'
  | 'signature';

export type Message = Readonly<{ nl: string; en: string }>;

export type VerificationCheck = Readonly<{ check: CheckKind; status: CheckStatus; where: string; message: Message }>;

export type VerificationSummary = Readonly<{
  checkpoints: number;
  entries: number;
  disclosedEntries: number;
  partialEntries: number;
  withheldEntries: number;
  /** Fields withheld inside partly shown entries: a count, never a name or value. */
  withheldFields: number;
}>;

export type VerificationReport = Readonly<{
  verdict: CheckStatus;
  checks: readonly VerificationCheck[];
  summary: VerificationSummary;
}>;

const list = (labels: readonly string[]) => labels.join(', ');

/** One catalogue, so the two languages are reviewed side by side and say the same thing. */
export const messages = {
  notStrictJson: (problem: string): Message => ({
    nl: `De bundel is geen strikte JSON (afgekapt, beschadigd of dubbelzinnig): ${problem}.`,
    en: `The bundle is not strict JSON (truncated, damaged or ambiguous): ${problem}.`,
  }),
  wellFormed: (): Message => ({ nl: 'De bundel heeft de verwachte vorm.', en: 'The bundle has the expected shape.' }),
  malformed: (where: string): Message => ({
    nl: `De bundel heeft een ongeldige vorm bij ${where}.`,
    en: `The bundle is malformed at ${where}.`,
  }),
  unexpected: (): Message => ({
    nl: 'De controle brak onverwacht af; de bundel wordt afgekeurd.',
    en: 'Verification stopped unexpectedly; the bundle is rejected.',
  }),
  pinnedKeys: (count: number): Message => ({
    nl: `${count} vastgepinde sleutel(s) gelezen.`,
    en: `${count} pinned key(s) read.`,
  }),
  pinnedKeyInvalid: (): Message => ({
    nl: 'Deze vastgepinde sleutel is onleesbaar.',
    en: 'This pinned key is malformed.',
  }),
  noPinnedKeys: (): Message => ({
    nl: 'Er is geen geldige vastgepinde sleutel opgegeven.',
    en: 'No valid pinned key was given.',
  }),
  rotationAccepted: (from: string, to: string, size: number): Message => ({
    nl: `Sleutelrotatie van ${from} naar ${to} bij ${size} items is ondertekend door beide sleutels; de oude sleutel geldt tot en met ${size} items.`,
    en: `Key rotation from ${from} to ${to} at ${size} entries is signed by both keys; the old key is valid up to ${size} entries.`,
  }),
  rotationMalformed: (): Message => ({
    nl: 'De sleutelrotatie is onleesbaar.',
    en: 'The key rotation statement is malformed.',
  }),
  rotationUntrusted: (): Message => ({
    nl: 'Geen van beide sleutels van deze rotatie wordt vertrouwd.',
    en: 'Neither key of this rotation is trusted.',
  }),
  rotationOfRetiredKey: (): Message => ({
    nl: 'Deze rotatie gaat uit van een sleutel die al door een andere rotatie is uitgefaseerd.',
    en: 'This rotation starts from a key that another rotation has already retired.',
  }),
  checkpointOutsideKeyLifetime: (size: number): Message => ({
    nl: `Het checkpoint van ${size} items is ondertekend door een sleutel die voor die omvang niet (meer) geldt.`,
    en: `The checkpoint of ${size} entries is signed by a key that is not valid for that size (retired, or not yet in use).`,
  }),
  witnessKeyInvalid: (): Message => ({
    nl: 'Deze vastgepinde getuigensleutel is onleesbaar (geen vkey van type 0x04).',
    en: 'This pinned witness key is malformed (not a vkey of type 0x04).',
  }),
  witnessCosigned: (witness: string, time: string): Message => ({
    nl: `Getuige ${witness} heeft het laatste checkpoint medeondertekend op ${time}.`,
    en: `Witness ${witness} cosigned the last checkpoint at ${time}.`,
  }),
  witnessMissing: (witness: string): Message => ({
    nl: `Het laatste checkpoint draagt geen geldige medeondertekening van getuige ${witness}.`,
    en: `The last checkpoint carries no valid cosignature of witness ${witness}.`,
  }),
  heldUnverified: (): Message => ({
    nl: 'Het checkpoint dat u zelf bewaart is niet geldig ondertekend door een vastgepinde sleutel (voor die omvang).',
    en: 'The checkpoint you hold is not validly signed by a pinned key (valid for that size).',
  }),
  heldNotReached: (size: number): Message => ({
    nl: `De bundel bevat geen ondertekende stand van ${size} items, dus geen bewijs dat hij voortbouwt op het checkpoint dat u bewaart; vraag een export die er consistent mee is.`,
    en: `The bundle has no signed head of ${size} entries, so no proof that it extends the checkpoint you hold; ask for an export consistent with it.`,
  }),
  heldConsistent: (size: number): Message => ({
    nl: `De bundel bouwt voort op het checkpoint van ${size} items dat u bewaart.`,
    en: `The bundle extends the checkpoint of ${size} entries you hold.`,
  }),
  splitView: (size: number): Message => ({
    nl: `Twee ondertekende stand van de log van ${size} items verschillen: de log is in twee versies getoond.`,
    en: `Two signed heads of the log at ${size} entries differ: the log was shown in two versions.`,
  }),
  rotationSingleSigned: (): Message => ({
    nl: 'De sleutelrotatie is niet door zowel de oude als de nieuwe sleutel ondertekend.',
    en: 'The key rotation is not signed by both the old and the new key.',
  }),
  checkpointVerified: (size: number, keys: readonly string[]): Message => ({
    nl: `Checkpoint van ${size} items is geldig ondertekend door ${list(keys)}.`,
    en: `Checkpoint of ${size} entries is validly signed by ${list(keys)}.`,
  }),
  checkpointMalformed: (): Message => ({
    nl: 'Dit is geen geldig ondertekend checkpoint.',
    en: 'This is not a well-formed signed checkpoint.',
  }),
  checkpointUnverified: (invalid: readonly string[]): Message =>
    invalid.length > 0
      ? {
          nl: `Ongeldige handtekening van ${list(invalid)}: het checkpoint is gewijzigd of vervalst.`,
          en: `Invalid signature by ${list(invalid)}: the checkpoint was altered or forged.`,
        }
      : {
          nl: 'Het checkpoint heeft geen handtekening van een vertrouwde sleutel.',
          en: 'The checkpoint has no signature by a trusted key.',
        },
  checkpointOtherLog: (origin: string): Message => ({
    nl: `Het checkpoint hoort bij een andere log (${origin}).`,
    en: `The checkpoint belongs to another log (${origin}).`,
  }),
  checkpointOutOfOrder: (): Message => ({
    nl: 'De checkpoints staan niet in oplopende grootte.',
    en: 'The checkpoints are not in strictly ascending size.',
  }),
  noCheckpoint: (): Message => ({
    nl: 'De bundel bevat geen geldig checkpoint.',
    en: 'The bundle contains no valid checkpoint.',
  }),
  consistent: (from: number, to: number): Message => ({
    nl: `De log van ${to} items bouwt voort op die van ${from} items: niets is gewijzigd of verwijderd.`,
    en: `The log of ${to} entries extends the log of ${from} entries: nothing was altered or removed.`,
  }),
  consistencyMissing: (from: number, to: number): Message => ({
    nl: `Het consistentiebewijs van ${from} naar ${to} ontbreekt.`,
    en: `The consistency proof from ${from} to ${to} is missing.`,
  }),
  inconsistent: (from: number, to: number): Message => ({
    nl: `Het consistentiebewijs van ${from} naar ${to} klopt niet: de log is herschreven.`,
    en: `The consistency proof from ${from} to ${to} does not hold: the log was rewritten.`,
  }),
  covered: (from: number, to: number): Message => ({
    nl: `Items ${from} tot ${to} zijn alle aanwezig, in volgorde.`,
    en: `Entries ${from} to ${to} are all present, in order.`,
  }),
  noEntries: (): Message => ({ nl: 'De bundel bevat geen items.', en: 'The bundle contains no entries.' }),
  entryOutOfPlace: (expected: number, found: number | null): Message => ({
    nl: `Item ${expected} ontbreekt of staat op de verkeerde plaats (gevonden: ${found ?? 'niets'}).`,
    en: `Entry ${expected} is missing or out of place (found: ${found ?? 'nothing'}).`,
  }),
  rangeBeyondLog: (to: number, size: number): Message => ({
    nl: `Het bereik loopt tot ${to}, voorbij het grootste checkpoint (${size} items).`,
    en: `The range runs to ${to}, beyond the largest checkpoint (${size} entries).`,
  }),
  included: (index: number, size: number): Message => ({
    nl: `Item ${index} is opgenomen in het checkpoint van ${size} items.`,
    en: `Entry ${index} is included in the checkpoint of ${size} entries.`,
  }),
  unknownCheckpoint: (size: number): Message => ({
    nl: `Het item verwijst naar een checkpoint van ${size} items dat niet geldig in de bundel zit.`,
    en: `The entry refers to a checkpoint of ${size} entries that is not validly in the bundle.`,
  }),
  notIncluded: (index: number, size: number): Message => ({
    nl: `Het inclusiebewijs van item ${index} in ${size} items klopt niet: het item is gewijzigd of verplaatst.`,
    en: `The inclusion proof of entry ${index} in ${size} entries does not hold: the entry was altered or moved.`,
  }),
  disclosed: (shown: number, withheld: number): Message => ({
    nl: `${shown} getoonde velden kloppen met de vastlegging in het log-item; ${withheld} velden achtergehouden.`,
    en: `${shown} fields shown match the commitment in the log leaf; ${withheld} fields withheld.`,
  }),
  manifestMatches: (part: string): Message => ({
    nl: `Het deel ${part} klopt met het manifest.`,
    en: `The part ${part} matches the manifest.`,
  }),
  manifestMismatch: (part: string): Message => ({
    nl: `Het deel ${part} klopt niet met het manifest: het is gewijzigd of ontbreekt.`,
    en: `The part ${part} does not match the manifest: it was altered or is missing.`,
  }),
  saltsComplete: (): Message => ({
    nl: 'Alle velden zijn getoond, elk met zijn salt.',
    en: 'All fields are shown, each with its salt.',
  }),
  saltsMalformed: (): Message => ({
    nl: 'De salts noemen niet precies de velden van de gebeurtenis.',
    en: 'The salts do not name exactly the fields of the event.',
  }),
  chainHashMatches: (): Message => ({
    nl: 'De inhoud klopt met de hash in de keten van de stroom.',
    en: 'The content matches its hash in the stream chain.',
  }),
  chainHashMismatch: (): Message => ({
    nl: 'De inhoud klopt niet met de hash in de keten van de stroom: de gebeurtenis is gewijzigd.',
    en: 'The content does not match its hash in the stream chain: the event was altered.',
  }),
  chainLinkBroken: (streamId: string, revision: number): Message => ({
    nl: `De keten van ${streamId} is gebroken bij revisie ${revision}: prevHash is niet de hash van de vorige gebeurtenis.`,
    en: `The chain of ${streamId} is broken at revision ${revision}: prevHash is not the hash of the previous event.`,
  }),
  chainLinksChecked: (links: number): Message => ({
    nl: `${links} ketenschakels binnen de bundel gecontroleerd.`,
    en: `${links} chain links within the bundle checked.`,
  }),
  disclosureMalformed: (): Message => ({
    nl: 'De gedeeltelijke onthulling is onleesbaar.',
    en: 'The partial disclosure is malformed.',
  }),
  disclosureMismatch: (): Message => ({
    nl: 'De getoonde velden kloppen niet met de vastlegging: een waarde of salt is gewijzigd.',
    en: 'The fields shown do not match the commitment: a value or salt was altered.',
  }),
};
