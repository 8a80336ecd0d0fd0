import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { MEETING_KINDS, type MeetingKind } from '@ledger/domain';
import { MeetingKindEnum } from '../../common/graphql/domain-enums';
import { CommandInput } from './command.input';
import { PeriodInput } from './value.inputs';

@InputType({ description: 'Een overleg plannen (of vastleggen dat het gepland was).' })
export class ScheduleMeetingInput extends CommandInput {
  @Field(() => ID, { description: 'Eigen kenmerk van het overleg.' }) @IsString() @MaxLength(128) meetingId!: string;
  @Field(() => MeetingKindEnum, { description: 'Soort overleg.' }) @IsIn(MEETING_KINDS) kind!: MeetingKind;
  @Field({ description: 'Bijvoorbeeld "Overhedenoverleg 16 april 2025".' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title!: string;
  @Field(() => PeriodInput, { description: 'Wanneer, zoals het document het noemt.' })
  @ValidateNested()
  @Type(() => PeriodInput)
  scheduledFor!: PeriodInput;
  @Field(() => [ID], { defaultValue: [], description: 'Partijen die aan het overleg deelnemen.' })
  @IsArray()
  @IsString({ each: true })
  participants!: string[];
  @Field({ defaultValue: false, description: 'Informeel en vertrouwelijk overleg.' })
  @IsBoolean()
  confidential!: boolean;
}

@InputType({ description: 'Vastleggen dat een overleg heeft plaatsgevonden (op occurredOn).' })
export class RecordMeetingHeldInput extends CommandInput {
  @Field(() => ID, { description: 'Het overleg.' }) @IsString() @MaxLength(128) meetingId!: string;
  @Field({ description: 'Korte samenvatting van de uitkomst.', defaultValue: '' })
  @IsString()
  @MaxLength(20000)
  summary!: string;
}

@InputType({ description: 'Een gepland overleg afzeggen.' })
export class CancelMeetingInput extends CommandInput {
  @Field(() => ID, { description: 'Het overleg.' }) @IsString() @MaxLength(128) meetingId!: string;
  @Field({ description: 'Waarom het overleg niet doorgaat.' })
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  reason!: string;
}
