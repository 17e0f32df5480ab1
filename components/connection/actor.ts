import type { Dictionary } from '@/lib/i18n/dictionary';
import { fill } from '@/lib/i18n/fill';

/**
 * Who did something, as far as a member may know, in the dashboard's language: "you", or a
 * member by the start of their user id. Other users' e-mail addresses are not readable
 * under RLS (auth.users), so the page does not pretend to know them.
 */
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
