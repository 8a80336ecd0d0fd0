import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

@ArgsType()
export class InclusionProofArgs {
  @Field(() => ID, { nullable: true, description: 'De gebeurtenis, op kenmerk…' })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  eventId?: string;
  @Field({ nullable: true, description: '…of op globale positie (als cijfers).' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,15}$/, { message: 'globalPosition must be a global position written as digits' })
  globalPosition?: string;

  @Field(() => Int, { description: 'Grootte van het logboek (van een checkpoint) waartegen bewezen wordt.' })
  @IsInt()
  @Min(1)
  treeSize!: number;
}

@ArgsType()
export class ConsistencyProofArgs {
  @Field(() => Int, { description: 'Het oudere aantal bladen (een eerder checkpoint).' })
  @IsInt()
  @Min(0)
  fromSize!: number;
  @Field(() => Int, { description: 'Het nieuwere aantal bladen.' }) @IsInt() @Min(1) toSize!: number;
}

@ArgsType()
export class DossierArgs {
  @Field(() => ID, { description: 'Het dossier.' }) @IsString() @MaxLength(128) negotiationId!: string;
  @Field(() => ID, { nullable: true, description: 'Alleen dit geschilpunt en wat ermee samenhangt.' })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  disputeId?: string;
  @Field({ nullable: true, description: 'Vanaf deze datum (JJJJ-MM-DD).' }) @IsOptional() @Matches(DAY) from?: string;
  @Field({ nullable: true, description: 'Tot en met deze datum (JJJJ-MM-DD).' })
  @IsOptional()
  @Matches(DAY)
  to?: string;
  @Field({ nullable: true, description: 'Zoals de ledger het wist op dit moment (ISO 8601).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  asKnownAt?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Houd items van deze vertrouwelijkheid geheel achter, bijvoorbeeld ["internal"].',
  })
  @IsOptional()
  @IsArray()
  @IsIn(['public', 'parties', 'internal'], { each: true })
  withholdClassifications?: string[];

  @Field({ nullable: true, description: 'Houd persoonsgegevens (wie vastlegde, leden van een delegatie) achter.' })
  @IsOptional()
  @IsBoolean()
  withholdPersonalData?: boolean;

  @Field(() => [Int], {
    nullable: true,
    description:
      'Omvang van checkpoints die de lezer al bewaart: de bundel bevat ze, met consistentiebewijzen ernaartoe.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(16)
  @IsInt({ each: true })
  @Min(1, { each: true })
  consistentWith?: number[];
}

@ArgsType()
export class CosignArgs {
  @Field({
    description: 'Het checkpoint zoals het logboek het ondertekende, met de medeondertekening van de getuige erbij.',
  })
  @IsString()
  @MaxLength(16_384)
  note!: string;
}
