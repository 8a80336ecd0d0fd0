import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { DECISION_KINDS, DOCUMENT_KINDS, type DecisionKind, type DocumentKind } from '@ledger/domain';
import { DecisionKindEnum, DocumentKindEnum } from '../../common/graphql/domain-enums';
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

@InputType({
  description: 'Een brief of rapport als stap vastleggen ("Brief VNG aan MP (7 mei)"): van wie, aan wie, op welke dag.',
})
export class IssueDocumentInput extends CommandInput {
  @Field(() => ID, { description: 'Eigen kenmerk van het document.' }) @IsString() @MaxLength(128) documentId!: string;
  @Field(() => DocumentKindEnum, { description: 'Brief, ledenbrief, Kamerbrief, rapport of anders.' })
  @IsIn(DOCUMENT_KINDS)
  kind!: DocumentKind;
  @Field({ description: 'De titel of omschrijving in de woorden van de bron.' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title!: string;
  @Field(() => [ID], {
    description: 'De partijen van wie het komt; leeg waar geen partij aan tafel het stuurde.',
    defaultValue: [],
  })
  @IsArray()
  @IsString({ each: true })
  issuedBy!: string[];
  @Field({ description: 'De geadresseerde in de woorden van de bron, bijvoorbeeld "MP".' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  addressedTo!: string;
  @Field(() => [ID], {
    description: 'De partijen aan tafel aan wie het gericht is; leeg waar dat geen partij is.',
    defaultValue: [],
  })
  @IsArray()
  @IsString({ each: true })
  recipients!: string[];
  @Field(() => [ID], { description: 'De regels van dit dossier waaronder het document ligt.', defaultValue: [] })
  @IsArray()
  @IsString({ each: true })
  underlies!: string[];
}
