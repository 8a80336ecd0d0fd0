import type { Message } from './verification-report';

/** The messages of the checks on sealed leaves, the dossier's subject and its signature, in both languages. */
export const scopeMessages = {
  headerNotShown: (): Message => ({
    nl: 'Van dit getoonde item ontbreekt het veld event (wat, welke stroom, welke revisie).',
    en: 'This shown entry does not show its field event (what, which stream, which revision).',
  }),
  negotiationTagMismatch: (): Message => ({
    nl: 'Het onderhandelingslabel van het blad hoort niet bij de stroom die het item noemt.',
    en: "The leaf's negotiation tag is not the one of the stream the entry names.",
  }),
  sealedFromMalformed: (): Message => ({
    nl: 'De checkpoints zeggen niet eenduidig vanaf welk blad de bladen verzegeld zijn.',
    en: 'The checkpoints do not state one leaf from which the leaves are sealed.',
  }),
  leafFormatsAgree: (sealedFrom: number | null): Message =>
    sealedFrom === null
      ? { nl: 'Alle bladen hebben formaat 2.', en: 'Every leaf is of format 2.' }
      : {
          nl: `Bladen vanaf ${sealedFrom} zijn verzegeld (formaat 3), de eerdere hebben formaat 2.`,
          en: `Leaves from ${sealedFrom} on are sealed (format 3), earlier ones are of format 2.`,
        },
  wrongLeafFormat: (index: number): Message => ({
    nl: `Blad ${index} staat in de bundel in een ander formaat dan het checkpoint zegt.`,
    en: `Leaf ${index} is bundled in another format than the checkpoint states.`,
  }),
  rangeShort: (to: number, size: number): Message => ({
    nl: `De bundel eindigt bij blad ${to}, niet bij het checkpoint van ${size} bladen: het onderwerp kan na het einde doorgaan.`,
    en: `The bundle ends at leaf ${to}, not at the checkpoint of ${size} leaves: the subject may go on after its end.`,
  }),
  rangeStartsLate: (): Message => ({
    nl: 'De bundel begint niet bij het eerste item van de onderhandeling (revisie 0) en niet bij blad 0.',
    en: "The bundle starts neither at the negotiation's first entry (revision 0) nor at leaf 0.",
  }),
  otherNegotiationShown: (): Message => ({
    nl: 'Dit getoonde item hoort niet bij de onderhandeling van het onderwerp.',
    en: "This shown entry is not of the subject's negotiation.",
  }),
  scopeNotShown: (): Message => ({
    nl: 'Van dit item van de onderhandeling ontbreekt het veld scope: of het bij het onderwerp hoort, is niet na te gaan.',
    en: 'This entry of the negotiation does not show its field scope: whether it is in the subject cannot be checked.',
  }),
  scopeProven: (subject: number, confidential: number, outside: number): Message => ({
    nl: `Onderwerp bewezen tot het checkpoint: ${subject} item(s) getoond, ${confidential} vertrouwelijk achtergehouden, ${outside} erbuiten.`,
    en: `Subject proven up to the checkpoint: ${subject} entr(y/ies) shown, ${confidential} withheld as confidential, ${outside} outside it.`,
  }),
  scopeStated: (older: number): Message => ({
    nl: `${older} achtergehouden ouder(e) item(s) (formaat 2): of ze bij het onderwerp horen, zegt alleen de exporteur.`,
    en: `${older} withheld older entr(y/ies) (format 2): whether they are in the subject only the exporter says.`,
  }),
  countsWrong: (): Message => ({
    nl: 'De aantallen achtergehouden items kloppen niet met wat de bladen bewijzen.',
    en: 'The withheld counts do not agree with what the leaves prove.',
  }),
  signed: (key: string): Message => ({
    nl: `Het dossier (onderwerp, tijdstip, sleutels, specificatie en bewijs) is ondertekend door ${key}.`,
    en: `The dossier (subject, time, keys, specification and evidence) is signed by ${key}.`,
  }),
  notSigned: (): Message => ({
    nl: 'Het dossier is niet ondertekend door een sleutel die geldt bij het laatste checkpoint: onderwerp of tijdstip kan gewijzigd zijn.',
    en: 'The dossier is not signed by a key valid at its last checkpoint: its subject or time may have been altered.',
  }),
};
