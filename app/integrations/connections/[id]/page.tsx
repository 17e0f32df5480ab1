import { permanentRedirect } from 'next/navigation';

// The connection page lives at /integrations/<id> (as DESIGN.md names it); this older
// address keeps working for links that used it.
export default async function ConnectionAlias({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  permanentRedirect(`/integrations/${encodeURIComponent(id)}`);
}
