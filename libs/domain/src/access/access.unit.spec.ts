import { canSee, tableOf, type Role, type Viewer } from './access';
import { AccessDeniedError } from './access-denied.error';
import { authorizeCommand } from './command-access';

const table = tableOf([
  { type: 'NegotiationOpened', data: { negotiationId: 'vjn2025', title: 'Voorjaarsnota 2025' } },
  { type: 'PartyJoined', data: { partyId: 'vjn2025-party-rijk', kind: 'rijk' } },
  { type: 'PartyJoined', data: { partyId: 'vjn2025-party-vng', kind: 'vng' } },
  { type: 'PartyJoined', data: { partyId: 'aanbieders', kind: 'vijfhoek' } },
]);
const as = (party: string, role: Role): Viewer => ({ party, role });

describe('canSee', () => {
  it('shows public material to every caller, seated or not', () => {
    expect(canSee(as('ipo', 'reader'), { level: 'public' }, table)).toBe(true);
  });

  it('shows parties material to the parties at the table and to admins only', () => {
    expect(canSee(as('rijk', 'reader'), { level: 'parties' }, table)).toBe(true);
    expect(canSee(as('aanbieders', 'reader'), { level: 'parties' }, table)).toBe(true);
    expect(canSee(as('ipo', 'reader'), { level: 'parties' }, table)).toBe(false);
    expect(canSee(as('ipo', 'admin'), { level: 'parties' }, table)).toBe(true);
  });

  it('shows internal material only to the party it is internal to, whatever its role', () => {
    const vngInternal = { level: 'internal', party: 'vjn2025-party-vng' } as const;
    expect(canSee(as('vng', 'reader'), vngInternal, table)).toBe(true);
    expect(canSee(as('vjn2025-party-vng', 'reader'), vngInternal, table)).toBe(true);
    expect(canSee(as('rijk', 'admin'), vngInternal, table)).toBe(false);
    expect(canSee(as('rijk', 'legal'), vngInternal, table)).toBe(false);
  });

  it('does not let a kind shared by many organisations stand for one of them', () => {
    expect(canSee(as('vijfhoek', 'reader'), { level: 'internal', party: 'aanbieders' }, table)).toBe(false);
  });
});

describe('authorizeCommand', () => {
  const parties = { level: 'parties' } as const;

  it.each<Role>(['reader', 'legal'])('refuses every command of a %s', (role) => {
    expect(() => authorizeCommand(as('vng', role), 'TakePosition', parties, table)).toThrow(AccessDeniedError);
  });

  it('leaves opening negotiations and admitting parties to admins', () => {
    expect(() => authorizeCommand(as('vng', 'recorder'), 'OpenNegotiation', parties, new Map())).toThrow(
      /Only an admin/,
    );
    expect(() => authorizeCommand(as('vng', 'recorder'), 'AdmitParty', parties, table)).toThrow(/Only an admin/);
    expect(() => authorizeCommand(as('vng', 'admin'), 'AdmitParty', parties, table)).not.toThrow();
  });

  it('lets a recorder record only where its party has a seat', () => {
    expect(() => authorizeCommand(as('vng', 'recorder'), 'TakePosition', parties, table)).not.toThrow();
    expect(() => authorizeCommand(as('ipo', 'recorder'), 'TakePosition', parties, table)).toThrow(/no seat/);
  });

  it('refuses material internal to another party, to recorders and admins alike', () => {
    const rijkInternal = { level: 'internal', party: 'vjn2025-party-rijk' } as const;
    expect(() => authorizeCommand(as('vng', 'recorder'), 'TableProposal', rijkInternal, table)).toThrow(
      /internal to vjn2025-party-rijk/,
    );
    expect(() => authorizeCommand(as('vng', 'admin'), 'TableProposal', rijkInternal, table)).toThrow(AccessDeniedError);
    expect(() => authorizeCommand(as('rijk', 'recorder'), 'TableProposal', rijkInternal, table)).not.toThrow();
  });
});
