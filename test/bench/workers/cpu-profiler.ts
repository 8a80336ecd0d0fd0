import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

/** What the bench asks a server worker for, and what the worker answers once the profile is written. */
export type ProfileRequest = Readonly<{ profile: 'start' } | { profile: 'stop'; file: string }>;
export type ProfileWritten = Readonly<{ profileWritten: string }>;

/**
 * Lets the bench profile only the measured phase of a server worker (not its boot): V8's sampling CPU
 * profiler, started and stopped by IPC messages, written as a `.cpuprofile` that Chrome DevTools opens.
 */
export function answerProfileRequests(): void {
  const session = new Session();
  session.connect();
  process.on('message', (request: ProfileRequest) => {
    if (request.profile === 'start') void startProfile(session);
    else if (request.profile === 'stop') void stopProfile(session, request.file);
  });
}

async function startProfile(session: Session): Promise<void> {
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}

async function stopProfile(session: Session, file: string): Promise<void> {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(file, JSON.stringify(profile));
  const written: ProfileWritten = { profileWritten: file };
  process.send?.(written);
}
