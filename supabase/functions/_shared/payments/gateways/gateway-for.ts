import { HttpError } from '../../http/errors.ts';
import type { ProviderSlug } from '../../providers/provider.schema.ts';
import type { PaymentGateway } from '../gateway.ts';
import { ngeniusGateway } from './ngenius-gateway.ts';
import { paypalGateway } from './paypal-gateway.ts';
import { stripeGateway } from './stripe-gateway.ts';
import { telrGateway } from './telr-gateway.ts';

const GATEWAYS: Partial<Record<ProviderSlug, PaymentGateway>> = {
  stripe: stripeGateway,
  paypal: paypalGateway,
  network_international: ngeniusGateway,
  telr: telrGateway,
};

/** The payment gateway for a provider; any other kind of connection cannot take payments. */
export function gatewayFor(slug: ProviderSlug, providerName: string): PaymentGateway {
  const gateway = GATEWAYS[slug];
  if (!gateway) throw new HttpError('bad_request', `The connection is to ${providerName}, which is not a payment provider.`);
  return gateway;
}
