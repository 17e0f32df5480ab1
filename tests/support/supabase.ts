import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { inject } from 'vitest';

/** Node 20 has no global WebSocket; these tests never open Realtime, so it only has to exist. */
class NoRealtime {
  constructor() {
    throw new Error('Realtime is not part of this stack');
  }
}

/** The real supabase-js, pointed at the test stack's gateway, holding no session on disk. */
export function stackClient(key = inject('stack').anonKey): SupabaseClient {
  return createClient(inject('stack').apiUrl, key, {
    auth: { persistSession: false, autoRefreshToken: false },
    realtime: { transport: NoRealtime as never },
  });
}
