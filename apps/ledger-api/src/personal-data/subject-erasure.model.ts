import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('SubjectErasure', {
  description:
    'Een gewiste persoon: de sleutel is vernietigd, de vastlegging van de wissing staat in de stream personaldata-erasures.',
})
export class SubjectErasureModel {
  @Field(() => ID, { description: 'Het pseudoniem van de gewiste persoon.' }) subjectId!: string;
  @Field(() => ID, { description: 'Het SubjectErased-event dat de wissing vastlegt.' }) eventId!: string;
  @Field({ description: 'Wanneer de wissing eerst werd vastgelegd (ISO 8601).' }) erasedAt!: string;
  @Field({ description: 'Globale positie van dat event, als decimale tekst.' }) globalPosition!: string;
  @Field({ description: 'Waar als de persoon al eerder was gewist: er is niets nieuws vastgelegd.' })
  duplicate!: boolean;
}
