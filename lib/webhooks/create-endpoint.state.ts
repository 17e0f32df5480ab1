import type { ActionState } from '@/lib/actions/action-state';

/** What the create form shows after success: the URL to paste into the provider, once. */
export interface CreatedEndpoint {
  endpointId: string;
  providerName: string;
  /** With ?token= for providers that cannot sign: never stored, never shown again. */
  url: string;
  withToken: boolean;
  /** Signing providers whose secret is still unset get the secret form right there. */
  needsSecret: boolean;
  connectionId: string;
}

export type CreateEndpointState = ActionState & { created?: CreatedEndpoint };
