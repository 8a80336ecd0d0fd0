import { cosignaturesOn, parseWitnessKey } from './cosignature';
import { messages, type VerificationCheck } from './verification-report';

const result = (passed: boolean, where: string, message: VerificationCheck['message']): VerificationCheck => ({
  check: 'witness',
  status: passed ? 'PASS' : 'FAIL',
  where,
  message,
});

/**
 * Each pinned witness must have cosigned the last checkpoint, the one the entries are proven against: it
 * then vouches that this is the log it saw, consistent with every earlier checkpoint it cosigned, at the
 * time it states (C2SP tlog-cosignature).
 */
export function checkWitnesses(
  witnessKeys: readonly string[],
  lastCheckpoint: string | undefined,
): VerificationCheck[] {
  return witnessKeys.map((vkey, i) => {
    const where = `witnesses[${i}]`;
    const witness = parseWitnessKey(vkey);
    if (!witness) return result(false, where, messages.witnessKeyInvalid());
    const cosignature = cosignaturesOn(lastCheckpoint, [witness]).find((item) => item.valid);
    return cosignature
      ? result(true, where, messages.witnessCosigned(witness.name, new Date(cosignature.time * 1000).toISOString()))
      : result(false, where, messages.witnessMissing(witness.name));
  });
}
