import { Field, ID, ObjectType } from '@nestjs/graphql';
import { NodeInterface } from '../../common/graphql/node.interface';
import { InstantScalar, LocalDateScalar } from '../../common/graphql/ledger-scalars';
import {
  AgreementStatusEnum,
  CommitmentStatusEnum,
  DisputeStatusEnum,
  MeetingStatusEnum,
  ProposalStatusEnum,
} from '../../common/graphql/ledger-enums';
import type {
  AgreementStanding,
  DueKind,
  EscalationForum,
  MeetingKind,
  PartyKind,
  ResolutionVote,
  RulingBindingness,
  RulingKind,
  Stance,
} from '@ledger/domain';
import {
  AgreementStandingEnum,
  DueKindEnum,
  EscalationForumEnum,
  MeetingKindEnum,
  PartyKindEnum,
  ResolutionVoteEnum,
  RulingBindingnessEnum,
  RulingKindEnum,
  StanceEnum,
} from '../../common/graphql/domain-enums';
import { FinancialTermModel, PeriodModel, SourceModel } from './value.models';

/** Every entity carries where its facts come from and which events touched it: the start of its audit trail. */
@ObjectType({ isAbstract: true })
export abstract class TracedEntity implements NodeInterface {
  @Field(() => ID, { description: 'Globaal kenmerk voor node(id) en nodes(ids).' }) id!: string;
  @Field(() => ID, { description: 'Het dossier waarin deze regel staat.' }) negotiationId!: string;
  @Field(() => [SourceModel], {
    description: 'Bronnen van deze regel: citaten uit de vastleggingen en gekoppelde bronnen.',
  })
  sources!: readonly SourceModel[];
  @Field(() => [ID], {
    description: 'Gebeurtenissen die deze regel raakten, in volgorde; zie auditTrail voor de details.',
  })
  eventIds!: readonly string[];
}

@ObjectType('Party', { description: 'Een partij of delegatie aan tafel.', implements: () => [NodeInterface] })
export class PartyModel extends TracedEntity {
  @Field(() => ID, { description: 'Kenmerk van de partij.' }) partyId!: string;
  @Field({ description: 'Naam van de partij.' }) name!: string;
  @Field(() => PartyKindEnum, { description: 'Wat voor partij.' }) kind!: PartyKind;
  @Field(() => [String], { description: 'Onderdelen van de delegatie.' }) delegation!: readonly string[];
  @Field(() => LocalDateScalar, { description: 'Sinds wanneer aan tafel.' }) joinedOn!: string;
}

@ObjectType('Meeting', {
  description: 'Een overleg: gepland, gehouden of afgezegd.',
  implements: () => [NodeInterface],
})
export class MeetingModel extends TracedEntity {
  @Field(() => ID, { description: 'Kenmerk van het overleg.' }) meetingId!: string;
  @Field(() => MeetingKindEnum, { description: 'Soort overleg.' }) kind!: MeetingKind;
  @Field({ description: 'Naam van het overleg.' }) title!: string;
  @Field(() => PeriodModel, { description: 'Wanneer, zoals het document het noemt.' }) scheduledFor!: PeriodModel;
  @Field(() => [ID], { description: 'De deelnemende partijen.' }) participants!: readonly string[];
  @Field({ description: 'Informeel en vertrouwelijk.' }) confidential!: boolean;
  @Field(() => MeetingStatusEnum, { description: 'scheduled, held of cancelled.' }) status!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'De dag waarop het overleg plaatsvond.' }) heldOn!:
    string | null;
  @Field(() => String, { description: 'Samenvatting van de uitkomst, als het overleg is gehouden.', nullable: true })
  summary!: string | null;
  @Field(() => String, { description: 'Waarom afgezegd, als het overleg werd afgezegd.', nullable: true })
  cancelledReason!: string | null;
}

@ObjectType('ProposalTerms', { description: 'De inhoud van een voorstel zoals ingediend of na een herziening.' })
export class ProposalTermsModel {
  @Field({ description: 'Korte titel.' }) title!: string;
  @Field({ description: 'De inhoud.' }) terms!: string;
  @Field(() => [FinancialTermModel], { description: 'Bedragen in het voorstel.' })
  financialTerms!: readonly FinancialTermModel[];
  @Field({ description: 'Als niet onderhandelbaar gepresenteerd.' }) nonNegotiable!: boolean;
  @Field(() => ID, { description: 'Het overleg, als dat er een is.', nullable: true }) meetingId!: string | null;
  @Field(() => LocalDateScalar, { description: 'Wanneer ingediend of herzien.' }) occurredOn!: string;
  @Field(() => ID, { description: 'De gebeurtenis die deze inhoud vastlegde.' }) eventId!: string;
}

@ObjectType('Proposal', {
  description: 'Een bod, voorstel of inzet van een partij.',
  implements: () => [NodeInterface],
})
export class ProposalModel extends TracedEntity {
  @Field(() => ID, { description: 'Kenmerk van het voorstel.' }) proposalId!: string;
  @Field(() => ID, { description: 'De indienende partij.' }) partyId!: string;
  @Field(() => ProposalStatusEnum, { description: 'tabled of withdrawn.' }) status!: string;
  @Field({ description: 'Er is een afspraak op gebaseerd.' }) agreed!: boolean;
  @Field(() => ProposalTermsModel, { description: 'De inhoud die nu geldt.' }) current!: ProposalTermsModel;
  @Field(() => [ProposalTermsModel], { description: 'Ingediende inhoud en elke herziening, in volgorde.' })
  history!: readonly ProposalTermsModel[];
  @Field(() => String, { description: 'Waarom ingetrokken, als het voorstel werd ingetrokken.', nullable: true })
  withdrawnReason!: string | null;
}

@ObjectType('Position', {
  description: 'Het standpunt van een partij over een voorstel of onderwerp.',
  implements: () => [NodeInterface],
})
export class PositionModel extends TracedEntity {
  @Field(() => ID, { description: 'Kenmerk van het standpunt.' }) positionId!: string;
  @Field(() => ID, { description: 'De partij.' }) partyId!: string;
  @Field(() => ID, { description: 'Het voorstel, als het standpunt over een voorstel gaat.', nullable: true })
  proposalId!: string | null;
  @Field({ description: 'Het onderwerp.' }) topic!: string;
  @Field(() => StanceEnum, { description: 'Het standpunt.' }) stance!: Stance;
  @Field(() => [String], { description: 'Redenen, in de woorden van de partij.' }) reasons!: readonly string[];
  @Field(() => ID, {
    description: 'Het overleg waarin het standpunt werd ingenomen, als dat er een is.',
    nullable: true,
  })
  meetingId!: string | null;
  @Field(() => [FinancialTermModel], { description: 'Bedragen die het standpunt noemt, zoals gezegd.' })
  financialTerms!: readonly FinancialTermModel[];
  @Field(() => LocalDateScalar, { description: 'Wanneer ingenomen.' }) takenOn!: string;
}

@ObjectType('Supersession', { description: 'Door welke afspraak een afspraak werd vervangen.' })
export class SupersessionModel {
  @Field(() => ID, { description: 'De afspraak die haar verving.' }) supersededBy!: string;
  @Field({ description: 'Waarom.' }) reason!: string;
  @Field(() => LocalDateScalar, { description: 'Wanneer vervangen.' }) on!: string;
}

@ObjectType('Agreement', {
  description: 'Een afspraak tussen partijen; geldt tot zij wordt vervangen.',
  implements: () => [NodeInterface],
})
export class AgreementModel extends TracedEntity {
  @Field(() => ID, { description: 'Kenmerk van de afspraak.' }) agreementId!: string;
  @Field({ description: 'Korte titel.' }) title!: string;
  @Field({ description: 'De inhoud van de afspraak.' }) terms!: string;
  @Field(() => [FinancialTermModel], { description: 'Afgesproken bedragen.' })
  financialTerms!: readonly FinancialTermModel[];
  @Field(() => [ID], { description: 'De partijen die de afspraak maakten.' }) parties!: readonly string[];
  @Field(() => ID, { description: 'Het overleg waarin de afspraak werd gemaakt, als dat er een is.', nullable: true })
  meetingId!: string | null;
  @Field(() => [ID], { description: 'De voorstellen waarop de afspraak rust.' }) proposalIds!: readonly string[];
  @Field(() => AgreementStandingEnum, {
    description: 'Op hoofdlijnen of uitgewerkt; onbekend waar geen document het zegt.',
  })
  standing!: AgreementStanding;
  @Field(() => [OpenTermModel], {
    description: 'Wat de uitkomst noemt maar waarover de partijen het (nog) niet eens zijn; staat niet in terms.',
  })
  openTerms!: readonly OpenTermModel[];
  @Field(() => [String], { description: 'Voorwaarden waaraan de afspraak hangt ("indien ..."), letterlijk.' })
  conditions!: readonly string[];
  @Field(() => [RiskAllocationModel], {
    description: 'Wie welk risico draagt ("voor rekening risico Rijk"), letterlijk.',
  })
  risks!: readonly RiskAllocationModel[];
  @Field(() => LocalDateScalar, { description: 'Wanneer de afspraak werd gemaakt.' }) reachedOn!: string;
  @Field(() => AgreementStatusEnum, { description: 'in-force of superseded.' }) status!: string;
  @Field(() => SupersessionModel, {
    description: 'Door welke afspraak deze werd vervangen; leeg zolang zij geldt.',
    nullable: true,
  })
  supersession!: SupersessionModel | null;
}

@ObjectType('OpenTerm', {
  description: 'Een punt dat bij een afspraak staat maar niet is overeengekomen, in de woorden van het document.',
})
export class OpenTermModel {
  @Field({ description: 'Letterlijk zoals het document het noemt.' }) asSaid!: string;
  @Field(() => ID, { nullable: true, description: 'Het geschilpunt waarin het openstaat, als dat is vastgelegd.' })
  disputeId!: string | null;
}

@ObjectType('RiskAllocation', {
  description: 'Een risico dat een afspraak bij een of meer partijen legt, in de woorden van het document.',
})
export class RiskAllocationModel {
  @Field({ description: 'Letterlijk zoals het document het zegt.' }) asSaid!: string;
  @Field(() => [ID], { description: 'De partijen die het risico dragen.' }) borneBy!: readonly string[];
}

@ObjectType('Outcome', { description: 'Wanneer een toezegging werd nagekomen of gemist, met toelichting.' })
export class OutcomeModel {
  @Field(() => LocalDateScalar, { description: 'Wanneer.' }) on!: string;
  @Field({ description: 'Toelichting.' }) note!: string;
}

@ObjectType('Commitment', {
  description: 'Een toezegging van een partij, met termijn zoals gezegd.',
  implements: () => [NodeInterface],
})
export class CommitmentModel extends TracedEntity {
  @Field(() => ID, { description: 'Kenmerk van de toezegging.' }) commitmentId!: string;
  @Field(() => [ID], {
    description:
      'De partijen die het toezegden, gezamenlijk als het er meer zijn; leeg als het document niemand noemt.',
  })
  owedBy!: readonly string[];
  @Field(() => ID, { description: 'De afspraak waar de toezegging bij hoort, als dat er een is.', nullable: true })
  agreementId!: string | null;
  @Field({ description: 'Wat is toegezegd.' }) description!: string;
  @Field(() => PeriodModel, { description: 'De termijn, zoals gezegd.' }) due!: PeriodModel;
  @Field(() => DueKindEnum, {
    description:
      'Uiterste termijn ("uiterlijk"), streefdatum ("inzet is", "gestreefd naar"), of geen van beide gezegd.',
  })
  dueKind!: DueKind;
  @Field(() => LocalDateScalar, { description: 'Wanneer toegezegd.' }) madeOn!: string;
  @Field(() => CommitmentStatusEnum, { description: 'open, fulfilled of missed.' }) status!: string;
  @Field(() => OutcomeModel, { description: 'Wanneer en hoe nagekomen of gemist; leeg zolang open.', nullable: true })
  outcome!: OutcomeModel | null;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'Wanneer vastgelegd als niet nagekomen; blijft staan als de toezegging daarna alsnog (te laat) is nagekomen.',
  })
  missedOn!: string | null;
}

@ObjectType('Escalation', { description: 'Een escalatie van een geschilpunt.' })
export class EscalationModel {
  @Field(() => EscalationForumEnum, { description: 'Soort forum.' }) forum!: EscalationForum;
  @Field({ description: 'Het forum zoals genoemd.' }) forumName!: string;
  @Field({ description: 'Waarom.' }) reason!: string;
  @Field(() => LocalDateScalar, { description: 'Wanneer geëscaleerd.' }) on!: string;
}

@ObjectType('AnnouncedEscalation', {
  description: 'Een aangekondigde escalatie: wat een partij zou doen als niet aan een voorwaarde wordt voldaan.',
})
export class AnnouncedEscalationModel {
  @Field(() => ID, { description: 'De partij die de aankondiging deed.' }) announcedBy!: string;
  @Field(() => EscalationForumEnum, { description: 'Soort forum.' }) forum!: EscalationForum;
  @Field({ description: 'Het forum zoals genoemd.' }) forumName!: string;
  @Field({ description: 'De voorwaarde.' }) condition!: string;
  @Field(() => LocalDateScalar, { description: 'Wanneer aangekondigd.' }) on!: string;
}

@ObjectType('Settlement', { description: 'Hoe een geschilpunt werd beslecht.' })
export class SettlementModel {
  @Field({ description: 'Hoe beslecht.' }) outcome!: string;
  @Field(() => ID, { description: 'De afspraak die het geschil beslechtte, als dat er een is.', nullable: true })
  agreementId!: string | null;
  @Field(() => ID, { description: 'De uitspraak die het geschil beslechtte, als dat er een is.', nullable: true })
  rulingId!: string | null;
  @Field(() => LocalDateScalar, { description: 'Wanneer beslecht.' }) on!: string;
}

@ObjectType('Dispute', { description: 'Een geschilpunt of open punt.', implements: () => [NodeInterface] })
export class DisputeModel extends TracedEntity {
  @Field(() => ID, { description: 'Kenmerk van het geschilpunt.' }) disputeId!: string;
  @Field({ description: 'Korte titel.' }) title!: string;
  @Field({ description: 'Waar het geschil over gaat.' }) description!: string;
  @Field(() => ID, { description: 'De partij die het punt inbracht.' }) raisedBy!: string;
  @Field(() => [FinancialTermModel], { description: 'Bedragen waarover het geschil gaat.' })
  financialTerms!: readonly FinancialTermModel[];
  @Field(() => ID, { description: 'Het voorstel waarover het geschil gaat, als dat er een is.', nullable: true })
  proposalId!: string | null;
  @Field(() => LocalDateScalar, { description: 'Wanneer ingebracht.' }) raisedOn!: string;
  @Field(() => DisputeStatusEnum, { description: 'open, escalated of settled.' }) status!: string;
  @Field(() => [EscalationModel], { description: 'Escalaties, in volgorde.' }) escalations!: readonly EscalationModel[];
  @Field(() => [AnnouncedEscalationModel], {
    description: 'Aangekondigde escalaties; het geschilpunt is daardoor niet geëscaleerd.',
  })
  announcedEscalations!: readonly AnnouncedEscalationModel[];
  @Field(() => SettlementModel, { description: 'Hoe beslecht; leeg zolang open.', nullable: true })
  settlement!: SettlementModel | null;
}

@ObjectType('Ruling', { description: 'Een uitspraak of advies van een commissie.', implements: () => [NodeInterface] })
export class RulingModel extends TracedEntity {
  @Field(() => ID, { description: 'Kenmerk van de uitspraak.' }) rulingId!: string;
  @Field({ description: 'De commissie, bijvoorbeeld "Commissie van Wijzen".' }) body!: string;
  @Field(() => RulingKindEnum, { description: 'Uitspraak of advies.' }) kind!: RulingKind;
  @Field(() => RulingBindingnessEnum, {
    description: 'Bindend, niet bindend, zwaarwegend, of onbekend waar geen document het zegt.',
  })
  bindingness!: RulingBindingness;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Of de uitspraak bindt; null waar geen document het zegt. Zie bindingness voor zwaarwegend advies.',
  })
  binding!: boolean | null;
  @Field({ description: 'Samenvatting in de woorden van de uitspraak.' }) summary!: string;
  @Field(() => ID, { description: 'Het geschilpunt, als dat er een is.', nullable: true }) disputeId!: string | null;
  @Field(() => [FinancialTermModel], { description: 'Bedragen die de uitspraak noemt.' })
  financialTerms!: readonly FinancialTermModel[];
  @Field(() => LocalDateScalar, { description: 'Wanneer uitgesproken.' }) issuedOn!: string;
}

@ObjectType('Resolution', {
  description: 'Een resolutie van de ledenvergadering die een delegatie bindt.',
  implements: () => [NodeInterface],
})
export class ResolutionModel extends TracedEntity {
  @Field(() => ID, { description: 'Kenmerk van de resolutie.' }) resolutionId!: string;
  @Field({ description: 'Het orgaan, bijvoorbeeld "ALV VNG".' }) body!: string;
  @Field({ description: 'De tekst van de resolutie.' }) text!: string;
  @Field(() => ID, { description: 'De partij die de resolutie bindt.' }) bindsParty!: string;
  @Field(() => ID, { description: 'De vergadering die de resolutie aannam, als die is vastgelegd.', nullable: true })
  meetingId!: string | null;
  @Field(() => ResolutionVoteEnum, { description: 'Hoe er gestemd werd; onbekend waar geen document het zegt.' })
  vote!: ResolutionVote;
  @Field(() => LocalDateScalar, { description: 'Wanneer aangenomen.' }) adoptedOn!: string;
}

@ObjectType('Correction', { description: 'Een correctie van een eerdere regel; het origineel blijft in het logboek.' })
export class CorrectionModel {
  @Field(() => ID, { description: 'De correctie zelf.' }) eventId!: string;
  @Field(() => ID, { description: 'De gecorrigeerde gebeurtenis.' }) correctedEventId!: string;
  @Field(() => ID, { description: 'De regel die werd gecorrigeerd.' }) entityId!: string;
  @Field({ description: 'Waarom gecorrigeerd.' }) reason!: string;
  @Field({ description: 'Waar als de regel geheel werd ingetrokken als onterecht vastgelegd.' }) retracted!: boolean;
  @Field(() => InstantScalar, { description: 'Wanneer de correctie werd vastgelegd.' }) recordedAt!: string;
}
