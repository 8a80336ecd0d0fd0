import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { CommandResult } from '@ledger/command-handling';
import type { Viewer } from '@ledger/domain';
import { AppModule } from '../../../apps/ledger-api/src/app.module';
import { CommandRecorder } from '../../../apps/ledger-api/src/commands/command.recorder';
import { ledgerHttpAdapter } from '../../../apps/ledger-api/src/http-adapter';
import { COMMANDS_PER_NEGOTIATION, negotiationScript, type ScriptedCommand } from './negotiation-script';
import { withTempDir } from './temp-dir';

/** Sends the i-th command of a writer: each writer plays its own negotiations, 100 commands each, one after another. */
export type WriterStep = (writer: number, iteration: number) => Promise<CommandResult>;

/** Every API call carries its caller, whose access the write path checks; an admin may record every command. */
const BENCH_ACTOR: Viewer = { party: 'vng', role: 'admin' };

/**
 * The real service (all modules, the read-model runner following the log live) on a fresh embedded
 * store, without HTTP: commands go in through the command recorder, as the GraphQL mutations send them.
 */
export async function withCommandRecorder(use: (send: (runId: string) => WriterStep) => Promise<void>): Promise<void> {
  await withTempDir('ledger-bench-commands', async (dataDir) => {
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.register({ port: 0, dataDir, graphqlExplorer: false, seedDataset: null })],
    }).compile();
    const app: INestApplication = moduleRef.createNestApplication(ledgerHttpAdapter(), { logger: false });
    await app.init();
    try {
      const recorder = app.get(CommandRecorder);
      await use((runId) =>
        writerSteps(runId, ({ command, envelope }) => recorder.execute(command, envelope, BENCH_ACTOR)),
      );
    } finally {
      await app.close();
    }
  });
}

function writerSteps(runId: string, execute: (request: ScriptedCommand) => Promise<CommandResult>): WriterStep {
  // Each writer keeps only the script of the negotiation it is playing: scripts are cheap, memory is not.
  const current = new Map<number, Readonly<{ negotiationId: string; script: ScriptedCommand[] }>>();
  return (writer, iteration) => {
    const negotiationId = `${runId}-w${writer}-n${Math.floor(iteration / COMMANDS_PER_NEGOTIATION)}`;
    let playing = current.get(writer);
    if (playing?.negotiationId !== negotiationId) {
      playing = { negotiationId, script: negotiationScript(negotiationId) };
      current.set(writer, playing);
    }
    return execute(playing.script[iteration % COMMANDS_PER_NEGOTIATION]);
  };
}
