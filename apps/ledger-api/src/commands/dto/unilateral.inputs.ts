import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { DECISION_KINDS, type DecisionKind } from '@ledger/domain';
import { DecisionKindEnum } from '../../common/graphql/domain-enums';
import { CommandInput } from './command.input';
import { FinancialTermInput } from './value.inputs';

@InputType({
  description:
    'Een eenzijdig besluit of een betaling van één partij vastleggen ("het kabinet heeft € 613 miljoen vrijgemaakt"): geen afspraak.',
})
export class TakeDecisionInput extends CommandInput {
  @Field(() => ID, { description: 'Eigen kenmerk van het besluit.' }) @IsString() @MaxLength(128) decisionId!: string;
  @Field(() => ID, { description: 'De partij die besloot.' }) @IsString() @MaxLength(128) decidedBy!: string;
  @Field(() => DecisionKindEnum, { description: 'Besluit (ook geld vrijmaken) of betaling.' })
  @IsIn(DECISION_KINDS)
  kind!: DecisionKind;
  @Field({ description: 'Korte titel.' }) @IsString() @MinLength(1) @MaxLength(500) title!: string;
  @Field({ description: 'Het besluit in de woorden van het document.' })
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  text!: string;
  @Field(() => [FinancialTermInput], { description: 'Bedragen die het besluit noemt.', defaultValue: [] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => FinancialTermInput)
  financialTerms!: FinancialTermInput[];
  @Field(() => ID, {
    description: 'Het overleg waar het besluit werd meegedeeld, als het document dat zegt.',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  meetingId?: string | null;
}

@InputType({
  description:
    'Vastleggen dat gesprekken werden opgeschort ("opschorten hervormingsagenda"), tot ze met resumeTalks worden hervat.',
})
export class SuspendTalksInput extends CommandInput {
  @Field(() => ID, { description: 'Eigen kenmerk van de opschorting.' })
  @IsString()
  @MaxLength(128)
  suspensionId!: string;
  @Field(() => [ID], {
    description: 'De partijen die opschortten; leeg waar het document niemand noemt.',
    defaultValue: [],
  })
  @IsArray()
  @IsString({ each: true })
  suspendedBy!: string[];
  @Field({ description: 'Welke gesprekken, bijvoorbeeld "Overleggen over de Hervormingsagenda".' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  subject!: string;
  @Field({ description: 'Waarom, in de woorden van het document.' })
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  reason!: string;
}

@InputType({ description: 'Vastleggen dat opgeschorte gesprekken werden hervat ("Mei 2022: herstart agenda").' })
export class ResumeTalksInput extends CommandInput {
  @Field(() => ID, { description: 'De opschorting die eindigt.' }) @IsString() @MaxLength(128) suspensionId!: string;
  @Field(() => [ID], {
    description: 'De partijen die hervatten; leeg waar het document niemand noemt.',
    defaultValue: [],
  })
  @IsArray()
  @IsString({ each: true })
  resumedBy!: string[];
  @Field({ description: 'De hervatting in de woorden van het document.' })
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  note!: string;
}
