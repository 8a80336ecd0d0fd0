import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { DecisionKind, DocumentKind } from '@ledger/domain';
import { NodeInterface } from '../../common/graphql/node.interface';
import { LocalDateScalar } from '../../common/graphql/ledger-scalars';
import { DecisionKindEnum, DocumentKindEnum } from '../../common/graphql/domain-enums';
import { TracedEntity } from './negotiation-entities.models';
import { FinancialTermModel } from './value.models';

@ObjectType('Decision', {
  description:
    'Een eenzijdig besluit of een betaling van één partij ("het kabinet heeft € 613 miljoen vrijgemaakt"): geen afspraak, de andere partij stemde er niet mee in.',
  implements: () => [NodeInterface],
})
export class DecisionModel extends TracedEntity {
  @Field(() => ID, { description: 'Kenmerk van het besluit.' }) decisionId!: string;
  @Field(() => ID, { description: 'De partij die besloot.' }) decidedBy!: string;
  @Field(() => DecisionKindEnum, { description: 'Besluit of betaling.' }) kind!: DecisionKind;
  @Field({ description: 'Korte titel.' }) title!: string;
  @Field({ description: 'Het besluit in de woorden van het document.' }) text!: string;
  @Field(() => [FinancialTermModel], { description: 'Bedragen die het besluit noemt.' })
  financialTerms!: readonly FinancialTermModel[];
  @Field(() => ID, {
    description: 'Het overleg waar het besluit werd meegedeeld, als het document dat zegt.',
    nullable: true,
  })
  meetingId!: string | null;
  @Field(() => LocalDateScalar, { description: 'Wanneer besloten.' }) decidedOn!: string;
}

@ObjectType('Resumption', { description: 'Hoe opgeschorte gesprekken weer begonnen.' })
export class ResumptionModel {
  @Field(() => [ID], { description: 'De partijen die hervatten; leeg waar het document niemand noemt.' })
  resumedBy!: readonly string[];
  @Field({ description: 'De hervatting in de woorden van het document, bijvoorbeeld "Mei 2022: herstart agenda."' })
  note!: string;
  @Field(() => LocalDateScalar, { description: 'Wanneer hervat.' }) on!: string;
}

@ObjectType('Suspension', {
  description:
    'Opgeschorte gesprekken ("opschorten hervormingsagenda"; een partij trekt zich terug uit de overleggen), tot ze worden hervat.',
  implements: () => [NodeInterface],
})
export class SuspensionModel extends TracedEntity {
  @Field(() => ID, { description: 'Kenmerk van de opschorting.' }) suspensionId!: string;
  @Field(() => [ID], {
    description: 'De partijen die de gesprekken opschortten; leeg waar het document niemand noemt.',
  })
  suspendedBy!: readonly string[];
  @Field({ description: 'Welke gesprekken, in de woorden van het document.' }) subject!: string;
  @Field({ description: 'Waarom, in de woorden van het document.' }) reason!: string;
  @Field(() => LocalDateScalar, { description: 'Wanneer opgeschort.' }) suspendedOn!: string;
  @Field(() => ResumptionModel, { nullable: true, description: 'De hervatting; leeg zolang de gesprekken stilliggen.' })
  resumption!: ResumptionModel | null;
}

@ObjectType('Document', {
  description:
    'Een brief of rapport als stap in de onderhandeling ("Brief VNG aan MP (7 mei)"): van wie, aan wie, op welke dag, en de regels die erop rusten.',
  implements: () => [NodeInterface],
})
export class DocumentModel extends TracedEntity {
  @Field(() => ID, { description: 'Kenmerk van het document.' }) documentId!: string;
  @Field(() => DocumentKindEnum, { description: 'Brief, ledenbrief, Kamerbrief, rapport of anders.' })
  kind!: DocumentKind;
  @Field({ description: 'De titel of omschrijving in de woorden van de bron.' }) title!: string;
  @Field(() => [ID], {
    description: 'De partijen van wie het document komt; leeg waar geen partij aan tafel het stuurde.',
  })
  issuedBy!: readonly string[];
  @Field({ description: 'De geadresseerde in de woorden van de bron, bijvoorbeeld "MP" of "de leden".' })
  addressedTo!: string;
  @Field(() => [ID], { description: 'De partijen aan tafel aan wie het gericht is; leeg waar dat geen partij is.' })
  recipients!: readonly string[];
  @Field(() => [ID], { description: 'De regels van dit dossier waaronder het document ligt.' })
  underlies!: readonly string[];
  @Field(() => LocalDateScalar, { description: 'De dag van het document.' }) issuedOn!: string;
}
