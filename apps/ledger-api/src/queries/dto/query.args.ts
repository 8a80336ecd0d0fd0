import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { LedgerEventTypeEnum } from '../../common/graphql/ledger-enums';
import { IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Hoeveel elementen (standaard 50, hoogstens 500).' })
  @IsOptional() @IsInt() @Min(0) @Max(500)
  first?: number;

  @Field({ nullable: true, description: 'Cursor waarna verder gelezen wordt (endCursor van de vorige pagina).' })
  @IsOptional() @IsString() @MaxLength(200)
  after?: string;

  @Field({ nullable: true, description: 'Lees je eigen vastlegging terug: wacht (kort) tot het logboek tot deze positie is verwerkt.' })
  @IsOptional() @Matches(/^\d{1,16}$/, { message: 'minPosition must be a global position written as digits' })
  minPosition?: string;
}

@ArgsType()
export class AuditTrailArgs extends PageArgs {
  @Field(() => ID, { description: 'Het kenmerk van een dossier, partij, overleg, voorstel, afspraak, toezegging, geschilpunt, ...' })
  @IsString() @MaxLength(128)
  entityId!: string;
}

@InputType({ description: 'Filters op het globale logboek.' })
export class LedgerEventFilter {
  // Names of LedgerEventType as strings, not the enum itself: queries that write the list as string literals stay valid.
  @Field(() => [String], { nullable: true, description: 'Soorten gebeurtenis (namen uit LedgerEventType), bijvoorbeeld ["AgreementReached"]; een onbekende soort wordt geweigerd.' })
  @IsOptional() @IsArray() @IsIn(Object.keys(LedgerEventTypeEnum), { each: true, message: 'filter.types must name kinds of LedgerEventType, such as AgreementReached' })
  types?: string[];

  @Field(() => ID, { description: 'Alleen gebeurtenissen van dit dossier.', nullable: true }) @IsOptional() @IsString() @MaxLength(128) negotiationId?: string;
  @Field({ nullable: true, description: 'Vanaf deze datum (JJJJ-MM-DD), naar wanneer het gebeurde.' }) @IsOptional() @IsString() occurredFrom?: string;
  @Field({ nullable: true, description: 'Tot en met deze datum (JJJJ-MM-DD).' }) @IsOptional() @IsString() occurredTo?: string;
}

@ArgsType()
export class AgreedStateArgs {
  @Field(() => ID, { description: 'Het dossier.' }) @IsString() @MaxLength(128) negotiationId!: string;
  @Field({ nullable: true, description: 'Peildatum in de werkelijkheid (JJJJ-MM-DD); standaard vandaag.' }) @IsOptional() @IsString() asOf?: string;
  @Field({ nullable: true, description: 'Kennismoment (ISO 8601): alleen wat toen was vastgelegd telt; standaard alles.' }) @IsOptional() @IsString() asKnownAt?: string;
  @Field({ nullable: true, description: 'Datum waartegen toezeggingen als verlopen gelden; standaard asOf.' }) @IsOptional() @IsString() referenceDate?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Tot en met welk jaar bedragen zonder einde ("e.v.") in het financiële kader staan; standaard één jaar na het laatste jaar dat de afspraken noemen.',
  })
  @IsOptional() @IsInt() @Min(1990) @Max(2100)
  horizonYear?: number;
}
