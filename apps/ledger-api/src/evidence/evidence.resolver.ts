import { UseInterceptors } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '../common/caller';
import { GraphQLJSONObject } from '../common/graphql/json-object.scalar';
import { assertMayRotateSigningKey, assertMayUseEvidence } from '@ledger/evidence-ledger';
import { ConsistencyProofArgs, CosignArgs, DossierArgs, InclusionProofArgs } from './evidence.args';
import {
  ChainVerificationModel,
  CheckpointModel,
  ChronologyPdfModel,
  ConsistencyProofModel,
  CosignatureModel,
  InclusionProofModel,
  KeyRotationModel,
} from './evidence.models';
import { EvidenceService } from './evidence.service';
import { ReadAuditedAs, ReadAuditInterceptor } from '../read-audit/read-audit.interceptor';

const digits = (position: number) => String(position);

/** Every field here is for legal teams and admins (evidence-access.ts); the role is checked before any work. */
@Resolver()
export class EvidenceResolver {
  constructor(private readonly evidence: EvidenceService) {}

  @Query(() => [CheckpointModel], { description: 'Alle ondertekende checkpoints van het logboek, oudste eerst.' })
  checkpoints(@CurrentCaller() caller: Caller) {
    assertMayUseEvidence(caller);
    return this.evidence.checkpoints();
  }

  @Query(() => InclusionProofModel, {
    description: 'Bewijs dat een gebeurtenis in het logboek staat, tegen een checkpoint (treeSize).',
  })
  async inclusionProof(
    @Args() { eventId, globalPosition, treeSize }: InclusionProofArgs,
    @CurrentCaller() caller: Caller,
  ) {
    assertMayUseEvidence(caller);
    const proof = await this.evidence.inclusionProof(
      { eventId, globalPosition: globalPosition === undefined ? undefined : Number(globalPosition) },
      treeSize,
    );
    return { ...proof, globalPosition: digits(proof.globalPosition) };
  }

  @Query(() => ConsistencyProofModel, {
    description: 'Bewijs dat het logboek tussen twee groottes alleen is aangevuld.',
  })
  consistencyProof(@Args() { fromSize, toSize }: ConsistencyProofArgs, @CurrentCaller() caller: Caller) {
    assertMayUseEvidence(caller);
    return this.evidence.consistencyProof(fromSize, toSize);
  }

  @Query(() => ChainVerificationModel, {
    description: 'Controleert de hashketen van een dossier en noemt de eerste gebroken schakel.',
  })
  async verifyChain(
    @Args('negotiationId', { description: 'Het dossier.' }) negotiationId: string,
    @CurrentCaller() caller: Caller,
  ) {
    assertMayUseEvidence(caller);
    const result = await this.evidence.verifyChain(negotiationId, caller);
    const link = result.firstBrokenLink;
    return { ...result, firstBrokenLink: link && { ...link, globalPosition: digits(link.globalPosition) } };
  }

  @Query(() => GraphQLJSONObject, {
    description: 'Het bewijsdossier als JSON-bundel (formaat en controle: libs/evidence/FORMAT.md).',
  })
  @UseInterceptors(ReadAuditInterceptor)
  @ReadAuditedAs('export')
  dossier(@Args() args: DossierArgs, @CurrentCaller() caller: Caller) {
    assertMayUseEvidence(caller);
    return this.evidence.dossier(caller, args);
  }

  @Query(() => ChronologyPdfModel, {
    description: 'De chronologie van het dossier als PDF, met dezelfde toegangsregels als dossier.',
  })
  @UseInterceptors(ReadAuditInterceptor)
  @ReadAuditedAs('export')
  async chronologyPdf(@Args() args: DossierArgs, @CurrentCaller() caller: Caller) {
    assertMayUseEvidence(caller);
    const pdf = await this.evidence.chronologyPdf(caller, args);
    return {
      fileName: `chronologie-${args.negotiationId}.pdf`,
      contentType: 'application/pdf',
      base64: pdf.toString('base64'),
    };
  }

  @Mutation(() => CheckpointModel, { description: 'Ondertekent het logboek nu en legt het checkpoint vast.' })
  signCheckpoint(@CurrentCaller() caller: Caller) {
    assertMayUseEvidence(caller);
    return this.evidence.signCheckpoint();
  }

  @Mutation(() => [CosignatureModel], {
    description:
      'Legt de medeondertekening van een checkpoint door een getuige vast (de notitie met haar regel erbij).',
  })
  cosignCheckpoint(@Args() { note }: CosignArgs, @CurrentCaller() caller: Caller) {
    assertMayUseEvidence(caller);
    return this.evidence.recordCosignatures(note);
  }

  @Mutation(() => KeyRotationModel, {
    description:
      'Vervangt de ondertekeningssleutel; de rotatie wordt door oude en nieuwe sleutel ondertekend en vastgelegd.',
  })
  rotateSigningKey(@CurrentCaller() caller: Caller) {
    assertMayRotateSigningKey(caller);
    return this.evidence.rotateSigningKey();
  }
}
