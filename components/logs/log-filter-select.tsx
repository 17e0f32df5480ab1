interface Option {
  value: string;
  label: string;
}

interface LogFilterSelectProps {
  name: string;
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
}

export const FIELD =
  'w-full rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/30';

/** One labelled filter; applying on change keeps filtering a single step, keyboard included. */
export function LogFilterSelect({ name, label, value, options, onChange }: LogFilterSelectProps) {
  const id = `logs-filter-${name}`;
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-600">
        {label}
      </label>
      <select id={id} name={name} value={value} data-test={id} onChange={(event) => onChange(event.target.value)} className={FIELD}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
