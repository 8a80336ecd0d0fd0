import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { AGREEMENT_STANDINGS, DUE_KINDS, type AgreementStanding, type DueKind } from '@ledger/domain';
import { AgreementStandingEnum, DueKindEnum } from '../../common/graphql/domain-enums';
import { CommandInput } from './command.input';
import { FinancialTermInput, PeriodInput } from './value.inputs';

@InputType({ description: 'Een punt dat bij een afspraak staat maar waarover de partijen het niet eens zijn.' })
export class OpenTermInput {
  @Field({ description: 'Letterlijk zoals het document het noemt.' })
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  asSaid!: string;
  @Field(() => ID, { nullable: true, description: 'Het geschilpunt waarin het openstaat.' })
  @IsOptional()
  @IsString()
  disputeId?: string | null;
}

@InputType({ description: 'Een risico dat een afspraak bij een of meer partijen legt.' })
export class RiskAllocationInput {
  @Field({ description: 'Letterlijk zoals het document het zegt.' })
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  asSaid!: string;
  @Field(() => [ID], { description: 'De partijen die het risico dragen.' })
  @IsArray()
  @IsString({ each: true })
  borneBy!: string[];
}

@InputType({ description: 'Een afspraak vastleggen die de partijen maakten.' })
export class ReachAgreementInput extends CommandInput {
  @Field(() => ID, { description: 'Eigen kenmerk van de afspraak.' }) @IsString() @MaxLength(128) agreementId!: string;
  @Field({ description: 'Korte titel.' }) @IsString() @MinLength(1) @MaxLength(500) title!: string;
  @Field({ description: 'De tekst van de afspraak.' }) @IsString() @MinLength(1) @MaxLength(20000) terms!: string;
  @Field(() => [FinancialTermInput], { description: 'Afgesproken bedragen.', defaultValue: [] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => FinancialTermInput)
  financialTerms!: FinancialTermInput[];
  @Field(() => [ID], { description: 'De partijen die de afspraak maakten (minstens twee).' })
  @IsArray()
  @IsString({ each: true })
  parties!: string[];
  @Field(() => ID, { description: 'Het overleg waarin de afspraak werd gemaakt, als dat er een is.', nullable: true })
  @IsOptional()
  @IsString()
  meetingId?: string | null;
  @Field(() => [ID], { defaultValue: [], description: 'Voorstellen waarop de afspraak rust.' })
  @IsArray()
  @IsString({ each: true })
  proposalIds!: string[];
  @Field(() => [ID], { defaultValue: [], description: 'Afspraken die door deze worden vervangen.' })
  @IsArray()
  @IsString({ each: true })
  supersedes!: string[];
  @Field(() => AgreementStandingEnum, {
    defaultValue: 'unknown',
    description: 'Op hoofdlijnen of uitgewerkt; onbekend (standaard) waar geen document het zegt.',
  })
  @IsIn(AGREEMENT_STANDINGS)
  standing!: AgreementStanding;
  @Field(() => [OpenTermInput], {
    defaultValue: [],
    description: 'Wat de uitkomst noemt maar niet is overeengekomen; hoort niet in terms.',
  })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => OpenTermInput)
  openTerms!: OpenTermInput[];
  @Field(() => [String], {
    defaultValue: [],
    description: 'Voorwaarden waaraan de afspraak hangt ("indien ..."), letterlijk.',
  })
  @IsArray()
  @IsString({ each: true })
  conditions!: string[];
  @Field(() => [RiskAllocationInput], { defaultValue: [], description: 'Wie welk risico draagt, letterlijk.' })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => RiskAllocationInput)
  risks!: RiskAllocationInput[];
}

@InputType({ description: 'Een toezegging vastleggen: wie belooft wat, wanneer.' })
export class MakeCommitmentInput extends CommandInput {
  @Field(() => ID, { description: 'Eigen kenmerk van de toezegging.' })
  @IsString()
  @MaxLength(128)
  commitmentId!: string;
  @Field(() => [ID], {
    description:
      'De partijen die het toezeggen, gezamenlijk als het er meer zijn; leeg als het document niemand noemt.',
  })
  @IsArray()
  @IsString({ each: true })
  owedBy!: string[];
  @Field(() => ID, { description: 'De afspraak waar de toezegging bij hoort, als dat er een is.', nullable: true })
  @IsOptional()
  @IsString()
  agreementId?: string | null;
  @Field({ description: 'Wat is toegezegd.' }) @IsString() @MinLength(1) @MaxLength(20000) description!: string;
  @Field(() => PeriodInput, { description: 'Wanneer, zoals gezegd: "uiterlijk augustus", "Q1 2027".' })
  @ValidateNested()
  @Type(() => PeriodInput)
  due!: PeriodInput;
  @Field(() => DueKindEnum, {
    defaultValue: 'unspecified',
    description: 'Uiterste termijn, streefdatum, of niet gezegd (standaard).',
  })
  @IsIn(DUE_KINDS)
  dueKind!: DueKind;
}

@InputType({ description: 'Vastleggen dat een toezegging is nagekomen (op occurredOn).' })
export class FulfilCommitmentInput extends CommandInput {
  @Field(() => ID, { description: 'De toezegging.' }) @IsString() @MaxLength(128) commitmentId!: string;
  @Field({ description: 'Hoe de toezegging werd nagekomen.', defaultValue: '' })
  @IsString()
  @MaxLength(20000)
  note!: string;
}

@InputType({ description: 'Vastleggen dat een toezegging niet is nagekomen.' })
export class RecordCommitmentMissedInput extends CommandInput {
  @Field(() => ID, { description: 'De toezegging.' }) @IsString() @MaxLength(128) commitmentId!: string;
  @Field({ description: 'Wat er gebeurde.' }) @IsString() @MinLength(1) @MaxLength(20000) note!: string;
}
