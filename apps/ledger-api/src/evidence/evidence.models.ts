import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Checkpoint', { description: 'Een ondertekend checkpoint van het Merkle-logboek (C2SP tlog-checkpoint).' })
export class CheckpointModel {
  @Field(() => Int, { description: 'Aantal gebeurtenissen in het logboek op dit checkpoint.' }) size!: number;
  @Field({ description: 'Merkle-wortel (SHA-256, hex).' }) rootHash!: string;
  @Field({ description: 'Naam van het logboek (origin-regel van het checkpoint).' }) origin!: string;
  @Field({ description: 'Sleutel-id (8 hex-cijfers) van de ondertekenende sleutel.' }) keyId!: string;
  @Field({ description: 'De ondertekende notitie, zoals een verificateur haar leest.' }) note!: string;
  @Field({ description: 'Wanneer het checkpoint werd vastgelegd.' }) recordedAt!: string;
}

@ObjectType('InclusionProof', {
  description: 'Bewijs dat een gebeurtenis blad leafIndex is van het logboek van treeSize bladen (RFC 9162).',
})
export class InclusionProofModel {
  @Field(() => Int, { description: 'Plaats van het blad, vanaf 0.' }) leafIndex!: number;
  @Field({ description: 'Globale positie van de gebeurtenis, als cijfers.' }) globalPosition!: string;
  @Field(() => Int, { description: 'Aantal bladen van het logboek waarin het bewijs geldt.' }) treeSize!: number;
  @Field({ description: 'Hash van het blad (hex).' }) leafHash!: string;
  @Field({ description: 'Merkle-wortel bij treeSize (hex).' }) rootHash!: string;
  @Field(() => [String], { description: 'Auditpad, diepste buur eerst.' }) auditPath!: string[];
  @Field(() => String, { nullable: true, description: 'Het ondertekende checkpoint van deze grootte, als dat er is.' })
  checkpoint!: string | null;
}

@ObjectType('ConsistencyProof', {
  description: 'Bewijs dat het logboek van toSize bladen dat van fromSize bladen alleen aanvult (RFC 9162).',
})
export class ConsistencyProofModel {
  @Field(() => Int, { description: 'Het oudere aantal bladen.' }) fromSize!: number;
  @Field(() => Int, { description: 'Het nieuwere aantal bladen.' }) toSize!: number;
  @Field({ description: 'Merkle-wortel bij fromSize (hex).' }) fromRootHash!: string;
  @Field({ description: 'Merkle-wortel bij toSize (hex).' }) toRootHash!: string;
  @Field(() => [String], { description: 'De consistentiebewijs-hashes (hex), volgens RFC 9162.' }) proof!: string[];
  @Field(() => String, { description: 'Ondertekend checkpoint van fromSize, als dat er is.', nullable: true })
  fromCheckpoint!: string | null;
  @Field(() => String, { description: 'Ondertekend checkpoint van toSize, als dat er is.', nullable: true })
  toCheckpoint!: string | null;
}

@ObjectType('BrokenLink', { description: 'De eerste schakel waar de hashketen van een dossier breekt.' })
export class BrokenLinkModel {
  @Field(() => Int, { description: 'Revisie in het dossier.' }) revision!: number;
  @Field({ description: 'De gebeurtenis.' }) eventId!: string;
  @Field({ description: 'Globale positie, als cijfers.' }) globalPosition!: string;
  @Field({ description: 'prev-hash-mismatch: verwijst niet naar de vorige; hash-mismatch: inhoud gewijzigd.' })
  reason!: string;
}

@ObjectType('ChainVerification', { description: 'Uitkomst van de controle van de hashketen van één dossier.' })
export class ChainVerificationModel {
  @Field({ description: 'Het dossier.' }) negotiationId!: string;
  @Field(() => Int, { description: 'Aantal gecontroleerde gebeurtenissen.' }) events!: number;
  @Field({ description: 'Waar als de keten heel is.' }) intact!: boolean;
  @Field(() => BrokenLinkModel, {
    description: 'De eerste gebroken schakel; leeg als de keten heel is.',
    nullable: true,
  })
  firstBrokenLink!: BrokenLinkModel | null;
}

@ObjectType('KeyRotation', { description: 'Een sleutelrotatie, ondertekend door de oude en de nieuwe sleutel.' })
export class KeyRotationModel {
  @Field({ description: 'vkey van de oude sleutel.' }) from!: string;
  @Field({ description: 'vkey van de nieuwe sleutel.' }) to!: string;
  @Field({ description: 'De ondertekende verklaring van de rotatie.' }) statement!: string;
}

@ObjectType('Cosignature', {
  description:
    'Een medeondertekening van een checkpoint door een getuige (C2SP tlog-cosignature), vastgelegd in het logboek.',
})
export class CosignatureModel {
  @Field(() => Int, { description: 'Omvang van het medeondertekende checkpoint.' }) size!: number;
  @Field({ description: 'Merkle-wortel (SHA-256, hex).' }) rootHash!: string;
  @Field({ description: 'Naam van de getuigensleutel.' }) witness!: string;
  @Field({ description: 'Wanneer de getuige ondertekende, volgens de getuige (ISO 8601).' }) time!: string;
}

@ObjectType('ChronologyPdf', {
  description: 'De chronologie van een dossier als PDF, voor lezers; het bewijs is de JSON-bundel (dossier).',
})
export class ChronologyPdfModel {
  @Field({ description: 'Voorgestelde bestandsnaam, bijvoorbeeld chronologie-<dossier>.pdf.' }) fileName!: string;
  @Field({ description: 'Het MIME-type: application/pdf.' }) contentType!: string;
  @Field({ description: 'De PDF zelf, base64-gecodeerd.' }) base64!: string;
}
