import type { Metadata } from 'next';
import { SignInForm } from '@/components/auth/sign-in-form';
import { safeNextPath } from '@/lib/auth/safe-next-path';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: PageProps<'/sign-in'>) {
  const { next } = await searchParams;
  // Only a vetted path is echoed back into the form; the action re-checks it anyway.
  const nextPath = typeof next === 'string' ? safeNextPath(next) : undefined;

  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <div
            aria-hidden="true"
            className="mx-auto flex size-11 items-center justify-center rounded-xl bg-indigo-600 text-lg font-bold text-white shadow-sm"
          >
            IH
          </div>
          <h1 className="mt-4 text-2xl font-semibold tracking-tight text-slate-900">Sign in to Integrations Hub</h1>
          <p className="mt-1 text-sm text-slate-600">Manage your payment, shipping and messaging connections.</p>
        </div>
        <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
          <SignInForm next={nextPath} />
        </div>
      </div>
    </main>
  );
}
