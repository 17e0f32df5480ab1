/** What every form action returns to `useActionState`. */
export type ActionState =
  | { status: 'idle' }
  | { status: 'success'; message?: string }
  | { status: 'error'; message: string; fieldErrors?: Record<string, string[]> };

export const IDLE: ActionState = { status: 'idle' };
