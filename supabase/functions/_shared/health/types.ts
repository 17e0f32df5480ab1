import type { Database } from '../../../../types/database.ts';

export type HealthStatus = Database['public']['Enums']['health_status'];
