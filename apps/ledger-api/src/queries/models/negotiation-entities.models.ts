import { Field, ID, ObjectType } from '@nestjs/graphql';
import { InstantScalar, LocalDateScalar } from '../../common/graphql/ledger-scalars';
import { AgreementStatusEnum, CommitmentStatusEnum, DisputeStatusEnum, MeetingStatusEnum, ProposalStatusEnum } from '../../common/graphql/ledger-enums';
import type { EscalationForum, MeetingKind, PartyKind, RulingKind, Stance } from '@ledger/domain';
import { EscalationForumEnum, MeetingKindEnum, PartyKindEnum, RulingKindEnum, StanceEnum } from '../../common/graphql/domain-enums';
import { FinancialTermModel, PeriodModel, SourceModel } from './value.models';

/** Every entity carries where its facts come from and which events touched it: the start of its audit trail. */
@ObjectType({ isAbstract: true })
abstract class TracedEntity {
  @Field(() => [SourceModel], { description: 'Bronnen van deze regel: citaten uit de vastleggingen en gekoppelde bronnen.' }) sources!: readonly SourceModel[];
  @Field(() => [ID], { description: 'Gebeurtenissen die deze regel raakten, in volgorde; zie auditTrail voor de details.' }) eventIds!: readonly string[];
}

@ObjectType('Party', { description: 'Een partij of delegatie aan tafel.' })
export class PartyModel extends TracedEntity {
  @Field(() => ID) partyId!: string;
  @Field() name!: string;
  @Field(() => PartyKindEnum) kind!: PartyKind;
  @Field(() => [String], { description: 'Onderdelen van de delegatie.' }) delegation!: readonly string[];
  @Field(() => LocalDateScalar, { description: 'Sinds wanneer aan tafel.' }) joinedOn!: string;
}

@ObjectType('Meeting', { description: 'Een overleg: gepland, gehouden of afgezegd.' })
export class MeetingModel extends TracedEntity {
  @Field(() => ID) meetingId!: string;
  @Field(() => MeetingKindEnum) kind!: MeetingKind;
  @Field() title!: string;
  @Field(() => PeriodModel) scheduledFor!: PeriodModel;
  @Field(() => [ID]) participants!: readonly string[];
  @Field({ description: 'Informeel en vertrouwelijk.' }) confidential!: boolean;
  @Field(() => MeetingStatusEnum, { description: 'scheduled, held of cancelled.' }) status!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'De dag waarop het overleg plaatsvond.' }) heldOn!: string | null;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field(() => String, { nullable: true }) cancelledReason!: string | null;
}

@ObjectType('ProposalTerms', { description: 'De inhoud van een voorstel zoals ingediend of na een herziening.' })
export class ProposalTermsModel {
  @Field() title!: string;
  @Field() terms!: string;
  @Field(() => [FinancialTermModel]) financialTerms!: readonly FinancialTermModel[];
  @Field({ description: 'Als niet onderhandelbaar gepresenteerd.' }) nonNegotiable!: boolean;
  @Field(() => ID, { nullable: true }) meetingId!: string | null;
  @Field(() => LocalDateScalar) occurredOn!: string;
  @Field(() => ID) eventId!: string;
}

@ObjectType('Proposal', { description: 'Een bod, voorstel of inzet van een partij.' })
export class ProposalModel extends TracedEntity {
  @Field(() => ID) proposalId!: string;
  @Field(() => ID, { description: 'De indienende partij.' }) partyId!: string;
  @Field(() => ProposalStatusEnum, { description: 'tabled of withdrawn.' }) status!: string;
  @Field({ description: 'Er is een afspraak op gebaseerd.' }) agreed!: boolean;
  @Field(() => ProposalTermsModel, { description: 'De inhoud die nu geldt.' }) current!: ProposalTermsModel;
  @Field(() => [ProposalTermsModel], { description: 'Ingediende inhoud en elke herziening, in volgorde.' }) history!: readonly ProposalTermsModel[];
  @Field(() => String, { nullable: true }) withdrawnReason!: string | null;
}

@ObjectType('Position', { description: 'Het standpunt van een partij over een voorstel of onderwerp.' })
export class PositionModel extends TracedEntity {
  @Field(() => ID) positionId!: string;
  @Field(() => ID) partyId!: string;
  @Field(() => ID, { nullable: true }) proposalId!: string | null;
  @Field() topic!: string;
  @Field(() => StanceEnum) stance!: Stance;
  @Field(() => [String]) reasons!: readonly string[];
  @Field(() => ID, { nullable: true }) meetingId!: string | null;
  @Field(() => LocalDateScalar) takenOn!: string;
}

@ObjectType('Supersession', { description: 'Door welke afspraak een afspraak werd vervangen.' })
export class SupersessionModel {
  @Field(() => ID) supersededBy!: string;
  @Field() reason!: string;
  @Field(() => LocalDateScalar) on!: string;
}

@ObjectType('Agreement', { description: 'Een afspraak tussen partijen; geldt tot zij wordt vervangen.' })
export class AgreementModel extends TracedEntity {
  @Field(() => ID) agreementId!: string;
  @Field() title!: string;
  @Field() terms!: string;
  @Field(() => [FinancialTermModel]) financialTerms!: readonly FinancialTermModel[];
  @Field(() => [ID]) parties!: readonly string[];
  @Field(() => ID, { nullable: true }) meetingId!: string | null;
  @Field(() => [ID]) proposalIds!: readonly string[];
  @Field(() => LocalDateScalar) reachedOn!: string;
  @Field(() => AgreementStatusEnum, { description: 'in-force of superseded.' }) status!: string;
  @Field(() => SupersessionModel, { nullable: true }) supersession!: SupersessionModel | null;
}

@ObjectType('Outcome', { description: 'Wanneer een toezegging werd nagekomen of gemist, met toelichting.' })
export class OutcomeModel {
  @Field(() => LocalDateScalar) on!: string;
  @Field() note!: string;
}

@ObjectType('Commitment', { description: 'Een toezegging van een partij, met termijn zoals gezegd.' })
export class CommitmentModel extends TracedEntity {
  @Field(() => ID) commitmentId!: string;
  @Field(() => ID, { description: 'De partij die toezegde.' }) partyId!: string;
  @Field(() => ID, { nullable: true }) agreementId!: string | null;
  @Field() description!: string;
  @Field(() => PeriodModel) due!: PeriodModel;
  @Field(() => LocalDateScalar) madeOn!: string;
  @Field(() => CommitmentStatusEnum, { description: 'open, fulfilled of missed.' }) status!: string;
  @Field(() => OutcomeModel, { nullable: true }) outcome!: OutcomeModel | null;
}

@ObjectType('Escalation', { description: 'Een escalatie van een geschilpunt.' })
export class EscalationModel {
  @Field(() => EscalationForumEnum) forum!: EscalationForum;
  @Field() forumName!: string;
  @Field() reason!: string;
  @Field(() => LocalDateScalar) on!: string;
}

@ObjectType('AnnouncedEscalation', { description: 'Een aangekondigde escalatie: wat een partij zou doen als niet aan een voorwaarde wordt voldaan.' })
export class AnnouncedEscalationModel {
  @Field(() => ID) announcedBy!: string;
  @Field(() => EscalationForumEnum) forum!: EscalationForum;
  @Field() forumName!: string;
  @Field() condition!: string;
  @Field(() => LocalDateScalar) on!: string;
}

@ObjectType('Settlement', { description: 'Hoe een geschilpunt werd beslecht.' })
export class SettlementModel {
  @Field() outcome!: string;
  @Field(() => ID, { nullable: true }) agreementId!: string | null;
  @Field(() => ID, { nullable: true }) rulingId!: string | null;
  @Field(() => LocalDateScalar) on!: string;
}

@ObjectType('Dispute', { description: 'Een geschilpunt of open punt.' })
export class DisputeModel extends TracedEntity {
  @Field(() => ID) disputeId!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => ID) raisedBy!: string;
  @Field(() => [FinancialTermModel]) financialTerms!: readonly FinancialTermModel[];
  @Field(() => ID, { nullable: true }) proposalId!: string | null;
  @Field(() => LocalDateScalar) raisedOn!: string;
  @Field(() => DisputeStatusEnum, { description: 'open, escalated of settled.' }) status!: string;
  @Field(() => [EscalationModel]) escalations!: readonly EscalationModel[];
  @Field(() => [AnnouncedEscalationModel], { description: 'Aangekondigde escalaties; het geschilpunt is daardoor niet geëscaleerd.' })
  announcedEscalations!: readonly AnnouncedEscalationModel[];
  @Field(() => SettlementModel, { nullable: true }) settlement!: SettlementModel | null;
}

@ObjectType('Ruling', { description: 'Een uitspraak of advies van een commissie.' })
export class RulingModel extends TracedEntity {
  @Field(() => ID) rulingId!: string;
  @Field() body!: string;
  @Field(() => RulingKindEnum) kind!: RulingKind;
  @Field() binding!: boolean;
  @Field() summary!: string;
  @Field(() => ID, { nullable: true }) disputeId!: string | null;
  @Field(() => [FinancialTermModel]) financialTerms!: readonly FinancialTermModel[];
  @Field(() => LocalDateScalar) issuedOn!: string;
}

@ObjectType('Resolution', { description: 'Een resolutie van de ledenvergadering die een delegatie bindt.' })
export class ResolutionModel extends TracedEntity {
  @Field(() => ID) resolutionId!: string;
  @Field() body!: string;
  @Field() text!: string;
  @Field(() => ID) bindsParty!: string;
  @Field(() => LocalDateScalar) adoptedOn!: string;
}

@ObjectType('Correction', { description: 'Een correctie van een eerdere regel; het origineel blijft in het logboek.' })
export class CorrectionModel {
  @Field(() => ID) eventId!: string;
  @Field(() => ID) correctedEventId!: string;
  @Field(() => ID) entityId!: string;
  @Field() reason!: string;
  @Field() retracted!: boolean;
  @Field(() => InstantScalar) recordedAt!: string;
}
