import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';

@ObjectType({ description: 'Waar deze pagina staat in de hele lijst (Relay).' })
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
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
    @Field({ description: 'Ondoorzichtige cursor: geef hem als `after` mee om na dit element verder te lezen.' }) cursor!: string;
    @Field(() => node) node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `Een pagina ${description}.` })
  class ConnectionType implements Connection<T> {
    @Field(() => [EdgeType]) edges!: EdgeType[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'Aantal elementen in de hele lijst (met deze filters).' }) totalCount!: number;
  }
  return ConnectionType;
}
