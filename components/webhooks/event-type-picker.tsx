'use client';

import { useI18n } from '@/components/providers/locale-provider';
import { EVENT_GROUPS, groupOf, WEBHOOK_EVENT_TYPES, type WebhookEventType } from '@/lib/webhooks/event-types';

interface EventTypePickerProps {
  value: WebhookEventType[];
  onChange: (next: WebhookEventType[]) => void;
  error?: string;
}

/** The owner's event types as grouped checkboxes; the form posts them as one comma-joined field. */
export function EventTypePicker({ value, onChange, error }: EventTypePickerProps) {
  const { t } = useI18n();
  const toggle = (type: WebhookEventType, on: boolean) =>
    onChange(on ? WEBHOOK_EVENT_TYPES.filter((x) => x === type || value.includes(x)) : value.filter((x) => x !== type));
  return (
    <fieldset data-test="webhook-event-types" aria-invalid={Boolean(error) || undefined} aria-describedby={error ? 'webhook-event-types-error' : undefined}>
      <legend className="text-sm font-medium text-slate-800">{t.webhooks.create.eventTypes}</legend>
      <input type="hidden" name="event_types" value={value.join(',')} />
      <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {EVENT_GROUPS.map((group) => (
          <div key={group} className="rounded-lg border border-slate-200 p-3">
            <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t.webhooks.groups[group]}</p>
            <ul className="mt-2 space-y-1.5">
              {WEBHOOK_EVENT_TYPES.filter((type) => groupOf(type) === group).map((type) => (
                <li key={type}>
                  <label className="flex items-center gap-2 text-sm text-slate-700">
                    <input
                      type="checkbox" checked={value.includes(type)} onChange={(e) => toggle(type, e.target.checked)}
                      data-test={`webhook-event-type-${type}`} className="size-4 rounded border-slate-300 text-indigo-600"
                    />
                    <span>{t.webhooks.eventTypes[type] ?? type}</span>
                  </label>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      {error ? <p id="webhook-event-types-error" role="alert" className="mt-1 text-sm text-rose-700">{error}</p> : null}
    </fieldset>
  );
}
