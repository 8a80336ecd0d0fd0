import { Module } from '@nestjs/common';
import { LEDGER_CONFIG, type LedgerConfig } from '../config/ledger-config';
import { loadEvidenceKeys } from '@ledger/evidence-ledger';
import { EvidenceResolver } from './evidence.resolver';
import { EVIDENCE_KEYS, EvidenceService } from './evidence.service';

/** The verifiable log beside the store: checkpoints, proofs, chain checks and dossier export over GraphQL. */
@Module({
  providers: [
    { provide: EVIDENCE_KEYS, inject: [LEDGER_CONFIG], useFactory: (config: LedgerConfig) => loadEvidenceKeys(config.dataDir, process.env) },
    EvidenceService,
    EvidenceResolver,
  ],
  exports: [EvidenceService],
})
export class EvidenceModule {}
