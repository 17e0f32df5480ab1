import { describe, it, expect } from 'vitest';
import { hasRole } from '../../../lib/auth/roles';

describe('hasRole', () => {
  it('ranks viewer < admin < super_admin', () => {
    expect(hasRole('viewer', 'viewer')).toBe(true);
    expect(hasRole('viewer', 'admin')).toBe(false);
    expect(hasRole('admin', 'admin')).toBe(true);
    expect(hasRole('admin', 'super_admin')).toBe(false);
    expect(hasRole('super_admin', 'admin')).toBe(true);
  });
});
