'use client';

import Link from 'next/link';
import { TestNowButton } from '@/components/integrations/test-now-button';
import { useI18n } from '@/components/providers/locale-provider';
import { fill } from '@/lib/i18n/fill';

const ACTION =
  'inline-flex items-center rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600';

/** A card's shortcuts; "Test now" writes (it runs a check), so only admins get it. */
export function ConnectionActions({ id, name, canTest }: { id: string; name: string; canTest: boolean }) {
  const { t } = useI18n();
  // The logs page filters by connection with ?connection= (lib/logs/log-filters.schema.ts).
  const links = [
    { key: 'logs', href: `/integrations/logs?connection=${encodeURIComponent(id)}`, label: t.hub.actions.logs },
    { key: 'webhooks', href: '/integrations/webhooks', label: t.hub.actions.webhooks },
    { key: 'analytics', href: '/integrations/analytics', label: t.hub.actions.analytics },
  ];
  return (
    <div role="group" aria-label={fill(t.hub.actions.label, { name })} className="flex flex-wrap items-start gap-2">
      {links.map(({ key, href, label }) => (
        <Link key={key} href={href} data-test={`connection-action-${key}`} className={ACTION}>
          {label}
        </Link>
      ))}
      {canTest ? (
        <div className="ms-auto">
          <TestNowButton connectionId={id} />
        </div>
      ) : null}
    </div>
  );
}
