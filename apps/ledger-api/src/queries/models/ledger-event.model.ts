import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { InstantScalar, LocalDateScalar } from '../../common/graphql/ledger-scalars';
import { LedgerEventTypeEnum } from '../../common/graphql/ledger-enums';
import { NodeInterface } from '../../common/graphql/node.interface';
import { GraphQLJSONObject } from '../../common/graphql/json-object.scalar';
import { ClassificationModel, PeriodModel, SourceModel } from './value.models';

const WITHHELD = ' Leeg als de gebeurtenis is afgeschermd (withheld).';

@ObjectType('LedgerEvent', {
  description:
    'Eén vastgelegde gebeurtenis, onveranderlijk, met alle metadata en de hashketen waarmee zij te controleren is. ' +
    'Een gebeurtenis die de vrager niet mag zien staat er alleen met kenmerk, plaats, rubricering en hashes: zo blijft de keten controleerbaar zonder inhoud te tonen.',
  implements: () => [NodeInterface],
})
export class LedgerEventModel implements NodeInterface {
  @Field(() => ID, { description: 'Globaal kenmerk voor node(id).' }) id!: string;
  @Field(() => ID, { description: 'Kenmerk van de gebeurtenis.' }) eventId!: string;
  @Field(() => ID, { description: 'Het dossier.' }) negotiationId!: string;
  @Field({ description: 'De stroom (stream) waarin zij staat: negotiation-<dossier>.' }) streamId!: string;
  @Field(() => Int, { description: 'Volgnummer binnen het dossier, vanaf 0.' }) revision!: number;
  @Field({ description: 'Volgnummer in het globale logboek (decimaal geheel getal).' }) globalPosition!: string;
  @Field({ description: 'Waar: de vrager mag de inhoud niet zien; alleen de hashes en de rubricering staan er.' })
  withheld!: boolean;
  @Field(() => LedgerEventTypeEnum, {
    nullable: true,
    description: `Soort gebeurtenis, bijvoorbeeld AgreementReached.${WITHHELD}`,
  })
  type!: string | null;
  @Field(() => Int, { nullable: true, description: `Versie van het schema van de gegevens.${WITHHELD}` })
  schemaVersion!: number | null;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'De gegevens zoals vastgelegd, met elk bedrag (een getal onder een sleutel die op Cents eindigt, zoals amountCents) als decimale tekst, zoals overal in de API: "42400000000". ' +
      `hashedJson geeft de vastgelegde gegevens, met de getallen waarover de hash gaat.${WITHHELD}`,
  })
  data!: Record<string, unknown> | null;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: `Wanneer het in de werkelijkheid gebeurde (JJJJ-MM-DD).${WITHHELD}`,
  })
  occurredOn!: string | null;
  @Field(() => PeriodModel, {
    nullable: true,
    description: `De datum zoals het document haar noemt ("juni 2021", "eind april"), met het interval waarin occurredOn ligt; de dag zelf waar het document die noemt.${WITHHELD}`,
  })
  occurredAsSaid!: PeriodModel | null;
  @Field(() => InstantScalar, { nullable: true, description: `Wanneer de ledger het vastlegde.${WITHHELD}` })
  recordedAt!: string | null;
  @Field(() => String, { nullable: true, description: `Wie het vastlegde (de geverifieerde aanroeper).${WITHHELD}` })
  recordedBy!: string | null;
  @Field(() => String, { nullable: true, description: `Kenmerk van de opdracht die het vastlegde.${WITHHELD}` })
  commandId!: string | null;
  @Field(() => String, { description: 'Verbindt gebeurtenissen die bij elkaar horen.', nullable: true })
  correlationId!: string | null;
  @Field(() => String, { description: 'Kenmerk van wat deze gebeurtenis veroorzaakte.', nullable: true }) causationId!:
    string | null;
  @Field(() => [SourceModel], { description: 'Bronnen met letterlijk citaat.', nullable: true }) sources!:
    readonly SourceModel[] | null;
  @Field(() => ClassificationModel, { description: 'Wie de gebeurtenis mag zien.' })
  classification!: ClassificationModel;
  @Field({ description: 'Hash van de vorige gebeurtenis in dit dossier (64 nullen voor de eerste).' })
  prevHash!: string;
  @Field({
    description:
      'SHA-256 over prevHash en de canonieke JSON (RFC 8785) van deze gebeurtenis zonder hash en globale positie.',
  })
  hash!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Precies de tekst waarover de hash is berekend (canonieke JSON, RFC 8785): controleer zelf dat SHA-256(prevHash + hashedJson) gelijk is aan hash.' +
      WITHHELD,
  })
  hashedJson!: string | null;
}
