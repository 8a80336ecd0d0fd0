import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CentsScalar, LocalDateScalar } from '../../common/graphql/ledger-scalars';
import type { AmountBasis, FinancialKind, FinancialNature } from '@ledger/domain';
import { AmountBasisEnum, FinancialKindEnum, FinancialNatureEnum } from '../../common/graphql/domain-enums';
import { LedgerEventTypeEnum } from '../../common/graphql/ledger-enums';
import { AgreementModel, CommitmentModel, DisputeModel, PositionModel } from './negotiation-entities.models';
import { DecisionModel, SuspensionModel } from './unilateral-entities.models';
import { PeriodModel } from './value.models';

@ObjectType('FrameworkLine', {
  description: 'Eén afgesproken bedrag in één jaar, met de woorden waarin het werd afgesproken.',
})
export class FrameworkLineModel {
  @Field(() => ID, { description: 'De afspraak.' }) agreementId!: string;
  @Field({ description: 'De woorden van het document.' }) asSaid!: string;
  @Field(() => CentsScalar, { description: 'Hele eurocenten, als decimale tekst.' }) amountCents!: string;
  @Field(() => FinancialNatureEnum, { description: 'Structureel of incidenteel.' }) nature!: FinancialNature;
  @Field(() => AmountBasisEnum, { description: 'Hoe het bedrag geldt.' }) basis!: AmountBasis;
  @Field({ description: 'Het document zegt "circa".' }) approximate!: boolean;
  @Field(() => CentsScalar, { nullable: true, description: 'De bovengrens bij een bandbreedte; leeg bij één bedrag.' })
  upToCents!: string | null;
  @Field({ description: 'Het bedrag loopt door na de horizon ("e.v.").' }) openEnded!: boolean;
}

@ObjectType('FrameworkYear', { description: 'Het financiële kader voor één jaar en één soort geld.' })
export class FrameworkYearModel {
  @Field(() => Int, { description: 'Het jaar.' }) year!: number;
  @Field(() => FinancialKindEnum, { description: 'Soort geld.' }) kind!: FinancialKind;
  @Field(() => [FrameworkLineModel], { description: 'De afgesproken bedragen die dit jaar raken.' })
  lines!: readonly FrameworkLineModel[];
  @Field(() => CentsScalar, {
    nullable: true,
    description:
      'Som van de bedragen van dit jaar, in eurocenten, als elke regel het bedrag van dit jaar zelf noemt (per jaar, of oplopend-tot in het jaar dat het bereikt wordt). ' +
      'Leeg als een regel een totaal over meer jaren is of een oplopend bedrag zonder de stappen per jaar: het document noemt dan geen bedrag voor dit jaar alleen.',
  })
  yearAmountCents!: string | null;
}

@ObjectType('CommitmentsByStatus', { description: 'Toezeggingen per stand op de peildatum.' })
export class CommitmentsByStatusModel {
  @Field(() => [CommitmentModel], { description: 'Open en nog niet verlopen.' }) open!: readonly CommitmentModel[];
  @Field(() => [CommitmentModel], { description: 'Open en over de termijn.' }) overdue!: readonly CommitmentModel[];
  @Field(() => [CommitmentModel], { description: 'Nagekomen.' }) fulfilled!: readonly CommitmentModel[];
  @Field(() => [CommitmentModel], { description: 'Niet nagekomen.' }) missed!: readonly CommitmentModel[];
}

@ObjectType('LatestPosition', { description: 'Het laatste standpunt van een partij over een voorstel (of onderwerp).' })
export class LatestPositionModel {
  @Field(() => ID, { description: 'De partij.' }) partyId!: string;
  @Field(() => ID, { description: 'Het voorstel, als het standpunt over een voorstel gaat.', nullable: true })
  proposalId!: string | null;
  @Field({ description: 'Het onderwerp.' }) topic!: string;
  @Field(() => PositionModel, { description: 'Het laatste standpunt.' }) position!: PositionModel;
}

@ObjectType('BasedOn', { description: 'Waar het antwoord op rust.' })
export class BasedOnModel {
  @Field(() => Int, { description: 'Aantal vastgelegde gebeurtenissen.' }) eventCount!: number;
  @Field({ description: 'De laatste globale positie daarvan (decimaal geheel getal).' }) lastGlobalPosition!: string;
}

@ObjectType('DatedEntry', {
  description: 'Een regel met de dag waarvan zij telt en de datum zoals het document haar noemt.',
})
export class DatedEntryModel {
  @Field(() => ID, { description: 'Kenmerk van de gebeurtenis.' }) eventId!: string;
  @Field(() => ID, { description: 'Waar de regel over gaat.' }) entityId!: string;
  @Field(() => LedgerEventTypeEnum, { description: 'Soort gebeurtenis.' }) type!: string;
  @Field(() => LocalDateScalar, { description: 'De dag waarvan de regel telt.' }) occurredOn!: string;
  @Field(() => PeriodModel, { description: 'De datum zoals het document haar noemt, met haar interval.' })
  occurredAsSaid!: PeriodModel;
}

@ObjectType('AgreedState', {
  description: 'Wat er afgesproken stond op een datum (asOf), zoals de ledger het wist op een moment (asKnownAt).',
})
export class AgreedStateModel {
  @Field(() => ID, { description: 'Het dossier.' }) negotiationId!: string;
  @Field({ description: 'Titel van het dossier.' }) title!: string;
  @Field(() => LocalDateScalar, { description: 'Peildatum in de werkelijkheid.' }) asOf!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Kennismoment: alleen wat toen was vastgelegd telt; leeg is alles.',
  })
  asKnownAt!: string | null;
  @Field(() => LocalDateScalar, { description: 'Datum waartegen toezeggingen als verlopen gelden.' })
  referenceDate!: string;
  @Field(() => [AgreementModel], { description: 'Afspraken die op de peildatum gelden.' })
  agreementsInForce!: readonly AgreementModel[];
  @Field(() => [FrameworkYearModel], {
    description: 'Het financiële kader per jaar en soort geld, uit de geldende afspraken.',
  })
  financialFramework!: readonly FrameworkYearModel[];
  @Field(() => CommitmentsByStatusModel, { description: 'Toezeggingen per stand op de peildatum.' })
  commitments!: CommitmentsByStatusModel;
  @Field(() => [DisputeModel], { description: 'Open en geëscaleerde geschilpunten.' })
  openDisputes!: readonly DisputeModel[];
  @Field(() => [LatestPositionModel], {
    description: 'Het laatste standpunt van elke partij per voorstel of onderwerp.',
  })
  latestPositions!: readonly LatestPositionModel[];
  @Field(() => [DecisionModel], {
    description:
      'Eenzijdige besluiten en betalingen tot de peildatum: geen afspraken, en daarom niet in het financiële kader.',
  })
  decisions!: readonly DecisionModel[];
  @Field(() => SuspensionModel, {
    nullable: true,
    description: 'De opschorting waaronder de gesprekken op de peildatum stillagen; leeg als ze liepen.',
  })
  suspension!: SuspensionModel | null;
  @Field(() => [DatedEntryModel], {
    description:
      'Regels die dit antwoord meetelt (vanaf hun occurredOn) maar waarvan de datum zoals gezegd de peildatum nog omvat: ' +
      'ze kunnen ook na de peildatum zijn gebeurd ("juni 2021" op 15 juni). Zeker vanaf de laatste dag van hun interval.',
  })
  possiblyLater!: readonly DatedEntryModel[];
  @Field(() => BasedOnModel, { description: 'Op welke vastleggingen het antwoord rust.' }) basedOn!: BasedOnModel;
}
