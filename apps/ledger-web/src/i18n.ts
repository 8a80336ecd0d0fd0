import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export type Lang = 'nl' | 'en';

/** Plain words for the ledger's event types: what a delegation member calls them, not the code name. */
export const ENTRY_KINDS: Readonly<Record<string, Readonly<{ nl: string; en: string }>>> = {
  NegotiationOpened: { nl: 'Dossier geopend', en: 'Negotiation opened' },
  PartyJoined: { nl: 'Partij aan tafel', en: 'Party joined' },
  MeetingScheduled: { nl: 'Overleg gepland', en: 'Meeting scheduled' },
  MeetingHeld: { nl: 'Overleg gehouden', en: 'Meeting held' },
  MeetingCancelled: { nl: 'Overleg afgezegd', en: 'Meeting cancelled' },
  ProposalTabled: { nl: 'Voorstel ingediend', en: 'Proposal tabled' },
  ProposalRevised: { nl: 'Voorstel herzien', en: 'Proposal revised' },
  ProposalWithdrawn: { nl: 'Voorstel ingetrokken', en: 'Proposal withdrawn' },
  PositionTaken: { nl: 'Standpunt', en: 'Position taken' },
  AgreementReached: { nl: 'Afspraak', en: 'Agreement' },
  AgreementSuperseded: { nl: 'Afspraak vervangen', en: 'Agreement superseded' },
  CommitmentMade: { nl: 'Toezegging', en: 'Commitment' },
  CommitmentFulfilled: { nl: 'Toezegging nagekomen', en: 'Commitment fulfilled' },
  CommitmentMissed: { nl: 'Toezegging niet nagekomen', en: 'Commitment missed' },
  DisputeRaised: { nl: 'Geschilpunt', en: 'Dispute raised' },
  EscalationAnnounced: { nl: 'Escalatie aangekondigd', en: 'Escalation announced' },
  DisputeEscalated: { nl: 'Geschilpunt geëscaleerd', en: 'Dispute escalated' },
  DisputeSettled: { nl: 'Geschilpunt beslecht', en: 'Dispute settled' },
  RulingIssued: { nl: 'Uitspraak of advies', en: 'Ruling or advice' },
  ResolutionAdopted: { nl: 'Resolutie ledenvergadering', en: 'Members’ resolution' },
  SourceAttached: { nl: 'Bron gekoppeld', en: 'Source attached' },
  EntryCorrected: { nl: 'Correctie', en: 'Correction' },
};

export const kindLabel = (type: string | null, lang: Lang): string => (type ? (ENTRY_KINDS[type]?.[lang] ?? type) : '');

/** Plain words for the codes the API answers with (stances, kinds of money, states, visibility), either case. */
const CODES: Readonly<Record<string, Readonly<{ nl: string; en: string }>>> = {
  supports: { nl: 'steunt', en: 'supports' },
  opposes: { nl: 'verzet zich', en: 'opposes' },
  reserves: { nl: 'voorbehoud', en: 'reserves' },
  conditional: { nl: 'onder voorwaarden', en: 'conditional' },
  funding: { nl: 'extra middelen', en: 'funding' },
  saving: { nl: 'taakstelling', en: 'saving target' },
  compensation: { nl: 'compensatie', en: 'compensation' },
  cut: { nl: 'korting', en: 'cut' },
  open: { nl: 'open', en: 'open' },
  escalated: { nl: 'geëscaleerd', en: 'escalated' },
  settled: { nl: 'beslecht', en: 'settled' },
  public: { nl: 'iedereen', en: 'everyone' },
  parties: { nl: 'de partijen aan tafel', en: 'the parties at the table' },
  internal: { nl: 'intern, alleen', en: 'internal, only' },
};

export const codeLabel = (code: string | null | undefined, lang: Lang): string => (code ? (CODES[code.toLowerCase()]?.[lang] ?? code) : '');

/** Dutch and English names of the fields of an entry, for its page. */
const FIELDS: Readonly<Record<string, Readonly<{ nl: string; en: string }>>> = {
  title: { nl: 'Titel', en: 'Title' }, terms: { nl: 'Inhoud', en: 'Terms' }, description: { nl: 'Omschrijving', en: 'Description' },
  topic: { nl: 'Onderwerp', en: 'Topic' }, stance: { nl: 'Standpunt', en: 'Stance' }, reasons: { nl: 'Redenen', en: 'Reasons' },
  financialTerms: { nl: 'Bedragen', en: 'Amounts' }, due: { nl: 'Termijn', en: 'Due' }, parties: { nl: 'Partijen', en: 'Parties' },
  partyId: { nl: 'Partij', en: 'Party' }, raisedBy: { nl: 'Ingebracht door', en: 'Raised by' }, summary: { nl: 'Samenvatting', en: 'Summary' },
  reason: { nl: 'Reden', en: 'Reason' }, outcome: { nl: 'Afloop', en: 'Outcome' }, note: { nl: 'Toelichting', en: 'Note' },
  body: { nl: 'Orgaan', en: 'Body' }, text: { nl: 'Tekst', en: 'Text' }, name: { nl: 'Naam', en: 'Name' }, condition: { nl: 'Voorwaarde', en: 'Condition' },
  scheduledFor: { nl: 'Gepland', en: 'Scheduled' }, delegation: { nl: 'Delegatie', en: 'Delegation' }, participants: { nl: 'Deelnemers', en: 'Participants' },
};

export const fieldLabel = (key: string, lang: Lang): string => FIELDS[key]?.[lang] ?? key;

const WORDS = {
  appName: { nl: 'Onderhandelingsgrootboek', en: 'Negotiation ledger' },
  skip: { nl: 'Naar de inhoud', en: 'Skip to content' },
  negotiations: { nl: 'Dossiers', en: 'Negotiations' },
  search: { nl: 'Zoeken', en: 'Search' },
  verify: { nl: 'Dossier controleren', en: 'Verify a dossier' },
  signOut: { nl: 'Afmelden', en: 'Sign out' },
  otherLanguage: { nl: 'English', en: 'Nederlands' },
  signedInAs: { nl: 'Aangemeld als', en: 'Signed in as' },
  signIn: { nl: 'Aanmelden', en: 'Sign in' },
  signInHelp: {
    nl: 'Vraag een aanmeldlink aan wie de ledger beheert (npm run ledger -- sign-in-link --sub <naam> --party <partij> --role <rol>) en open die in deze browser. Een link werkt één keer en tien minuten lang.',
    en: 'Ask whoever runs the ledger for a sign-in link (npm run ledger -- sign-in-link --sub <name> --party <party> --role <role>) and open it in this browser. A link works once, for ten minutes.',
  },
  signingIn: { nl: 'Bezig met aanmelden…', en: 'Signing in…' },
  signInFailed: { nl: 'Deze aanmeldlink is onbekend, al gebruikt of verlopen. Vraag een nieuwe.', en: 'This sign-in link is unknown, used or expired. Ask for a new one.' },
  loading: { nl: 'Laden…', en: 'Loading…' },
  timeline: { nl: 'Tijdlijn', en: 'Timeline' },
  agreedState: { nl: 'Stand per datum', en: 'Standing on a date' },
  changes: { nl: 'Wat is er veranderd', en: 'What changed' },
  commitments: { nl: 'Toezeggingen', en: 'Commitments' },
  disputes: { nl: 'Geschilpunten', en: 'Disputes' },
  dossier: { nl: 'Bewijsdossier', en: 'Evidence dossier' },
  opened: { nl: 'Geopend', en: 'Opened' },
  lastActivity: { nl: 'Laatst', en: 'Last' },
  entries: { nl: 'regels', en: 'entries' },
  date: { nl: 'Datum', en: 'Date' },
  kind: { nl: 'Soort', en: 'Kind' },
  party: { nl: 'Partij', en: 'Party' },
  topic: { nl: 'Onderwerp', en: 'Topic' },
  from: { nl: 'Van', en: 'From' },
  to: { nl: 'Tot en met', en: 'To' },
  all: { nl: 'Alle', en: 'All' },
  what: { nl: 'Wat', en: 'What' },
  filter: { nl: 'Toon', en: 'Show' },
  print: { nl: 'Afdrukken', en: 'Print' },
  withheld: { nl: 'Afgeschermd: u mag de inhoud van deze regel niet zien. Alleen de hash staat er.', en: 'Withheld: you may not see this entry’s content. Only its hash is shown.' },
  withheldShort: { nl: 'afgeschermd', en: 'withheld' },
  shown: { nl: 'getoond', en: 'shown' },
  asOf: { nl: 'Peildatum', en: 'As of' },
  asKnownAt: { nl: 'Zoals bekend op (leeg: nu)', en: 'As known at (empty: now)' },
  referenceDate: { nl: 'Beoordeeld op', en: 'Judged on' },
  agreementsInForce: { nl: 'Geldende afspraken', en: 'Agreements in force' },
  financialFramework: { nl: 'Financieel kader', en: 'Financial framework' },
  openDisputes: { nl: 'Open geschilpunten', en: 'Open disputes' },
  positions: { nl: 'Laatste standpunten', en: 'Latest positions' },
  none: { nl: 'Geen.', en: 'None.' },
  notNamed: { nl: 'niet genoemd', en: 'not named' },
  year: { nl: 'Jaar', en: 'Year' },
  amount: { nl: 'Bedrag', en: 'Amount' },
  sources: { nl: 'Bronnen', en: 'Sources' },
  compare: { nl: 'Vergelijken', en: 'Compare' },
  firstDate: { nl: 'Eerste datum', en: 'First date' },
  secondDate: { nl: 'Tweede datum', en: 'Second date' },
  added: { nl: 'Erbij gekomen', en: 'Added' },
  removed: { nl: 'Vervallen', en: 'Gone' },
  nothingChanged: { nl: 'Niets veranderd.', en: 'Nothing changed.' },
  open: { nl: 'Open', en: 'Open' },
  dueSoon: { nl: 'Binnenkort', en: 'Due soon' },
  overdue: { nl: 'Over de termijn', en: 'Overdue' },
  fulfilled: { nl: 'Nagekomen', en: 'Fulfilled' },
  missed: { nl: 'Niet nagekomen', en: 'Missed' },
  due: { nl: 'Termijn', en: 'Due' },
  by: { nl: 'Door', en: 'By' },
  outcome: { nl: 'Afloop', en: 'Outcome' },
  escalations: { nl: 'Escalaties', en: 'Escalations' },
  announced: { nl: 'Aangekondigd', en: 'Announced' },
  rulings: { nl: 'Uitspraken en adviezen', en: 'Rulings and advice' },
  settlement: { nl: 'Beslecht', en: 'Settled' },
  binding: { nl: 'bindend', en: 'binding' },
  notBinding: { nl: 'niet bindend', en: 'not binding' },
  zwaarwegend: { nl: 'zwaarwegend advies', en: 'weighty advice, not binding' },
  bindingUnknown: { nl: 'of het bindt, zegt geen document', en: 'no document says whether it binds' },
  auditTrail: { nl: 'Audittrail', en: 'Audit trail' },
  recordedAt: { nl: 'Vastgelegd', en: 'Recorded' },
  recordedBy: { nl: 'door', en: 'by' },
  hash: { nl: 'Hash', en: 'Hash' },
  prevHash: { nl: 'Vorige hash', en: 'Previous hash' },
  classification: { nl: 'Zichtbaar voor', en: 'Visible to' },
  chain: { nl: 'Hashketen van het dossier', en: 'Hash chain of the negotiation' },
  chainIntact: { nl: 'intact', en: 'intact' },
  chainBroken: { nl: 'gebroken', en: 'broken' },
  searchLabel: { nl: 'Zoek in titels, afspraken, redenen en citaten', en: 'Search titles, terms, reasons and quotes' },
  results: { nl: 'resultaten', en: 'results' },
  more: { nl: 'Meer', en: 'More' },
  download: { nl: 'Dossier downloaden (JSON)', en: 'Download dossier (JSON)' },
  dropBundle: { nl: 'Sleep een dossier (JSON) hierheen of kies een bestand', en: 'Drop a dossier (JSON) here or choose a file' },
  pinnedKey: { nl: 'Vastgepinde sleutel (vkey)', en: 'Pinned key (vkey)' },
  check: { nl: 'Controleren', en: 'Verify' },
  verifyOffline: { nl: 'De controle gebeurt in deze browser; er gaat niets over het netwerk.', en: 'The check runs in this browser; nothing goes over the network.' },
  correction: { nl: 'Correctie vastleggen', en: 'Record a correction' },
  attachSource: { nl: 'Bron koppelen', en: 'Attach a source' },
  reason: { nl: 'Reden', en: 'Reason' },
  retracted: { nl: 'Ten onrechte vastgelegd (intrekken)', en: 'Recorded in error (retract)' },
  correctedField: { nl: 'Veld', en: 'Field' },
  correctedValue: { nl: 'Juiste tekst', en: 'Correct text' },
  correctedOccurredOn: { nl: 'Juiste datum', en: 'Correct date' },
  occurredOn: { nl: 'Datum van de bron of correctie', en: 'Date of the source or correction' },
  documentTitle: { nl: 'Titel document', en: 'Document title' },
  issuer: { nl: 'Uitgever', en: 'Issuer' },
  documentDate: { nl: 'Datum document', en: 'Document date' },
  quote: { nl: 'Letterlijk citaat', en: 'Verbatim quote' },
  page: { nl: 'Pagina', en: 'Page' },
  submit: { nl: 'Vastleggen', en: 'Record' },
  recorded: { nl: 'Vastgelegd.', en: 'Recorded.' },
  notFound: { nl: 'Niet gevonden.', en: 'Not found.' },
} as const;

export type Word = keyof typeof WORDS;

export const LangContext = createContext<Lang>('nl');

/** The words of the chosen language. */
export function useWords(): { lang: Lang; t: (word: Word) => string } {
  const lang = useContext(LangContext);
  return { lang, t: (word) => WORDS[word][lang] };
}
