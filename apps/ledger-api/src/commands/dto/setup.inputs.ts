import { Field, ID, InputType } from '@nestjs/graphql';
import { IsArray, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PARTY_KINDS, type PartyKind } from '@ledger/domain';
import { PartyKindEnum } from '../../common/graphql/domain-enums';
import { CommandInput } from './command.input';

@InputType({ description: 'Een nieuw dossier openen.' })
export class OpenNegotiationInput extends CommandInput {
  @Field({ description: 'Naam van het dossier, bijvoorbeeld "Financiering jeugdzorg Voorjaarsnota 2025".' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title!: string;

  @Field({ nullable: true, defaultValue: '', description: 'Toelichting bij het dossier.' })
  @IsString()
  @MaxLength(20000)
  description!: string;
}

@InputType({ description: 'Een partij (delegatie) aan tafel laten.' })
export class AdmitPartyInput extends CommandInput {
  @Field(() => ID, { description: 'Kenmerk van de partij, bijvoorbeeld "vng" of "rijk".' })
  @IsString()
  @MaxLength(128)
  partyId!: string;
  @Field({ description: 'Naam van de partij, bijvoorbeeld "VNG".' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  name!: string;
  @Field(() => PartyKindEnum, { description: 'Wat voor partij.' }) @IsIn(PARTY_KINDS) kind!: PartyKind;
  @Field(() => [String], {
    nullable: true,
    defaultValue: [],
    description: 'Onderdelen van de delegatie, bijvoorbeeld VWS, FIN, BZK.',
  })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  delegation?: string[] | null;
}
