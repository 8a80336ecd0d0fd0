import { Field, ID, ObjectType } from '@nestjs/graphql';
import { connectionOf } from '../common/graphql/relay';

@ObjectType('RecordsRead', {
  description: 'Wie welke dossiers raadpleegde (of exporteerde), en wanneer: zelf vastgelegd met hashketen.',
})
export class RecordsReadModel {
  @Field(() => ID, { description: 'Kenmerk van deze vastlegging.' }) eventId!: string;
  @Field({ description: 'Wanneer (ISO 8601).' }) at!: string;
  @Field({ description: 'Wie (sub van het token).' }) reader!: string;
  @Field({ description: 'Namens welke partij.' }) party!: string;
  @Field({ description: 'Met welke rol.' }) role!: string;
  @Field({ description: 'Welke vraag: agreedState, auditTrail, events, negotiation, node, eventRecorded, …' })
  operation!: string;
  @Field(() => [ID], { description: 'De dossiers waarvan inhoud werd getoond.' }) negotiationIds!: string[];
  @Field({ description: 'SHA-256 in de keten van de leesaudit.' }) hash!: string;
}

export const RecordsReadConnection = connectionOf(RecordsReadModel, 'RecordsRead', 'raadpleging');
