import { Inject, Injectable } from '@nestjs/common';
import type { RecordedEvent } from '@ledger/event-store';
import { revealEvent, type SubjectKeyVault } from '@ledger/personal-data';

export const SUBJECT_KEY_VAULT = Symbol('SUBJECT_KEY_VAULT');

/** The one way the read side shows stored events: personal data opened with its key, or shown as erased. */
@Injectable()
export class PersonalDataReader {
  private readonly keyById: (keyId: string) => ReturnType<SubjectKeyVault['keyById']>;

  constructor(@Inject(SUBJECT_KEY_VAULT) vault: SubjectKeyVault) {
    this.keyById = (keyId) => vault.keyById(keyId);
  }

  reveal(event: RecordedEvent): RecordedEvent {
    return revealEvent(event, this.keyById);
  }
}
