import type { Dictionary } from '@/lib/i18n/dictionary';
import { fill } from '@/lib/i18n/fill';

/** lib/connections/actor-label's answer, in the dashboard's language. */
export function localActorLabel(t: Dictionary['connectionPage'], actorType: string, actorId: string | null, currentUserId: string): string {
  const a = t.actors;
  if (actorType === 'user') {
    if (!actorId) return a.former;
    return actorId === currentUserId ? a.you : fill(a.member, { id: actorId.slice(0, 8) });
  }
  if (actorType === 'api_key') return fill(a.apiKey, { id: actorId?.slice(0, 8) ?? '' }).trim();
  if (actorType === 'scheduler') return a.scheduler;
  return a.system;
}
