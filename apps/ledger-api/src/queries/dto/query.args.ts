import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { LedgerEventTypeEnum } from '../../common/graphql/ledger-enums';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

/** Read your own write: the arguments of a query that reads one object rather than a page. */
@ArgsType()
export class ReadYourWriteArgs {
  @Field({
    nullable: true,
    description: 'Lees je eigen vastlegging terug: wacht (kort) tot het logboek tot deze positie is verwerkt.',
  })
  @IsOptional()
  @Matches(/^\d{1,16}$/, { message: 'minPosition must be a global position written as digits' })
  minPosition?: string;
}

/** Relay paging, forward (first/after) or backward (last/before), with read-your-write. */
@ArgsType()
export class PageArgs extends ReadYourWriteArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'Hoeveel elementen vanaf het begin (na after); standaard 50, hoogstens 500. Niet samen met last.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(500)
  first?: number;

  @Field({ nullable: true, description: 'Cursor waarna verder gelezen wordt (endCursor van de vorige pagina).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Hoeveel elementen vanaf het eind (vóór before), om terug te bladeren; hoogstens 500. Niet samen met first.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(500)
  last?: number;

  @Field({ nullable: true, description: 'Cursor waarvóór gelezen wordt (startCursor van de volgende pagina).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  before?: string;
}

@ArgsType()
export class AuditTrailArgs extends PageArgs {
  @Field(() => ID, {
    description: 'Het kenmerk van een dossier, partij, overleg, voorstel, afspraak, toezegging, geschilpunt, ...',
  })
  @IsString()
  @MaxLength(128)
  entityId!: string;
}

@InputType({ description: 'Filters op het globale logboek.' })
export class LedgerEventFilter {
  // Names of LedgerEventType as strings, not the enum itself: queries that write the list as string literals stay valid.
  @Field(() => [String], {
    nullable: true,
    description:
      'Soorten gebeurtenis (namen uit LedgerEventType), bijvoorbeeld ["AgreementReached"]; een onbekende soort wordt geweigerd.',
  })
  @IsOptional()
  @IsArray()
  @IsIn(Object.keys(LedgerEventTypeEnum), {
    each: true,
    message: 'filter.types must name kinds of LedgerEventType, such as AgreementReached',
  })
  types?: string[];

  @Field(() => ID, { description: 'Alleen gebeurtenissen van dit dossier.', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  negotiationId?: string;
  @Field({ nullable: true, description: 'Vanaf deze datum (JJJJ-MM-DD), naar wanneer het gebeurde.' })
  @IsOptional()
  @IsString()
  occurredFrom?: string;
  @Field({ nullable: true, description: 'Tot en met deze datum (JJJJ-MM-DD).' })
  @IsOptional()
  @IsString()
  occurredTo?: string;
}

@ArgsType()
export class AgreedStateArgs {
  @Field(() => ID, { description: 'Het dossier.' }) @IsString() @MaxLength(128) negotiationId!: string;
  @Field({ nullable: true, description: 'Peildatum in de werkelijkheid (JJJJ-MM-DD); standaard vandaag.' })
  @IsOptional()
  @IsString()
  asOf?: string;
  @Field({
    nullable: true,
    description: 'Kennismoment (ISO 8601): alleen wat toen was vastgelegd telt; standaard alles.',
  })
  @IsOptional()
  @IsString()
  asKnownAt?: string;
  @Field({ nullable: true, description: 'Datum waartegen toezeggingen als verlopen gelden; standaard asOf.' })
  @IsOptional()
  @IsString()
  referenceDate?: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Tot en met welk jaar bedragen zonder einde ("e.v.") in het financiële kader staan; standaard één jaar na het laatste jaar dat de afspraken noemen.',
  })
  @IsOptional()
  @IsInt()
  @Min(1990)
  @Max(2100)
  horizonYear?: number;
}

/** How many global ids one nodes(ids) call may name: each may read a negotiation. */
export const MAX_NODE_IDS = 100;

@ArgsType()
export class NodesArgs {
  @Field(() => [ID], { description: `Globale kenmerken (id), hoogstens ${MAX_NODE_IDS}.` })
  @IsArray()
  @ArrayMaxSize(MAX_NODE_IDS)
  @IsString({ each: true })
  @MaxLength(512, { each: true })
  ids!: string[];
}
