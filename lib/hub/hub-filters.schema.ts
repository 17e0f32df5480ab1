import { z } from 'zod';
import { Constants } from '../../types/database';

// Relative imports: the unit tests run without the `@/` alias.
const providerCategorySchema = z.enum(Constants.public.Enums.provider_category);
const connectionStatusSchema = z.enum(Constants.public.Enums.connection_status);

// "Marketing" in the brief is the catalogue's `messaging` category (Mailchimp, SendGrid, …).
export const HUB_TYPES = providerCategorySchema.options;
export const HUB_STATUSES = connectionStatusSchema.options;

// An untouched <select> submits "", and a hand-edited URL may carry junk: both mean "all",
// so a bad link still shows the hub rather than an error.
const lenient = <S extends z.ZodType>(schema: S) => schema.optional().catch(undefined);

/** The hub's filters, as the URL (?type=&status=) and GET /api/hub carry them. */
export const hubFiltersSchema = z.object({
  type: lenient(providerCategorySchema),
  status: lenient(connectionStatusSchema),
});

export type HubFilters = z.output<typeof hubFiltersSchema>;

/** From a page's searchParams, where a key may repeat; the first value counts. */
export function parseHubFilters(raw: Record<string, string | string[] | undefined>): HubFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return hubFiltersSchema.parse({ type: first(raw.type), status: first(raw.status) });
}

/** The query string for the filters, without empty keys; "" when unfiltered. */
export function hubQueryString(filters: HubFilters): string {
  const params = new URLSearchParams();
  if (filters.type) params.set('type', filters.type);
  if (filters.status) params.set('status', filters.status);
  const query = params.toString();
  return query ? `?${query}` : '';
}
