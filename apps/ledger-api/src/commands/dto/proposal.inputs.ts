import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { STANCES, type Stance } from '@ledger/domain';
import { StanceEnum } from '../../common/graphql/domain-enums';
import { CommandInput } from './command.input';
import { FinancialTermInput } from './value.inputs';

@InputType({ isAbstract: true })
abstract class ProposalContentInput extends CommandInput {
  @Field(() => ID, { description: 'Kenmerk van het voorstel.' }) @IsString() @MaxLength(128) proposalId!: string;
  @Field({ description: 'Korte titel.' }) @IsString() @MinLength(1) @MaxLength(500) title!: string;
  @Field({ description: 'De inhoud van het bod of voorstel.' })
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  terms!: string;
  @Field(() => [FinancialTermInput], { description: 'Bedragen in het voorstel.', defaultValue: [] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => FinancialTermInput)
  financialTerms!: FinancialTermInput[];
  @Field({ defaultValue: false, description: 'Door de indiener als niet onderhandelbaar gepresenteerd.' })
  @IsBoolean()
  nonNegotiable!: boolean;
  @Field(() => ID, { nullable: true, description: 'Het overleg waarin het op tafel kwam.' })
  @IsOptional()
  @IsString()
  meetingId?: string | null;
}

@InputType({ description: 'Een bod, voorstel of inzet op tafel leggen.' })
export class TableProposalInput extends ProposalContentInput {
  @Field(() => ID, { description: 'De partij die het voorstel doet.' }) @IsString() @MaxLength(128) partyId!: string;
}

@InputType({ description: 'Een voorstel herzien: de nieuwe inhoud vervangt de vorige, die in de historie blijft.' })
export class ReviseProposalInput extends ProposalContentInput {}

@InputType({ description: 'Een voorstel intrekken.' })
export class WithdrawProposalInput extends CommandInput {
  @Field(() => ID, { description: 'Het voorstel.' }) @IsString() @MaxLength(128) proposalId!: string;
  @Field({ description: 'Waarom het voorstel wordt ingetrokken.' })
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  reason!: string;
}

@InputType({ description: 'Het standpunt van een partij over een voorstel of onderwerp vastleggen.' })
export class TakePositionInput extends CommandInput {
  @Field(() => ID, { description: 'Eigen kenmerk van het standpunt.' }) @IsString() @MaxLength(128) positionId!: string;
  @Field(() => ID, { description: 'De partij.' }) @IsString() @MaxLength(128) partyId!: string;
  @Field(() => ID, { description: 'Het voorstel waarover het standpunt gaat, als dat er een is.', nullable: true })
  @IsOptional()
  @IsString()
  proposalId?: string | null;
  @Field({ description: 'Onderwerp, bijvoorbeeld "eigen bijdrage".' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  topic!: string;
  @Field(() => StanceEnum, { description: 'Het standpunt.' }) @IsIn(STANCES) stance!: Stance;
  @Field(() => [String], { description: 'Redenen, in de woorden van de partij.', defaultValue: [] })
  @IsArray()
  @IsString({ each: true })
  @MaxLength(20000, { each: true })
  reasons!: string[];
  @Field(() => ID, {
    description: 'Het overleg waarin het standpunt werd ingenomen, als dat er een is.',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  meetingId?: string | null;
  @Field(() => [FinancialTermInput], {
    description: 'Bedragen die het standpunt noemt ("de taakstelling van € 1 miljard").',
    defaultValue: [],
  })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => FinancialTermInput)
  financialTerms!: FinancialTermInput[];
}
