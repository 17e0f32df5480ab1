'use client';

import { Badge, type BadgeTone } from '@/components/ui/badge';
import { useI18n } from '@/components/providers/locale-provider';
import { fill } from '@/lib/i18n/fill';
import type { ConnectionEnvironment, ConnectionStatus, HealthStatus } from '@/types/integrations';

// Client components only to read the page's language; they render the same on the server.

const STATUS_TONES: Record<ConnectionStatus, BadgeTone> = {
  pending: 'neutral',
  active: 'success',
  error: 'danger',
  disabled: 'neutral',
};

const HEALTH_TONES: Record<HealthStatus, BadgeTone> = {
  healthy: 'success',
  degraded: 'warning',
  down: 'danger',
  unknown: 'neutral',
};

export function EnvironmentBadge({ environment }: { environment: ConnectionEnvironment }) {
  const { t } = useI18n();
  const production = environment === 'production';
  return (
    <Badge tone={production ? 'info' : 'warning'} label={fill(t.hub.environment.label, { value: environment })} dataTest="connection-environment">
      {production ? t.hub.environment.production : t.hub.environment.sandbox}
    </Badge>
  );
}

export function ConnectionStatusBadge({ status }: { status: ConnectionStatus }) {
  const { t } = useI18n();
  const text = t.hub.status[status];
  return (
    <Badge tone={STATUS_TONES[status]} label={fill(t.hub.status.label, { value: text })} dataTest="connection-status">
      {text}
    </Badge>
  );
}

export function HealthBadge({ health }: { health: HealthStatus }) {
  const { t } = useI18n();
  const text = t.hub.health[health];
  return (
    <Badge tone={HEALTH_TONES[health]} label={fill(t.hub.health.label, { value: text })} dataTest="connection-health" withDot>
      {text}
    </Badge>
  );
}
