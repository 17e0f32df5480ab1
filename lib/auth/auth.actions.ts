'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { ActionState } from '@/lib/actions/action-state';
import { publicAction } from '@/lib/actions/define-action';
import { createSupabaseServerClient } from '@/lib/supabase/server-client';
import { SIGN_IN_PATH } from './paths';
import { safeNextPath } from './safe-next-path';

const signInSchema = z.object({
  email: z.string().trim().min(1, { message: 'Enter your email address.' }),
  password: z.string().min(1, { message: 'Enter your password.' }),
  next: z.string().optional(),
});

const signIn = publicAction(signInSchema, async ({ email, password, next }) => {
  const supabase = await createSupabaseServerClient();
  const { error } = await supabase.auth.signInWithPassword({ email, password });
  if (error) {
    // 4xx from Auth means the credentials were refused; anything else means Auth is unreachable.
    const refused = typeof error.status === 'number' && error.status >= 400 && error.status < 500;
    return {
      status: 'error',
      message: refused
        ? 'Incorrect email or password.'
        : 'Sign-in is unavailable right now. Please try again in a moment.',
    };
  }
  redirect(safeNextPath(next));
});

export async function signInAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return signIn(previous, formData);
}

export async function signOutAction(): Promise<void> {
  const supabase = await createSupabaseServerClient();
  const { error } = await supabase.auth.signOut();
  if (error) {
    // Auth could not revoke the session server-side; still clear this browser's cookies.
    console.error('[auth] sign-out revoke failed', error.message);
    await supabase.auth.signOut({ scope: 'local' });
  }
  redirect(SIGN_IN_PATH);
}
