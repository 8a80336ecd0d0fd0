import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CentsScalar, LocalDateScalar } from '../../common/graphql/ledger-scalars';
import type { AmountBasis, ClassificationLevel, FinancialKind, FinancialNature, PeriodPrecision } from '@ledger/domain';
import {
  AmountBasisEnum, ClassificationLevelEnum, FinancialKindEnum, FinancialNatureEnum, PeriodPrecisionEnum,
} from '../../common/graphql/domain-enums';

@ObjectType('Period', { description: 'Een datum of periode zoals het document haar noemt, met het interval waar zij voor staat.' })
export class PeriodModel {
  @Field({ description: 'De woorden van het document.' }) asSaid!: string;
  @Field(() => PeriodPrecisionEnum) precision!: PeriodPrecision;
  @Field(() => LocalDateScalar, { description: 'Eerste dag van het interval.' }) start!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Laatste dag; leeg bij een open einde ("vanaf 2028").' }) end!: string | null;
}

@ObjectType('FinancialTerm', { description: 'Een bedrag zoals het document het noemt, met het berekenbare deel.' })
export class FinancialTermModel {
  @Field({ description: 'De woorden van het document.' }) asSaid!: string;
  @Field(() => CentsScalar, { description: 'Hele eurocenten, als decimale tekst.' }) amountCents!: string;
  @Field({ description: 'Het bedrag in euro met twee decimalen, als tekst.' }) amountEuro!: string;
  @Field(() => FinancialKindEnum) kind!: FinancialKind;
  @Field(() => FinancialNatureEnum) nature!: FinancialNature;
  @Field(() => AmountBasisEnum) basis!: AmountBasis;
  @Field(() => Int) fromYear!: number;
  @Field(() => Int, { nullable: true, description: 'Leeg bij "e.v."' }) toYear!: number | null;
  @Field({ description: 'Het document zegt "circa".' }) approximate!: boolean;
}

@ObjectType('SourceDocument', { description: 'Een document waar de ledger uit citeert.' })
export class SourceDocumentModel {
  @Field() title!: string;
  @Field() issuer!: string;
  @Field(() => LocalDateScalar, { description: 'Datum van het document.' }) date!: string;
  @Field(() => String, { nullable: true }) kenmerk!: string | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 van het bestand.' }) sha256!: string | null;
}

@ObjectType('Source', { description: 'Een bron: document, plaats en letterlijk citaat.' })
export class SourceModel {
  @Field(() => SourceDocumentModel) document!: SourceDocumentModel;
  @Field({ description: 'Letterlijk citaat.' }) quote!: string;
  @Field(() => Int, { nullable: true }) page!: number | null;
  @Field(() => String, { nullable: true }) paragraph!: string | null;
}

@ObjectType('Classification', { description: 'Wie de regel mag zien.' })
export class ClassificationModel {
  @Field(() => ClassificationLevelEnum) level!: ClassificationLevel;
  @Field(() => String, { nullable: true }) party!: string | null;
}
