import { Module } from '@nestjs/common';
import { LEDGER_CONFIG, type LedgerConfig } from '../config/ledger-config';
import { loadEvidenceKeys } from '@ledger/evidence-ledger';
import { EvidenceLogLagMetrics } from './evidence-log-lag.metrics';
import { EvidenceResolver } from './evidence.resolver';
import { EVIDENCE_KEYS, EvidenceService } from './evidence.service';
import { STORE_CHECK_INTERVAL_MS, StoreIntegrityMonitor, storeCheckIntervalMs } from './store-integrity.monitor';

/** The verifiable log beside the store: checkpoints, proofs, chain checks and dossier export over GraphQL, and the store's self-check. */
@Module({
  providers: [
    {
      provide: EVIDENCE_KEYS,
      inject: [LEDGER_CONFIG],
      useFactory: (config: LedgerConfig) => loadEvidenceKeys(config.dataDir, process.env),
    },
    { provide: STORE_CHECK_INTERVAL_MS, useFactory: () => storeCheckIntervalMs(process.env) },
    EvidenceService,
    StoreIntegrityMonitor,
    EvidenceResolver,
    EvidenceLogLagMetrics,
  ],
  exports: [EvidenceService],
})
export class EvidenceModule {}
