import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { GraphQLJSONObject } from '../../common/graphql/json-object.scalar';
import { CommandInput } from './command.input';
import { PeriodInput, SourceInput } from './value.inputs';

@InputType({ description: 'Een bron koppelen aan een bestaande regel (voorstel, afspraak, overleg, ...).' })
export class AttachSourceInput extends CommandInput {
  @Field(() => ID, { description: 'De regel (afspraak, toezegging, ...) waaraan de bron wordt gekoppeld.' })
  @IsString()
  @MaxLength(128)
  entityId!: string;
  @Field(() => SourceInput, { description: 'De bron met letterlijk citaat.' })
  @ValidateNested()
  @Type(() => SourceInput)
  source!: SourceInput;
}

@InputType({
  description:
    'Een eerdere regel corrigeren: intrekken als onterecht vastgelegd, of velden en/of datum verbeteren. Het origineel blijft staan.',
})
export class CorrectEntryInput extends CommandInput {
  @Field(() => ID, { description: 'De gebeurtenis (event) die wordt gecorrigeerd.' })
  @IsString()
  @MaxLength(128)
  correctedEventId!: string;
  @Field({ description: 'Waarom de regel wordt gecorrigeerd.' })
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  reason!: string;
  @Field({ defaultValue: false, description: 'De regel was ten onrechte vastgelegd.' })
  @IsBoolean()
  retracted!: boolean;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Nieuwe waarden voor velden van de regel, bijvoorbeeld {"title": "..."}.',
  })
  @IsOptional()
  @IsObject()
  patch?: Record<string, unknown>;
  @Field({ nullable: true, description: 'De juiste datum waarop het gebeurde, JJJJ-MM-DD.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'correctedOccurredOn must be a date written YYYY-MM-DD' })
  correctedOccurredOn?: string;
  @Field(() => PeriodInput, {
    nullable: true,
    description:
      'De juiste datum zoals het document haar noemt ("juni 2021"); de (verbeterde) occurredOn moet erin liggen.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PeriodInput)
  correctedOccurredAsSaid?: PeriodInput;
}
