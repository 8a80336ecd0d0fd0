import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { QuoteLocation } from '@ledger/domain';
import { CentsScalar, LocalDateScalar } from '../../common/graphql/ledger-scalars';
import type { AmountBasis, ClassificationLevel, FinancialKind, FinancialNature, PeriodPrecision } from '@ledger/domain';
import {
  AmountBasisEnum,
  ClassificationLevelEnum,
  FinancialKindEnum,
  FinancialNatureEnum,
  PeriodPrecisionEnum,
} from '../../common/graphql/domain-enums';

@ObjectType('Period', {
  description: 'Een datum of periode zoals het document haar noemt, met het interval waar zij voor staat.',
})
export class PeriodModel {
  @Field({ description: 'De woorden van het document.' }) asSaid!: string;
  @Field(() => PeriodPrecisionEnum, { description: 'Hoe precies het document de datum noemt.' })
  precision!: PeriodPrecision;
  @Field(() => LocalDateScalar, { description: 'Eerste dag van het interval.' }) start!: string;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Laatste dag; leeg bij een open einde ("vanaf 2028") of een relatieve termijn ("na het Paasreces").',
  })
  end!: string | null;
}

@ObjectType('AmountShare', { description: 'Een percentage van een ander bedrag, met in woorden waarvan.' })
export class AmountShareModel {
  @Field(() => Float, { description: 'Het percentage.' }) percent!: number;
  @Field({ description: 'Waarvan het een percentage is, in de woorden van het document.' }) ofAsSaid!: string;
}

@ObjectType('YearAmount', { description: 'Het bedrag dat het document voor één jaar noemt.' })
export class YearAmountModel {
  @Field(() => Int, { description: 'Het jaar.' }) year!: number;
  @Field(() => CentsScalar, { description: 'Hele eurocenten, als decimale tekst.' }) amountCents!: string;
}

@ObjectType('FinancialTerm', { description: 'Een bedrag zoals het document het noemt, met het berekenbare deel.' })
export class FinancialTermModel {
  @Field({ description: 'De woorden van het document.' }) asSaid!: string;
  @Field(() => CentsScalar, { description: 'Hele eurocenten, als decimale tekst.' }) amountCents!: string;
  @Field({ description: 'Het bedrag in euro met twee decimalen, als tekst.' }) amountEuro!: string;
  @Field(() => FinancialKindEnum, { description: 'Soort geld.' }) kind!: FinancialKind;
  @Field(() => FinancialNatureEnum, { description: 'Structureel of incidenteel.' }) nature!: FinancialNature;
  @Field(() => AmountBasisEnum, { description: 'Hoe het bedrag geldt: per jaar, cumulatief of oplopend tot.' })
  basis!: AmountBasis;
  @Field(() => Int, { description: 'Eerste jaar waarvoor het bedrag geldt.' }) fromYear!: number;
  @Field(() => Int, { nullable: true, description: 'Leeg bij "e.v."' }) toYear!: number | null;
  @Field({ description: 'Het document zegt "circa".' }) approximate!: boolean;
  @Field(() => CentsScalar, {
    nullable: true,
    description: 'Bij een bandbreedte ("€ 200-300 miljoen") de bovengrens; amountCents is dan de ondergrens.',
  })
  upToCents!: string | null;
  @Field(() => AmountShareModel, {
    nullable: true,
    description:
      'Een percentage van een ander bedrag ("50% tekorten 2023/2024"); leeg als het document geen percentage noemt.',
  })
  share!: AmountShareModel | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Bij "oplopend tot": het jaar waarin het bereikt is; leeg waar het document dat niet zegt.',
  })
  reachedInYear!: number | null;
  @Field(() => [YearAmountModel], { description: 'De bedragen die het document per afzonderlijk jaar noemt.' })
  perYear!: readonly YearAmountModel[];
  @Field(() => String, {
    nullable: true,
    description: 'Het bedrag waar dit bedrag deel van is, in de woorden van het document.',
  })
  partOfAsSaid!: string | null;
}

@ObjectType('SourceDocument', { description: 'Een document waar de ledger uit citeert.' })
export class SourceDocumentModel {
  @Field({ description: 'Titel van het document.' }) title!: string;
  @Field({ description: 'Wie het document uitgaf.' }) issuer!: string;
  @Field(() => LocalDateScalar, { description: 'Datum van het document.' }) date!: string;
  @Field(() => String, { description: 'Kenmerk van het document, als het er een heeft.', nullable: true }) kenmerk!:
    string | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 van het bestand.' }) sha256!: string | null;
}

@ObjectType('QuoteLocation', {
  description:
    'Waar het citaat in de opgeslagen tekst van het document staat: tekens start tot end (UTF-16-code-eenheden, end niet meegeteld).',
})
export class QuoteLocationModel {
  @Field(() => Int, { description: 'Eerste teken van het citaat in de tekst (vanaf 0).' }) start!: number;
  @Field(() => Int, { description: 'Eerste teken na het citaat.' }) end!: number;
  @Field(() => Int, { nullable: true, description: 'Pagina, waar de tekst pagina’s markeert.' }) page!: number | null;
  @Field({ description: 'Waar: het citaat is de tekst teken voor teken; onwaar: het verschilt alleen in witruimte.' })
  exact!: boolean;
}

@ObjectType('Source', { description: 'Een bron: document, plaats en letterlijk citaat.' })
export class SourceModel {
  @Field(() => SourceDocumentModel, { description: 'Het document.' }) document!: SourceDocumentModel;
  @Field({ description: 'Letterlijk citaat.' }) quote!: string;
  @Field(() => Int, { description: 'Pagina, als het document die heeft.', nullable: true }) page!: number | null;
  @Field(() => String, { description: 'Paragraaf of kop, als het document die noemt.', nullable: true }) paragraph!:
    string | null;
  @Field({
    description:
      'Waar: de plaats van het citaat is bij het vastleggen bepaald en telt mee in de hash; onwaar: ze is bij het lezen bepaald.',
  })
  locatedWhenRecorded!: boolean;
  /** Where the ledger found the quote when it was recorded; sources recorded before that have none, and are located on read. */
  recordedLocation!: QuoteLocation | null;
}

@ObjectType('Classification', { description: 'Wie de regel mag zien.' })
export class ClassificationModel {
  @Field(() => ClassificationLevelEnum, { description: 'Wie de regel mag zien.' }) level!: ClassificationLevel;
  @Field(() => String, { description: 'De partij, bij internal.', nullable: true }) party!: string | null;
}
