import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@InputType({
  description:
    'Een tekst in deze opdracht die een persoonsgegeven is (bijvoorbeeld de naam van een delegatielid): versleuteld vastgelegd met de sleutel van die persoon, te wissen met eraseSubject.',
})
export class PersonalDataMarkInput {
  @Field({
    description:
      'Waar de tekst staat in deze opdracht: delegation[1], reasons[0], patch.delegation[0]. Alleen vrije tekst (delegation, reasons, terms, description, reason, text, outcome, summary, note, condition).',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  field!: string;

  @Field(() => ID, { description: 'Pseudoniem van de persoon (bijvoorbeeld person-…), nooit de naam zelf.' })
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  subjectId!: string;
}

@InputType({ description: 'Welke persoon te wissen, en waarom (zonder de persoon te noemen).' })
export class EraseSubjectInput {
  @Field(() => ID, { description: 'Het pseudoniem waaronder de persoonsgegevens zijn vastgelegd.' })
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  subjectId!: string;

  @Field({ description: 'Grond van de wissing, bijvoorbeeld "Verzoek tot wissing (AVG art. 17)".' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;
}
