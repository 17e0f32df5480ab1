import { describe, it, expect } from 'vitest';
import { pickMembership } from '../../../lib/auth/pick-membership';
import type { MembershipRow } from '../../../lib/db/memberships.schema';

const first: MembershipRow = {
  organization_id: '00000000-0000-0000-0000-0000000000a1',
  organization_name: 'Al Noor Tailoring',
  organization_slug: 'al-noor',
  role: 'admin',
  created_at: new Date('2026-01-01T00:00:00Z'),
};
const second: MembershipRow = {
  ...first,
  organization_id: '00000000-0000-0000-0000-0000000000b2',
  organization_name: 'Bespoke Dubai',
  organization_slug: 'bespoke-dubai',
  role: 'viewer',
  created_at: new Date('2026-02-01T00:00:00Z'),
};

describe('pickMembership', () => {
  it('takes the organization named by the cookie when the user is a member', () => {
    expect(pickMembership([first, second], second.organization_id)).toBe(second);
  });

  it('falls back to the earliest membership for an unknown or foreign organization', () => {
    expect(pickMembership([first, second], '00000000-0000-0000-0000-0000000000ff')).toBe(first);
    expect(pickMembership([first, second], undefined)).toBe(first);
  });

  it('finds nothing for a user without organizations', () => {
    expect(pickMembership([], first.organization_id)).toBeUndefined();
  });
});
