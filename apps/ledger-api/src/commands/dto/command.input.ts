import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { PersonalDataMarkInput } from '../../personal-data/personal-data.inputs';
import { ClassificationInput, PeriodInput, SourceInput } from './value.inputs';

/** What every command input carries besides its own data. */
@InputType({ isAbstract: true })
export abstract class CommandInput {
  @Field(() => ID, { description: 'Het dossier (onderhandelingstraject) waarin dit gebeurt.' })
  @IsString()
  @MaxLength(128)
  negotiationId!: string;

  @Field({
    description: 'Wanneer het in de werkelijkheid gebeurde (JJJJ-MM-DD), bijvoorbeeld de datum van het overleg.',
  })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'occurredOn must be a date written YYYY-MM-DD' })
  occurredOn!: string;

  @Field(() => PeriodInput, {
    nullable: true,
    description:
      'De datum zoals het document haar noemt als het meer dan een dag zegt ("juni 2021", "eind april"); occurredOn moet erin liggen.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PeriodInput)
  occurredAsSaid?: PeriodInput;

  @Field({
    nullable: true,
    description:
      'Eigen kenmerk van deze opdracht: dezelfde opdracht opnieuw sturen met hetzelfde kenmerk legt niets dubbel vast.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  commandId?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Alleen vastleggen als het dossier nog op deze revisie staat (-1: nog niet geopend); anders CONFLICT.',
  })
  @IsOptional()
  @IsInt()
  @Min(-1)
  expectedRevision?: number;

  @Field({ nullable: true, description: 'Verbindt opdrachten die bij elkaar horen.' })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  correlationId?: string;

  @Field(() => [SourceInput], { nullable: true, description: 'Bronnen met letterlijk citaat.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => SourceInput)
  sources?: SourceInput[];

  @Field(() => ClassificationInput, {
    nullable: true,
    description: 'Wie de regel mag zien; standaard alle partijen aan tafel.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ClassificationInput)
  classification?: ClassificationInput;

  @Field(() => [PersonalDataMarkInput], {
    nullable: true,
    description:
      'Teksten in deze opdracht die persoonsgegevens zijn: versleuteld vastgelegd per persoon, te wissen met eraseSubject.',
  })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => PersonalDataMarkInput)
  personalData?: PersonalDataMarkInput[];
}
