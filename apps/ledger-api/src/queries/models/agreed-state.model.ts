import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CentsScalar, LocalDateScalar } from '../../common/graphql/ledger-scalars';
import type { AmountBasis, FinancialKind, FinancialNature } from '@ledger/domain';
import { AmountBasisEnum, FinancialKindEnum, FinancialNatureEnum } from '../../common/graphql/domain-enums';
import { AgreementModel, CommitmentModel, DisputeModel, PositionModel } from './negotiation-entities.models';

@ObjectType('FrameworkLine', { description: 'Eén afgesproken bedrag in één jaar, met de woorden waarin het werd afgesproken.' })
export class FrameworkLineModel {
  @Field(() => ID) agreementId!: string;
  @Field() asSaid!: string;
  @Field(() => CentsScalar, { description: 'Hele eurocenten, als decimale tekst.' }) amountCents!: string;
  @Field(() => FinancialNatureEnum) nature!: FinancialNature;
  @Field(() => AmountBasisEnum) basis!: AmountBasis;
  @Field() approximate!: boolean;
  @Field({ description: 'Het bedrag loopt door na de horizon ("e.v.").' }) openEnded!: boolean;
}

@ObjectType('FrameworkYear', { description: 'Het financiële kader voor één jaar en één soort geld.' })
export class FrameworkYearModel {
  @Field(() => Int) year!: number;
  @Field(() => FinancialKindEnum) kind!: FinancialKind;
  @Field(() => [FrameworkLineModel]) lines!: readonly FrameworkLineModel[];
  @Field(() => CentsScalar, {
    nullable: true,
    description: 'Som van de bedragen van dit jaar, in eurocenten, als elke regel het bedrag van dit jaar zelf noemt (per jaar, of oplopend-tot in het jaar dat het bereikt wordt). ' +
      'Leeg als een regel een totaal over meer jaren is of een oplopend bedrag zonder de stappen per jaar: het document noemt dan geen bedrag voor dit jaar alleen.',
  })
  yearAmountCents!: string | null;
}

@ObjectType('CommitmentsByStatus', { description: 'Toezeggingen per stand op de peildatum.' })
export class CommitmentsByStatusModel {
  @Field(() => [CommitmentModel], { description: 'Open en nog niet verlopen.' }) open!: readonly CommitmentModel[];
  @Field(() => [CommitmentModel], { description: 'Open en over de termijn.' }) overdue!: readonly CommitmentModel[];
  @Field(() => [CommitmentModel]) fulfilled!: readonly CommitmentModel[];
  @Field(() => [CommitmentModel]) missed!: readonly CommitmentModel[];
}

@ObjectType('LatestPosition', { description: 'Het laatste standpunt van een partij over een voorstel (of onderwerp).' })
export class LatestPositionModel {
  @Field(() => ID) partyId!: string;
  @Field(() => ID, { nullable: true }) proposalId!: string | null;
  @Field() topic!: string;
  @Field(() => PositionModel) position!: PositionModel;
}

@ObjectType('BasedOn', { description: 'Waar het antwoord op rust.' })
export class BasedOnModel {
  @Field(() => Int) eventCount!: number;
  @Field() lastGlobalPosition!: string;
}

@ObjectType('AgreedState', { description: 'Wat er afgesproken stond op een datum (asOf), zoals de ledger het wist op een moment (asKnownAt).' })
export class AgreedStateModel {
  @Field(() => ID) negotiationId!: string;
  @Field() title!: string;
  @Field(() => LocalDateScalar, { description: 'Peildatum in de werkelijkheid.' }) asOf!: string;
  @Field(() => String, { nullable: true, description: 'Kennismoment: alleen wat toen was vastgelegd telt; leeg is alles.' }) asKnownAt!: string | null;
  @Field(() => LocalDateScalar, { description: 'Datum waartegen toezeggingen als verlopen gelden.' }) referenceDate!: string;
  @Field(() => [AgreementModel]) agreementsInForce!: readonly AgreementModel[];
  @Field(() => [FrameworkYearModel]) financialFramework!: readonly FrameworkYearModel[];
  @Field(() => CommitmentsByStatusModel) commitments!: CommitmentsByStatusModel;
  @Field(() => [DisputeModel], { description: 'Open en geëscaleerde geschilpunten.' }) openDisputes!: readonly DisputeModel[];
  @Field(() => [LatestPositionModel]) latestPositions!: readonly LatestPositionModel[];
  @Field(() => BasedOnModel) basedOn!: BasedOnModel;
}
