import { Field, ID, InterfaceType } from '@nestjs/graphql';

@InterfaceType('Node', {
  description: 'Alles met een globaal kenmerk, op te vragen met node(id).',
  // Nodes are plain objects; a ledger event is the only kind that carries a hash.
  resolveType: (value: object) => ('hash' in value ? 'LedgerEvent' : 'Negotiation'),
})
export abstract class NodeInterface {
  @Field(() => ID, { description: 'Globaal, ondoorzichtig kenmerk.' }) id!: string;
}
