'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const LINKS = [
  { href: '/integrations', label: 'Integration Hub' },
  { href: '/integrations/setup', label: 'Setup Wizard' },
  { href: '/integrations/logs', label: 'API Logs' },
  { href: '/integrations/webhooks', label: 'Webhooks' },
  { href: '/integrations/analytics', label: 'Analytics' },
] as const;

function isCurrent(pathname: string, href: string): boolean {
  return href === '/integrations' ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
}

export function SidebarNav() {
  const pathname = usePathname();
  return (
    <nav aria-labelledby="sidebar-section-integrations">
      <h2
        id="sidebar-section-integrations"
        className="px-3 text-xs font-semibold uppercase tracking-wider text-slate-400"
      >
        Integrations &amp; APIs
      </h2>
      <ul className="mt-2 flex gap-1 overflow-x-auto md:flex-col md:overflow-visible">
        {LINKS.map(({ href, label }) => {
          const current = isCurrent(pathname, href);
          return (
            <li key={href} className="shrink-0">
              <Link
                href={href}
                aria-current={current ? 'page' : undefined}
                data-test={`nav-${href.split('/').pop()}`}
                className={`block rounded-md px-3 py-2 text-sm font-medium transition ${
                  current ? 'bg-slate-800 text-white' : 'text-slate-300 hover:bg-slate-800/60 hover:text-white'
                }`}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
