import { jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { LOCAL_ANON_KEY, LOCAL_JWT_SECRET, LOCAL_SERVICE_ROLE_KEY } from '../../../scripts/stack/config.ts';

describe('local development keys', () => {
  it('are signed with the local JWT secret and carry their roles', async () => {
    const secret = new TextEncoder().encode(LOCAL_JWT_SECRET);
    expect((await jwtVerify(LOCAL_ANON_KEY, secret)).payload).toMatchObject({ role: 'anon', iss: 'supabase-demo' });
    expect((await jwtVerify(LOCAL_SERVICE_ROLE_KEY, secret)).payload).toMatchObject({ role: 'service_role', iss: 'supabase-demo' });
  });
});
