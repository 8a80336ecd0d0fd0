import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import {
  ESCALATION_FORUMS,
  RESOLUTION_VOTES,
  RULING_BINDINGNESS,
  RULING_KINDS,
  type EscalationForum,
  type ResolutionVote,
  type RulingBindingness,
  type RulingKind,
} from '@ledger/domain';
import {
  EscalationForumEnum,
  ResolutionVoteEnum,
  RulingBindingnessEnum,
  RulingKindEnum,
} from '../../common/graphql/domain-enums';
import { CommandInput } from './command.input';
import { FinancialTermInput } from './value.inputs';

@InputType({ description: 'Een geschilpunt (open punt) vastleggen.' })
export class RaiseDisputeInput extends CommandInput {
  @Field(() => ID, { description: 'Eigen kenmerk van het geschilpunt.' })
  @IsString()
  @MaxLength(128)
  disputeId!: string;
  @Field({ description: 'Korte titel.' }) @IsString() @MinLength(1) @MaxLength(500) title!: string;
  @Field({ description: 'Waar het geschil over gaat.' })
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  description!: string;
  @Field(() => ID, { description: 'De partij die het punt inbrengt.' }) @IsString() @MaxLength(128) raisedBy!: string;
  @Field(() => [FinancialTermInput], { description: 'Bedragen waarover het geschil gaat.', defaultValue: [] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => FinancialTermInput)
  financialTerms!: FinancialTermInput[];
  @Field(() => ID, { description: 'Het voorstel waarover het geschil gaat, als dat er een is.', nullable: true })
  @IsOptional()
  @IsString()
  proposalId?: string | null;
}

@InputType({
  description:
    'Vastleggen dat een partij aankondigde te zullen escaleren als niet aan een voorwaarde wordt voldaan; het geschilpunt is daarmee nog niet geëscaleerd.',
})
export class AnnounceEscalationInput extends CommandInput {
  @Field(() => ID, { description: 'Het geschilpunt.' }) @IsString() @MaxLength(128) disputeId!: string;
  @Field(() => ID, { description: 'De partij die de aankondiging deed.' })
  @IsString()
  @MaxLength(128)
  announcedBy!: string;
  @Field(() => EscalationForumEnum, { description: 'Waar de partij heen zou gaan.' })
  @IsIn(ESCALATION_FORUMS)
  forum!: EscalationForum;
  @Field({ description: 'Bijvoorbeeld "civielrechtelijke procedure voor volledige bedrag".' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  forumName!: string;
  @Field({ description: 'De voorwaarde, bijvoorbeeld "als het kabinet niet in augustus compenseert".' })
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  condition!: string;
}

@InputType({ description: 'Een geschilpunt escaleren: arbitrage, civielrechtelijke procedure, commissie.' })
export class EscalateDisputeInput extends CommandInput {
  @Field(() => ID, { description: 'Het geschilpunt.' }) @IsString() @MaxLength(128) disputeId!: string;
  @Field(() => EscalationForumEnum, { description: 'Soort forum.' }) @IsIn(ESCALATION_FORUMS) forum!: EscalationForum;
  @Field({ description: 'Bijvoorbeeld "Commissie van Wijzen".' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  forumName!: string;
  @Field({ description: 'Waarom geëscaleerd wordt.' }) @IsString() @MinLength(1) @MaxLength(20000) reason!: string;
}

@InputType({ description: 'Een geschilpunt als beslecht vastleggen.' })
export class SettleDisputeInput extends CommandInput {
  @Field(() => ID, { description: 'Het geschilpunt.' }) @IsString() @MaxLength(128) disputeId!: string;
  @Field({ description: 'Hoe het geschil is beslecht.' }) @IsString() @MinLength(1) @MaxLength(20000) outcome!: string;
  @Field(() => ID, { description: 'De afspraak die het geschil beslecht, als dat er een is.', nullable: true })
  @IsOptional()
  @IsString()
  agreementId?: string | null;
  @Field(() => ID, { description: 'De uitspraak die het geschil beslecht, als dat er een is.', nullable: true })
  @IsOptional()
  @IsString()
  rulingId?: string | null;
}

@InputType({ description: 'Een uitspraak of advies van een commissie vastleggen.' })
export class IssueRulingInput extends CommandInput {
  @Field(() => ID, { description: 'Eigen kenmerk van de uitspraak.' }) @IsString() @MaxLength(128) rulingId!: string;
  @Field({ description: 'Bijvoorbeeld "Commissie van Wijzen" of "Commissie Van Ark".' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  body!: string;
  @Field(() => RulingKindEnum, { description: 'Uitspraak of advies.' }) @IsIn(RULING_KINDS) kind!: RulingKind;
  @Field(() => RulingBindingnessEnum, {
    defaultValue: 'unknown',
    description: 'Of het bindt; onbekend (standaard) waar geen document het zegt.',
  })
  @IsIn(RULING_BINDINGNESS)
  bindingness!: RulingBindingness;
  @Field({ description: 'Samenvatting in de woorden van de uitspraak.' })
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  summary!: string;
  @Field(() => ID, { description: 'Het geschilpunt waarover de uitspraak gaat, als dat er is.', nullable: true })
  @IsOptional()
  @IsString()
  disputeId?: string | null;
  @Field(() => [FinancialTermInput], { description: 'Bedragen die de uitspraak noemt.', defaultValue: [] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => FinancialTermInput)
  financialTerms!: FinancialTermInput[];
}

@InputType({ description: 'Een resolutie van de ledenvergadering vastleggen die een delegatie bindt.' })
export class AdoptResolutionInput extends CommandInput {
  @Field(() => ID, { description: 'Eigen kenmerk van de resolutie.' })
  @IsString()
  @MaxLength(128)
  resolutionId!: string;
  @Field({ description: 'Bijvoorbeeld "ALV VNG".' }) @IsString() @MinLength(1) @MaxLength(500) body!: string;
  @Field({ description: 'De tekst van de resolutie.' }) @IsString() @MinLength(1) @MaxLength(20000) text!: string;
  @Field(() => ID, { description: 'De partij die de resolutie bindt.' })
  @IsString()
  @MaxLength(128)
  bindsParty!: string;
  @Field(() => ID, { description: 'De vergadering die de resolutie aannam, als die is vastgelegd.', nullable: true })
  @IsOptional()
  @IsString()
  meetingId?: string | null;
  @Field(() => ResolutionVoteEnum, {
    defaultValue: 'unknown',
    description: 'Hoe er gestemd werd ("unaniem"); onbekend (standaard) waar geen document het zegt.',
  })
  @IsIn(RESOLUTION_VOTES)
  vote!: ResolutionVote;
}
