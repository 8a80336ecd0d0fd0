import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  AMOUNT_BASES,
  CLASSIFICATION_LEVELS,
  FINANCIAL_KINDS,
  FINANCIAL_NATURES,
  PERIOD_PRECISIONS,
  type AmountBasis,
  type ClassificationLevel,
  type FinancialKind,
  type FinancialNature,
  type PeriodPrecision,
} from '@ledger/domain';
import {
  AmountBasisEnum,
  ClassificationLevelEnum,
  FinancialKindEnum,
  FinancialNatureEnum,
  PeriodPrecisionEnum,
} from '../../common/graphql/domain-enums';

@InputType({
  description:
    'Een datum of periode zoals het document die noemt ("uiterlijk augustus", "Q1 2027"), met het anker dat haar berekenbaar maakt.',
})
export class PeriodInput {
  @Field({ description: 'De woorden van het document, bijvoorbeeld "uiterlijk augustus".' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  asSaid!: string;

  @Field(() => PeriodPrecisionEnum, { description: 'Hoe precies de periode is.' })
  @IsIn(PERIOD_PRECISIONS)
  precision!: PeriodPrecision;

  @Field({
    description:
      'Anker per precisie: dag 2025-04-16, week 2025-W21, maand 2025-08, kwartaal 2027-Q1, halfjaar 2027-H1, seizoen 2025-autumn, jaar 2025, reeks dagen 2022-09-19/2022-09-23, open einde 2028-01-01, relatief ("na het Paasreces") de vroegste dag 2025-04-16.',
  })
  @IsString()
  @MaxLength(32)
  anchor!: string;
}

@InputType({ description: 'Een percentage van een ander bedrag, met in woorden waarvan.' })
export class AmountShareInput {
  @Field(() => Float, { description: 'Het percentage, groter dan 0 en hoogstens 100.' })
  @IsNumber()
  percent!: number;

  @Field({ description: 'Waarvan het een percentage is, in de woorden van het document ("tekorten 2023/2024").' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  ofAsSaid!: string;
}

@InputType({ description: 'Het bedrag dat het document voor één jaar noemt.' })
export class YearAmountInput {
  @Field(() => Int, { description: 'Het jaar.' })
  @IsInt()
  @Min(1990)
  @Max(2100)
  year!: number;

  @Field({ description: 'Bedrag in hele eurocenten, als decimale tekst.' })
  @Matches(/^\d{1,16}$/, { message: 'amountCents must be a whole number of euro cents written as digits' })
  amountCents!: string;
}

@InputType({
  description: 'Een bedrag zoals het document het noemt, met het berekenbare deel: hele eurocenten, jaren, soort.',
})
export class FinancialTermInput {
  @Field({ description: 'De woorden van het document, bijvoorbeeld "oplopend tot € 424 miljoen".' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  asSaid!: string;

  @Field({
    description:
      'Bedrag in hele eurocenten, als decimale tekst (42400000000 voor € 424 miljoen); nooit een kommagetal.',
  })
  @Matches(/^\d{1,16}$/, { message: 'amountCents must be a whole number of euro cents written as digits' })
  amountCents!: string;

  @Field(() => FinancialKindEnum, { description: 'Soort geld.' }) @IsIn(FINANCIAL_KINDS) kind!: FinancialKind;
  @Field(() => FinancialNatureEnum, { description: 'Structureel of incidenteel.' })
  @IsIn(FINANCIAL_NATURES)
  nature!: FinancialNature;
  @Field(() => AmountBasisEnum, {
    description: 'Hoe het bedrag geldt: per jaar, cumulatief of oplopend tot.',
    defaultValue: 'per-year',
  })
  @IsIn(AMOUNT_BASES)
  basis!: AmountBasis;

  @Field(() => Int, { description: 'Eerste jaar waarvoor het bedrag geldt.' })
  @IsInt()
  @Min(1990)
  @Max(2100)
  fromYear!: number;

  @Field(() => Int, { nullable: true, description: 'Laatste jaar; leeg voor "e.v." (en verder).' })
  @IsOptional()
  @IsInt()
  @Min(1990)
  @Max(2100)
  toYear?: number | null;

  @Field({ defaultValue: false, description: 'Waar bij een bedrag "circa" staat.' })
  @IsBoolean()
  approximate!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Bij een bandbreedte ("€ 200-300 miljoen") de bovengrens in hele eurocenten, als decimale tekst; amountCents is dan de ondergrens.',
  })
  @IsOptional()
  @Matches(/^\d{1,16}$/, { message: 'upToCents must be a whole number of euro cents written as digits' })
  upToCents?: string | null;

  @Field(() => AmountShareInput, {
    nullable: true,
    description: 'Een percentage van een ander bedrag ("50% tekorten 2023/2024").',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => AmountShareInput)
  share?: AmountShareInput | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Bij "oplopend tot": het jaar waarin het bedrag bereikt is, als het document dat zegt.',
  })
  @IsOptional()
  @IsInt()
  @Min(1990)
  @Max(2100)
  reachedInYear?: number | null;

  @Field(() => [YearAmountInput], {
    nullable: true,
    description:
      'De bedragen die het document per afzonderlijk jaar noemt ("2021: € 1,7 miljard"); verplicht bij basis BREAKDOWN.',
  })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => YearAmountInput)
  perYear?: YearAmountInput[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Het bedrag waar dit bedrag deel van is, in de woorden van het document.',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  partOfAsSaid?: string | null;
}

@InputType({ description: 'Het document waaruit een regel komt.' })
export class SourceDocumentInput {
  @Field({ description: 'Titel van het document.' }) @IsString() @MinLength(1) @MaxLength(500) title!: string;
  @Field({ description: 'Wie het document uitgaf, bijvoorbeeld VNG of Rijk en VNG.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  issuer!: string;
  @Field({ description: 'Datum van het document, JJJJ-MM-DD.' }) @IsString() date!: string;
  @Field({ nullable: true, description: 'Kenmerk, bijvoorbeeld "Lbr. 25/015".' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  kenmerk?: string;
  @Field({ nullable: true, description: 'SHA-256 van het bestand, 64 hexadecimale tekens.' })
  @IsOptional()
  @IsString()
  sha256?: string;
}

@InputType({ description: 'Een bron: document, plaats daarin en letterlijk citaat.' })
export class SourceInput {
  @Field(() => SourceDocumentInput, { description: 'Het document.' })
  @ValidateNested()
  @Type(() => SourceDocumentInput)
  document!: SourceDocumentInput;
  @Field({ description: 'Letterlijk citaat.' }) @IsString() @MinLength(1) @MaxLength(20000) quote!: string;
  @Field(() => Int, { description: 'Pagina, als het document die heeft.', nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  page?: number;
  @Field({ description: 'Paragraaf of kop, als het document die noemt.', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  paragraph?: string;
}

@InputType({ description: 'Wie de regel mag zien.' })
export class ClassificationInput {
  @Field(() => ClassificationLevelEnum, { description: 'Wie de regel mag zien.' })
  @IsIn(CLASSIFICATION_LEVELS)
  level!: ClassificationLevel;
  @Field({ nullable: true, description: 'Bij internal: de partij waarvoor de regel intern is.' })
  @IsOptional()
  @IsString()
  party?: string;
}
