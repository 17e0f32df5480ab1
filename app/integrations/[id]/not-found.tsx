import Link from 'next/link';
import { getDictionary } from '@/lib/i18n/locale.server';

export default async function ConnectionNotFound() {
  const t = (await getDictionary()).connectionPage.notFound;
  return (
    <div data-test="connection-not-found" className="mx-auto max-w-xl rounded-xl border border-slate-200 bg-white p-6 text-center">
      <h1 className="text-lg font-semibold text-slate-900">{t.title}</h1>
      <p className="mt-2 text-sm text-slate-600">{t.body}</p>
      <Link href="/integrations" className="mt-4 inline-block text-sm font-medium text-indigo-700 hover:underline">{t.back}</Link>
    </div>
  );
}
