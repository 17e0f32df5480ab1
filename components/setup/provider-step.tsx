'use client';

import { useMemo, useState } from 'react';
import { CATEGORY_LABELS } from '@/components/integrations/category-labels';
import { useI18n } from '@/components/providers/locale-provider';
import { fill } from '@/lib/i18n/fill';
import type { ProviderOption } from '@/lib/connections/provider-option.schema';
import type { ProviderCategory } from '@/types/integrations';
import { INPUT } from './form-styles';

type Filter = ProviderCategory | 'all';
const FILTERS: Filter[] = ['all', 'payment', 'shipping', 'social', 'messaging'];

interface ProviderStepProps {
  providers: readonly ProviderOption[];
  selected: string;
  onChoose: (provider: ProviderOption) => void;
}

function matches(provider: ProviderOption, filter: Filter, query: string, categoryLabel: string): boolean {
  if (filter !== 'all' && provider.category !== filter) return false;
  const q = query.trim().toLowerCase();
  return q === '' || [provider.name, provider.slug, provider.description, CATEGORY_LABELS[provider.category], categoryLabel].some((t) => t.toLowerCase().includes(q));
}

/** Step 1: category filters and a search over the catalogue; choosing a provider moves on. */
export function ProviderStep({ providers, selected, onChoose }: ProviderStepProps) {
  const { t } = useI18n();
  const w = t.setupWizard.provider;
  const categories = t.hub.categories;
  const [filter, setFilter] = useState<Filter>('all');
  const [query, setQuery] = useState('');
  const shown = useMemo(() => providers.filter((p) => matches(p, filter, query, categories[p.category])), [providers, filter, query, categories]);

  return (
    <section aria-labelledby="wizard-step-title" className="flex flex-col gap-4">
      <h2 id="wizard-step-title" className="text-lg font-semibold text-slate-900">{w.title}</h2>
      <div className="flex flex-col gap-3 lg:flex-row lg:items-center lg:justify-between">
        <div role="group" aria-label={w.category} className="flex gap-1 overflow-x-auto rounded-lg bg-slate-100 p-1">
          {FILTERS.map((f) => (
            <button
              key={f}
              type="button"
              aria-pressed={filter === f}
              onClick={() => setFilter(f)}
              data-test={`provider-category-${f}`}
              className={`shrink-0 rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-600 ${filter === f ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900'}`}
            >
              {f === 'all' ? w.all : categories[f]}
            </button>
          ))}
        </div>
        <label className="flex flex-col gap-1 lg:w-72">
          <span className="sr-only">{w.search}</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={w.search} data-test="provider-search" className={INPUT} />
        </label>
      </div>

      {shown.length === 0 ? (
        <p data-test="provider-none" className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">
          {filter === 'all' ? fill(w.none, { query: query.trim() }) : fill(w.noneIn, { query: query.trim(), category: categories[filter] })}
        </p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3" aria-live="polite">
          {shown.map((p) => (
            <li key={p.slug} className="flex">
              <button
                type="button"
                onClick={() => onChoose(p)}
                aria-pressed={p.slug === selected}
                data-test="provider-option"
                data-provider-slug={p.slug}
                className={`flex w-full flex-col gap-1 rounded-xl border bg-white p-4 text-start shadow-sm transition hover:border-indigo-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 ${p.slug === selected ? 'border-indigo-600 ring-2 ring-indigo-600/20' : 'border-slate-200'}`}
              >
                <span className="text-xs font-medium uppercase tracking-wide text-slate-500">{categories[p.category]}</span>
                <span className="text-base font-semibold text-slate-900">{p.name}</span>
                <span className="line-clamp-3 text-sm text-slate-600">{p.description}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
