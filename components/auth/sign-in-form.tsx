'use client';

import { useActionState, useState } from 'react';
import { IDLE } from '@/lib/actions/action-state';
import { signInAction } from '@/lib/auth/auth.actions';

const INPUT_CLASSES =
  'block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/30 aria-[invalid=true]:border-rose-400';

export function SignInForm({ next }: { next: string | undefined }) {
  const [state, formAction, pending] = useActionState(signInAction, IDLE);
  // Controlled so a failed attempt keeps the email (React resets uncontrolled fields after an action).
  const [email, setEmail] = useState('');
  const error = state.status === 'error' ? state : undefined;
  const fieldError = error?.fieldErrors?.email?.[0] ?? error?.fieldErrors?.password?.[0];

  return (
    <form action={formAction} className="space-y-5">
      {next ? <input type="hidden" name="next" value={next} /> : null}

      <div className="space-y-1.5">
        <label htmlFor="sign-in-email" className="block text-sm font-medium text-slate-700">
          Email address
        </label>
        <input
          id="sign-in-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'sign-in-error' : undefined}
          data-test="sign-in-email"
          className={INPUT_CLASSES}
        />
      </div>

      <div className="space-y-1.5">
        <label htmlFor="sign-in-password" className="block text-sm font-medium text-slate-700">
          Password
        </label>
        <input
          id="sign-in-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'sign-in-error' : undefined}
          data-test="sign-in-password"
          className={INPUT_CLASSES}
        />
      </div>

      {error ? (
        <p
          id="sign-in-error"
          role="alert"
          data-test="sign-in-error"
          className="rounded-lg border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-800"
        >
          {fieldError ?? error.message}
        </p>
      ) : null}

      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        data-test="sign-in-submit"
        className="flex w-full justify-center rounded-lg bg-indigo-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-wait disabled:opacity-70"
      >
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
