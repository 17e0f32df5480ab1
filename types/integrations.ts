// Domain types of the Integrations Hub. They are inferred from the zod schemas that
// validate database rows, so each shape is written once; generated database types
// (types/database.ts) can be re-exported from here alongside them.
import type {
  ConnectionEnvironment,
  ConnectionListRow,
  ConnectionStatus,
  HealthStatus,
  ProviderCategory,
} from '@/lib/db/connections.schema';
import type { MembershipRow, OrgRole } from '@/lib/db/memberships.schema';

export type { ConnectionEnvironment, ConnectionStatus, HealthStatus, ProviderCategory, OrgRole };

/** A connection card's data: the connection plus its provider's identity. */
export type IntegrationConnectionSummary = ConnectionListRow;

/** One of the signed-in user's organization memberships. */
export type OrganizationMembership = MembershipRow;

export type { Member } from '@/lib/auth/current-member';
