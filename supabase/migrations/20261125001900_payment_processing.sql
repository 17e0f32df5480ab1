-- =============================================================================
-- Payment processing: what the payment-processor function needs beyond the
-- payment records themselves. A lease marks the one request that is talking to
-- the provider for a payment, so a retry with the same idempotency key waits for
-- it instead of charging twice; a second provider id covers the APIs that answer
-- with two (PayPal order + capture, Telr cart + order ref); refunds keep the
-- provider's refusal.
-- =============================================================================

alter table public.payments
  add column provider_reference text check (provider_reference is null or length(provider_reference) between 1 and 200),
  add column provider_call_until timestamptz;

comment on column public.payments.provider_reference is
  'A second provider id the API needs later: PayPal capture id (refunds), Telr order ref (status checks). provider_payment_id stays the id webhooks carry.';
comment on column public.payments.provider_call_until is
  'While set and in the future, one request is calling the provider for this payment; others with the same idempotency key wait. Cleared when the call ends; a crash lets it lapse.';

alter table public.payment_refunds
  add column failure_reason text check (failure_reason is null or length(failure_reason) <= 1000);

comment on column public.payment_refunds.failure_reason is
  'The provider''s own message when it refused the refund (status failed).';

-- The dashboard lists an organization's payments newest first, optionally by status.
create index payments_org_status_time_idx on public.payments (organization_id, status, created_at desc);
