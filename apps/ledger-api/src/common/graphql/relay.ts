import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';

@ObjectType({ description: 'Waar deze pagina staat in de hele lijst (Relay).' })
export class PageInfo {
  @Field({ description: 'Er volgen nog elementen na deze pagina.' }) hasNextPage!: boolean;
  @Field({ description: 'Er staan elementen vóór deze pagina.' }) hasPreviousPage!: boolean;
  @Field(() => String, {
    description: 'Cursor van het eerste element van deze pagina; geef hem als before mee voor de vorige.',
    nullable: true,
  })
  startCursor!: string | null;
  @Field(() => String, {
    description: 'Cursor van het laatste element van deze pagina; geef hem als after mee voor de volgende.',
    nullable: true,
  })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type for `node`, named `<Name>Connection` with `<Name>Edge` edges. */
export function connectionOf<T>(node: Type<T>, name: string, description: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`, { description: `Eén ${description} met de cursor om vanaf verder te lezen.` })
  class EdgeType implements Edge<T> {
    @Field({ description: 'Ondoorzichtige cursor: geef hem als `after` mee om na dit element verder te lezen.' })
    cursor!: string;
    @Field(() => node, { description: 'Het element.' }) node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `Een pagina ${description}.` })
  class ConnectionType implements Connection<T> {
    @Field(() => [EdgeType], { description: 'De elementen van deze pagina, elk met zijn cursor.' }) edges!: EdgeType[];
    @Field(() => PageInfo, { description: 'Waar deze pagina staat in de hele lijst.' }) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'Aantal elementen in de hele lijst (met deze filters).' }) totalCount!: number;
  }
  return ConnectionType;
}
