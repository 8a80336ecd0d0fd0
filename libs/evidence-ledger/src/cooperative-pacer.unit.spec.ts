import { CooperativePacer } from './cooperative-pacer';

describe(CooperativePacer.name, () => {
  let now: number;
  let turnsYielded: number;
  const pacer = (sliceMs: number) =>
    new CooperativePacer(
      sliceMs,
      () => now,
      async () => {
        turnsYielded += 1;
      },
    );

  beforeEach(() => {
    now = 0;
    turnsYielded = 0;
  });

  it('yields once per slice of continuous work', async () => {
    const sut = pacer(2);
    for (let unit = 0; unit < 10; unit++) {
      await sut.pace();
      now += 0.5;
    }
    expect(turnsYielded).toBe(2);
  });

  it('does not yield within a slice', async () => {
    const sut = pacer(2);
    for (let unit = 0; unit < 3; unit++) {
      await sut.pace();
      now += 0.5;
    }
    expect(turnsYielded).toBe(0);
  });

  it('starts a fresh slice after a pause, so work that trickles in never yields', async () => {
    const sut = pacer(2);
    for (let unit = 0; unit < 10; unit++) {
      now += 5;
      await sut.pace();
      now += 1;
    }
    expect(turnsYielded).toBe(0);
  });
});
