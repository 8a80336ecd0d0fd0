import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../common/graphql/ledger-scalars';
import { LedgerEventTypeEnum } from '../../common/graphql/ledger-enums';
import { NodeInterface } from '../../common/graphql/node.interface';

@ObjectType('Negotiation', {
  description: 'Een dossier (onderhandelingstraject), bijvoorbeeld "Financiering jeugdzorg Voorjaarsnota 2025".',
  implements: () => [NodeInterface],
})
export class NegotiationModel implements NodeInterface {
  @Field(() => ID, { description: 'Globaal kenmerk voor node(id).' }) id!: string;
  @Field(() => ID, { description: 'Kenmerk van het dossier.' }) negotiationId!: string;
  @Field({ description: 'Titel van het dossier.' }) title!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Datum van opening.' }) openedOn!: string | null;
  @Field(() => LocalDateScalar, { description: 'Laatste datum waarop iets in dit dossier gebeurde.' })
  lastOccurredOn!: string;
  @Field(() => Int, { description: 'Aantal vastgelegde gebeurtenissen.' }) eventCount!: number;
  @Field(() => Int, {
    description: 'Huidige revisie; geef haar als expectedRevision mee om gelijktijdige wijzigingen te weren.',
  })
  revision!: number;
}

@ObjectType('TimelineEntry', {
  description: 'Eén regel in de tijdlijn van een dossier, gedateerd zoals het in de werkelijkheid gebeurde.',
})
export class TimelineEntryModel {
  @Field(() => ID, { description: 'De gebeurtenis.' }) eventId!: string;
  @Field({ description: 'Positie in het globale logboek (decimaal geheel getal).' }) globalPosition!: string;
  @Field(() => LocalDateScalar, { description: 'Datum waarop het gebeurde.' }) date!: string;
  @Field(() => LedgerEventTypeEnum, { description: 'Soort gebeurtenis.' }) type!: string;
  @Field(() => ID, { description: 'De regel waar het over gaat.' }) entityId!: string;
  @Field({ description: 'Korte omschrijving uit de eigen woorden van de regel.' }) label!: string;
  @Field(() => ID, { description: 'Het overleg, als dat er een is.', nullable: true }) meetingId!: string | null;
  @Field({ description: 'Later gecorrigeerd.' }) corrected!: boolean;
  @Field({ description: 'Later ingetrokken als onterecht vastgelegd.' }) retracted!: boolean;
}
