import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Checkpoint', { description: 'Een ondertekend checkpoint van het Merkle-logboek (C2SP tlog-checkpoint).' })
export class CheckpointModel {
  @Field(() => Int, { description: 'Aantal gebeurtenissen in het logboek op dit checkpoint.' }) size!: number;
  @Field({ description: 'Merkle-wortel (SHA-256, hex).' }) rootHash!: string;
  @Field() origin!: string;
  @Field({ description: 'Sleutel-id (8 hex-cijfers) van de ondertekenende sleutel.' }) keyId!: string;
  @Field({ description: 'De ondertekende notitie, zoals een verificateur haar leest.' }) note!: string;
  @Field() recordedAt!: string;
}

@ObjectType('InclusionProof', { description: 'Bewijs dat een gebeurtenis blad leafIndex is van het logboek van treeSize bladen (RFC 9162).' })
export class InclusionProofModel {
  @Field(() => Int) leafIndex!: number;
  @Field({ description: 'Globale positie van de gebeurtenis, als cijfers.' }) globalPosition!: string;
  @Field(() => Int) treeSize!: number;
  @Field() leafHash!: string;
  @Field() rootHash!: string;
  @Field(() => [String], { description: 'Auditpad, diepste buur eerst.' }) auditPath!: string[];
  @Field(() => String, { nullable: true, description: 'Het ondertekende checkpoint van deze grootte, als dat er is.' }) checkpoint!: string | null;
}

@ObjectType('ConsistencyProof', { description: 'Bewijs dat het logboek van toSize bladen dat van fromSize bladen alleen aanvult (RFC 9162).' })
export class ConsistencyProofModel {
  @Field(() => Int) fromSize!: number;
  @Field(() => Int) toSize!: number;
  @Field() fromRootHash!: string;
  @Field() toRootHash!: string;
  @Field(() => [String]) proof!: string[];
  @Field(() => String, { nullable: true }) fromCheckpoint!: string | null;
  @Field(() => String, { nullable: true }) toCheckpoint!: string | null;
}

@ObjectType('BrokenLink', { description: 'De eerste schakel waar de hashketen van een dossier breekt.' })
export class BrokenLinkModel {
  @Field(() => Int) revision!: number;
  @Field() eventId!: string;
  @Field({ description: 'Globale positie, als cijfers.' }) globalPosition!: string;
  @Field({ description: 'prev-hash-mismatch: verwijst niet naar de vorige; hash-mismatch: inhoud gewijzigd.' }) reason!: string;
}

@ObjectType('ChainVerification', { description: 'Uitkomst van de controle van de hashketen van één dossier.' })
export class ChainVerificationModel {
  @Field() negotiationId!: string;
  @Field(() => Int) events!: number;
  @Field() intact!: boolean;
  @Field(() => BrokenLinkModel, { nullable: true }) firstBrokenLink!: BrokenLinkModel | null;
}

@ObjectType('KeyRotation', { description: 'Een sleutelrotatie, ondertekend door de oude en de nieuwe sleutel.' })
export class KeyRotationModel {
  @Field({ description: 'vkey van de oude sleutel.' }) from!: string;
  @Field({ description: 'vkey van de nieuwe sleutel.' }) to!: string;
  @Field() statement!: string;
}

@ObjectType('Cosignature', { description: 'Een medeondertekening van een checkpoint door een getuige (C2SP tlog-cosignature), vastgelegd in het logboek.' })
export class CosignatureModel {
  @Field(() => Int, { description: 'Omvang van het medeondertekende checkpoint.' }) size!: number;
  @Field({ description: 'Merkle-wortel (SHA-256, hex).' }) rootHash!: string;
  @Field({ description: 'Naam van de getuigensleutel.' }) witness!: string;
  @Field({ description: 'Wanneer de getuige ondertekende, volgens de getuige (ISO 8601).' }) time!: string;
}
