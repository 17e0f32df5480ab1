import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { hasRole } from '@/lib/auth/roles';
import { requireMember, type Member } from '@/lib/auth/current-member';
import type { OrgRole } from '@/lib/db/memberships.schema';
import type { ActionState } from './action-state';

type FormAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;

function parseForm<S extends z.ZodType>(schema: S, formData: FormData) {
  return schema.safeParse(Object.fromEntries(formData));
}

function invalid(error: z.ZodError): ActionState {
  return {
    status: 'error',
    message: 'Please correct the highlighted fields.',
    fieldErrors: z.flattenError(error).fieldErrors as Record<string, string[]>,
  };
}

// Unknown failures are logged server-side and hidden behind a generic message;
// Next's redirect/notFound signals are rethrown untouched.
async function guarded(run: () => Promise<ActionState>): Promise<ActionState> {
  try {
    return await run();
  } catch (error) {
    unstable_rethrow(error);
    console.error('[action] unexpected failure', error);
    return { status: 'error', message: 'Something went wrong. Please try again.' };
  }
}

/** A form action open to anyone (sign-in): parse input with zod, then run. */
export function publicAction<S extends z.ZodType>(
  schema: S,
  handler: (input: z.infer<S>) => Promise<ActionState>,
): FormAction {
  return async (_previous, formData) => {
    const parsed = parseForm(schema, formData);
    if (!parsed.success) return invalid(parsed.error);
    return guarded(() => handler(parsed.data));
  };
}

/**
 * A form action for a member with at least `minRole`: establish the member from
 * verified claims, parse input with zod, then run. RLS still decides what the
 * handler may touch; the role check only gives a clear message early.
 */
export function memberAction<S extends z.ZodType>(
  schema: S,
  minRole: OrgRole,
  handler: (input: z.infer<S>, member: Member) => Promise<ActionState>,
): FormAction {
  return async (_previous, formData) => {
    const member = await requireMember();
    if (!hasRole(member.role, minRole)) {
      return { status: 'error', message: 'Your role does not allow this change.' };
    }
    const parsed = parseForm(schema, formData);
    if (!parsed.success) return invalid(parsed.error);
    return guarded(() => handler(parsed.data, member));
  };
}
