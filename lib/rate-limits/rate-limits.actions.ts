'use server';

import { refresh } from 'next/cache';
import type { ActionState } from '@/lib/actions/action-state';
import { memberAction } from '@/lib/actions/define-action';
import { withRls } from '@/lib/db/with-rls';
import { getDictionary } from '@/lib/i18n/locale.server';
import { addRateLimit, removeRateLimit, updateRateLimit, type WriteOutcome } from './rate-limits';
import { addRateLimitInputSchema, removeRateLimitInputSchema, updateRateLimitInputSchema } from './rate-limits.schema';

type Dictionary = Awaited<ReturnType<typeof getDictionary>>['rateLimits'];
type Action = (previous: ActionState, formData: FormData) => Promise<ActionState>;

function answer(outcome: WriteOutcome, t: Dictionary, success: string): ActionState {
  if (outcome === 'duplicate') return { status: 'error', message: t.errors.duplicate, fieldErrors: { window_unit: [t.errors.duplicate] } };
  if (outcome === 'not_found') return { status: 'error', message: t.errors.notFound };
  refresh();
  return { status: 'success', message: success };
}

/** Runs the wrapped action, then words the schema's message keys in the reader's language. */
async function translated(action: Action, previous: ActionState, formData: FormData): Promise<ActionState> {
  const t = (await getDictionary()).rateLimits;
  const state = await action(previous, formData);
  if (state.status !== 'error' || !state.fieldErrors) return state;
  const word = (k: string) => (k in t.errors ? t.errors[k as keyof Dictionary['errors']] : k);
  return { ...state, fieldErrors: Object.fromEntries(Object.entries(state.fieldErrors).map(([f, ks]) => [f, ks.map(word)])) };
}

// Admin only; RLS ("admins set/change/remove limits") is the real gate, the role check a clear message.
const add = memberAction(addRateLimitInputSchema, 'admin', async (input, member) => {
  const t = (await getDictionary()).rateLimits;
  return answer(await withRls(member.claims, (tx) => addRateLimit(tx, member.organizationId, input)), t, t.added);
});

const update = memberAction(updateRateLimitInputSchema, 'admin', async (input, member) => {
  const t = (await getDictionary()).rateLimits;
  return answer(await withRls(member.claims, (tx) => updateRateLimit(tx, member.organizationId, input)), t, t.saved);
});

const remove = memberAction(removeRateLimitInputSchema, 'admin', async ({ id }, member) => {
  const t = (await getDictionary()).rateLimits;
  return answer(await withRls(member.claims, (tx) => removeRateLimit(tx, member.organizationId, id)), t, t.removed);
});

export async function addRateLimitAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return translated(add, previous, formData);
}

export async function updateRateLimitAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return translated(update, previous, formData);
}

export async function removeRateLimitAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return translated(remove, previous, formData);
}
