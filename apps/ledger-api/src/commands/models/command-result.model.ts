import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CommandResult', { description: 'Wat een vastlegging opleverde.' })
export class CommandResultModel {
  @Field(() => ID, { description: 'Het dossier.' }) negotiationId!: string;
  @Field(() => Int, {
    description: 'Revisie van het dossier na deze vastlegging; gebruik haar als expectedRevision voor de volgende.',
  })
  revision!: number;
  @Field({
    description:
      'Positie in het globale logboek van de laatste vastgelegde gebeurtenis (decimaal geheel getal); geef haar als minPosition mee om je eigen vastlegging terug te lezen.',
  })
  globalPosition!: string;
  @Field(() => [ID], { description: 'De vastgelegde gebeurtenissen.' }) eventIds!: string[];
  @Field({ description: 'Waar: deze opdracht was al vastgelegd en er is niets nieuws geschreven.' })
  duplicate!: boolean;
}
