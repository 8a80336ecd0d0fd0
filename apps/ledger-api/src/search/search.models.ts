import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PageArgs } from '../queries/dto/query.args';
import { LedgerEventModel } from '../queries/models/ledger-event.model';
import { PageInfo } from '../common/graphql/relay';

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field({
    description:
      'Woorden die allemaal moeten voorkomen (als begin van een woord): in titels, voorwaarden, redenen, toelichtingen en citaten uit bronnen.',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  text!: string;

  @Field(() => ID, { nullable: true, description: 'Alleen in dit dossier zoeken.' })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  negotiationId?: string;
}

@ObjectType('SearchHitEdge', { description: 'Eén gevonden regel, met de passage waarin de woorden staan.' })
export class SearchHitEdge {
  @Field({ description: 'Ondoorzichtige cursor: geef hem als `after` mee om na deze regel verder te lezen.' })
  cursor!: string;
  @Field(() => LedgerEventModel, { description: 'De gevonden regel, zoals de vrager hem mag zien.' })
  node!: LedgerEventModel;
  @Field({ description: 'De passage met de gevonden woorden tussen [ en ].' }) snippet!: string;
}

@ObjectType('SearchHitConnection', { description: 'Een pagina zoekresultaten, alleen uit wat de vrager mag zien.' })
export class SearchHitConnection {
  @Field(() => [SearchHitEdge], { description: 'De gevonden regels van deze pagina, elk met zijn cursor.' })
  edges!: SearchHitEdge[];
  @Field(() => PageInfo, { description: 'Waar deze pagina staat in de hele lijst.' }) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'Aantal gevonden regels die de vrager mag zien.' }) totalCount!: number;
}
