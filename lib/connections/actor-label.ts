/**
 * Who did something, as far as a member may know: "you", or a member by the start of their
 * user id. E-mail addresses of other users are not readable under RLS (auth.users), so
 * the page does not pretend to know them.
 */
export function actorLabel(actorType: string, actorId: string | null, currentUserId: string): string {
  if (actorType === 'user') {
    if (!actorId) return 'a former member';
    return actorId === currentUserId ? 'you' : `member ${actorId.slice(0, 8)}`;
  }
  if (actorType === 'api_key') return `API key ${actorId?.slice(0, 8) ?? ''}`.trim();
  if (actorType === 'scheduler') return 'the scheduler';
  return 'the system';
}
