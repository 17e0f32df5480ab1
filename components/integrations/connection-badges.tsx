import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { ConnectionEnvironment, ConnectionStatus, HealthStatus } from '@/types/integrations';

const STATUS: Record<ConnectionStatus, { tone: BadgeTone; text: string }> = {
  pending: { tone: 'neutral', text: 'Pending' },
  active: { tone: 'success', text: 'Active' },
  error: { tone: 'danger', text: 'Error' },
  disabled: { tone: 'neutral', text: 'Disabled' },
};

const HEALTH: Record<HealthStatus, { tone: BadgeTone; text: string }> = {
  healthy: { tone: 'success', text: 'Healthy' },
  degraded: { tone: 'warning', text: 'Degraded' },
  down: { tone: 'danger', text: 'Down' },
  unknown: { tone: 'neutral', text: 'Unknown' },
};

export function EnvironmentBadge({ environment }: { environment: ConnectionEnvironment }) {
  const production = environment === 'production';
  return (
    <Badge tone={production ? 'info' : 'warning'} label={`Environment: ${environment}`} dataTest="connection-environment">
      {production ? 'Production' : 'Sandbox'}
    </Badge>
  );
}

export function ConnectionStatusBadge({ status }: { status: ConnectionStatus }) {
  const { tone, text } = STATUS[status];
  return (
    <Badge tone={tone} label={`Status: ${text}`} dataTest="connection-status">
      {text}
    </Badge>
  );
}

export function HealthBadge({ health }: { health: HealthStatus }) {
  const { tone, text } = HEALTH[health];
  return (
    <Badge tone={tone} label={`Health: ${text}`} dataTest="connection-health" withDot>
      {text}
    </Badge>
  );
}
