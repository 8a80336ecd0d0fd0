import { Field, ID, InterfaceType } from '@nestjs/graphql';
import { fromGlobalId } from './global-id';

@InterfaceType('Node', {
  description: 'Alles met een globaal kenmerk, op te vragen met node(id) of nodes(ids).',
  // Nodes are plain objects; their global id names their type.
  resolveType: (value: { id: string }) => fromGlobalId(value.id)?.type,
})
export abstract class NodeInterface {
  @Field(() => ID, { description: 'Globaal, ondoorzichtig kenmerk.' }) id!: string;
}
