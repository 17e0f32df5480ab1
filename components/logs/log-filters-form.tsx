'use client';

import { useState, type FormEvent } from 'react';
import { useI18n } from '@/components/providers/locale-provider';
import { dubaiInputToIso, isoToDubaiInput } from '@/lib/logs/dubai-input';
import {
  DEFAULT_LOG_FILTERS, HTTP_METHODS, LOG_RANGES, LOG_TYPES, logFiltersSchema, STATUS_CLASSES, type LogFilters,
} from '@/lib/logs/log-filters.schema';
import { FIELD, LogFilterSelect } from './log-filter-select';

type Patch = Partial<Record<keyof LogFilters, string | undefined>>;

interface LogFiltersFormProps {
  filters: LogFilters;
  connections: ReadonlyArray<{ id: string; name: string }>;
  onChange: (filters: LogFilters) => void;
}

/** Selects apply at once; the search text and a custom window apply on submit. */
export function LogFiltersForm({ filters, connections, onChange }: LogFiltersFormProps) {
  const { t } = useI18n();
  const [q, setQ] = useState(filters.q ?? '');
  const [from, setFrom] = useState(filters.from ? isoToDubaiInput(filters.from) : '');
  const [to, setTo] = useState(filters.to ? isoToDubaiInput(filters.to) : '');
  const [error, setError] = useState<string | null>(null);

  const update = (patch: Patch) => {
    const parsed = logFiltersSchema.safeParse({ ...filters, ...patch });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Invalid filter.');
    setError(null);
    onChange(parsed.data);
  };
  const changeRange = (range: string) => {
    if (range !== 'custom') return update({ range, from: undefined, to: undefined });
    const now = new Date();
    const [start, end] = [isoToDubaiInput(new Date(now.getTime() - 86_400_000)), isoToDubaiInput(now)];
    setFrom(start);
    setTo(end);
    update({ range, from: dubaiInputToIso(start), to: dubaiInputToIso(end) });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update(filters.range === 'custom' ? { q, from: dubaiInputToIso(from), to: dubaiInputToIso(to) } : { q });
  };
  const clear = () => {
    setQ('');
    setFrom('');
    setTo('');
    setError(null);
    onChange(DEFAULT_LOG_FILTERS);
  };
  const all = (label: string) => [{ value: '', label }];
  const f = t.logs.filters;

  return (
    <form aria-label={f.label} onSubmit={submit} data-test="logs-filters" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5">
        <LogFilterSelect name="type" label={f.type} value={filters.type ?? ''} onChange={(type) => update({ type })}
          options={[...all(f.allTypes), ...LOG_TYPES.map((v) => ({ value: v, label: t.logs.types[v] }))]} />
        <LogFilterSelect name="connection" label={f.connection} value={filters.connection ?? ''} onChange={(connection) => update({ connection })}
          options={[...all(f.allConnections), ...connections.map((c) => ({ value: c.id, label: c.name }))]} />
        <LogFilterSelect name="status" label={f.status} value={filters.status ?? ''} onChange={(status) => update({ status })}
          options={[...all(f.allStatuses), ...STATUS_CLASSES.map((v) => ({ value: v, label: t.logs.statusClasses[v] }))]} />
        <LogFilterSelect name="method" label={f.method} value={filters.method ?? ''} onChange={(method) => update({ method })}
          options={[...all(f.allMethods), ...HTTP_METHODS.map((v) => ({ value: v, label: v }))]} />
        <LogFilterSelect name="range" label={f.range} value={filters.range} onChange={changeRange}
          options={LOG_RANGES.map((v) => ({ value: v, label: t.logs.ranges[v] }))} />
      </div>
      <div className="flex flex-wrap items-end gap-3">
        {filters.range === 'custom' ? (
          <>
            <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
              {f.from}
              <input type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} data-test="logs-filter-from" className={FIELD} />
            </label>
            <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
              {f.to}
              <input type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} data-test="logs-filter-to" className={FIELD} />
            </label>
          </>
        ) : null}
        <label className="flex min-w-48 flex-1 flex-col gap-1 text-xs font-medium text-slate-600">
          {f.search}
          <input type="search" value={q} maxLength={200} placeholder={f.searchPlaceholder} onChange={(e) => setQ(e.target.value)}
            data-test="logs-filter-search" className={FIELD} />
        </label>
        <button type="submit" data-test="logs-filter-apply"
          className="rounded-lg bg-indigo-600 px-4 py-1.5 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600">
          {f.apply}
        </button>
        <button type="button" onClick={clear} data-test="logs-filter-clear"
          className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600">
          {f.clear}
        </button>
      </div>
      {error ? <p role="alert" data-test="logs-filter-error" className="text-sm text-rose-700">{error}</p> : null}
    </form>
  );
}
