import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { LEDGER_CONFIG, type LedgerConfig } from '../config/ledger-config';
import { EraseSubjectResolver } from './erase-subject.resolver';
import { PersonalDataReader, SUBJECT_KEY_VAULT } from './personal-data.reader';
import { openSubjectKeyVault, type SubjectKeyVault } from '@ledger/personal-data';

/** Personal data: the key vault the write path seals with, the reader every answer reveals through, and eraseSubject. */
@Global()
@Module({
  providers: [
    {
      provide: SUBJECT_KEY_VAULT,
      inject: [LEDGER_CONFIG],
      useFactory: (config: LedgerConfig) => openSubjectKeyVault(config.dataDir),
    },
    PersonalDataReader,
    EraseSubjectResolver,
  ],
  exports: [SUBJECT_KEY_VAULT, PersonalDataReader],
})
export class PersonalDataModule implements OnApplicationShutdown {
  constructor(@Inject(SUBJECT_KEY_VAULT) private readonly vault: SubjectKeyVault) {}

  onApplicationShutdown(): void {
    this.vault.close();
  }
}
