import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { NodeInterface } from '../../common/graphql/node.interface';
import { GraphQLJSONObject } from '../../common/graphql/json-object.scalar';
import { ClassificationModel, SourceModel } from './value.models';

@ObjectType('LedgerEvent', {
  description: 'Eén vastgelegde gebeurtenis, onveranderlijk, met alle metadata en de hashketen waarmee zij te controleren is.',
  implements: () => [NodeInterface],
})
export class LedgerEventModel implements NodeInterface {
  @Field(() => ID, { description: 'Globaal kenmerk voor node(id).' }) id!: string;
  @Field(() => ID, { description: 'Kenmerk van de gebeurtenis.' }) eventId!: string;
  @Field(() => ID, { description: 'Het dossier.' }) negotiationId!: string;
  @Field({ description: 'De stroom (stream) waarin zij staat: negotiation-<dossier>.' }) streamId!: string;
  @Field(() => Int, { description: 'Volgnummer binnen het dossier, vanaf 0.' }) revision!: number;
  @Field({ description: 'Volgnummer in het globale logboek (decimaal geheel getal).' }) globalPosition!: string;
  @Field({ description: 'Soort gebeurtenis, bijvoorbeeld AgreementReached.' }) type!: string;
  @Field(() => Int, { description: 'Versie van het schema van de gegevens.' }) schemaVersion!: number;
  @Field(() => GraphQLJSONObject, { description: 'De gegevens zoals vastgelegd.' }) data!: Record<string, unknown>;
  @Field({ description: 'Wanneer het in de werkelijkheid gebeurde (JJJJ-MM-DD).' }) occurredOn!: string;
  @Field({ description: 'Wanneer de ledger het vastlegde.' }) recordedAt!: string;
  @Field({ description: 'Wie het vastlegde.' }) recordedBy!: string;
  @Field({ description: 'Kenmerk van de opdracht die het vastlegde.' }) commandId!: string;
  @Field() correlationId!: string;
  @Field() causationId!: string;
  @Field(() => [SourceModel]) sources!: readonly SourceModel[];
  @Field(() => ClassificationModel) classification!: ClassificationModel;
  @Field({ description: 'Hash van de vorige gebeurtenis in dit dossier (64 nullen voor de eerste).' }) prevHash!: string;
  @Field({ description: 'SHA-256 over prevHash en de canonieke JSON (RFC 8785) van deze gebeurtenis zonder hash en globale positie.' }) hash!: string;
}
