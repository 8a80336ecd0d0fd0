import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLJSONObject } from '../common/graphql/json-object.scalar';
import { dossierRequestOf } from './dossier.exporter';
import { ConsistencyProofArgs, DossierArgs, InclusionProofArgs } from './evidence.args';
import { ChainVerificationModel, CheckpointModel, ConsistencyProofModel, InclusionProofModel, KeyRotationModel } from './evidence.models';
import { EvidenceService } from './evidence.service';

const digits = (position: number) => String(position);

@Resolver()
export class EvidenceResolver {
  constructor(private readonly evidence: EvidenceService) {}

  @Query(() => [CheckpointModel], { description: 'Alle ondertekende checkpoints van het logboek, oudste eerst.' })
  checkpoints() {
    return this.evidence.checkpoints();
  }

  @Query(() => InclusionProofModel, { description: 'Bewijs dat een gebeurtenis in het logboek staat, tegen een checkpoint (treeSize).' })
  async inclusionProof(@Args() { eventId, globalPosition, treeSize }: InclusionProofArgs) {
    const proof = await this.evidence.inclusionProof({ eventId, globalPosition: globalPosition === undefined ? undefined : Number(globalPosition) }, treeSize);
    return { ...proof, globalPosition: digits(proof.globalPosition) };
  }

  @Query(() => ConsistencyProofModel, { description: 'Bewijs dat het logboek tussen twee groottes alleen is aangevuld.' })
  consistencyProof(@Args() { fromSize, toSize }: ConsistencyProofArgs) {
    return this.evidence.consistencyProof(fromSize, toSize);
  }

  @Query(() => ChainVerificationModel, { description: 'Controleert de hashketen van een dossier en noemt de eerste gebroken schakel.' })
  async verifyChain(@Args('negotiationId') negotiationId: string) {
    const result = await this.evidence.verifyChain(negotiationId);
    const link = result.firstBrokenLink;
    return { ...result, firstBrokenLink: link && { ...link, globalPosition: digits(link.globalPosition) } };
  }

  @Query(() => GraphQLJSONObject, { description: 'Het bewijsdossier als JSON-bundel (formaat en controle: libs/evidence/FORMAT.md).' })
  dossier(@Args() args: DossierArgs) {
    return this.evidence.dossier(dossierRequestOf(args));
  }

  @Mutation(() => CheckpointModel, { description: 'Ondertekent het logboek nu en legt het checkpoint vast.' })
  signCheckpoint() {
    return this.evidence.signCheckpoint();
  }

  @Mutation(() => KeyRotationModel, { description: 'Vervangt de ondertekeningssleutel; de rotatie wordt door oude en nieuwe sleutel ondertekend en vastgelegd.' })
  rotateSigningKey() {
    return this.evidence.rotateSigningKey();
  }
}
