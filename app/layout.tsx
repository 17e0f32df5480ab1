import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getLocale } from '@/lib/i18n/locale.server';
import { directionOf } from '@/lib/i18n/locales';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Integrations Hub', template: '%s · Integrations Hub' },
  description: 'Connect and monitor payment, shipping, social and messaging providers.',
};

// The language cookie sets `lang` and `dir` here, so Arabic pages are right-to-left from the first byte.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
