import { Badge } from '@/components/ui/badge';
import type { Dictionary } from '@/lib/i18n/dictionary';

export function ActiveBadge({ active, t }: { active: boolean; t: Dictionary['webhooks'] }) {
  return (
    <Badge tone={active ? 'success' : 'neutral'} dataTest="webhook-active" withDot>
      {active ? t.active : t.inactive}
    </Badge>
  );
}

/** The endpoint's subscribed event types, by their translated names. */
export function EventTypeChips({ types, t }: { types: string[]; t: Dictionary['webhooks'] }) {
  return (
    <ul aria-label={t.list.events} data-test="webhook-event-type-list" className="flex flex-wrap gap-1.5">
      {types.map((type) => (
        <li key={type} data-type={type} className="rounded-md bg-indigo-50 px-2 py-0.5 text-xs text-indigo-800">
          {t.eventTypes[type] ?? type}
        </li>
      ))}
    </ul>
  );
}
