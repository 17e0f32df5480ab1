'use server';

import { redirect } from 'next/navigation';
import type { ActionState } from '@/lib/actions/action-state';
import { memberAction } from '@/lib/actions/define-action';
import { getDictionary } from '@/lib/i18n/locale.server';
import { withRls } from '@/lib/db/with-rls';
import type { Member } from '@/lib/auth/current-member';
import { callConnectionTest, type FunctionResult } from './connection-test-client';
import { getProviderOption } from './providers';
import { formatVerdict, needsConfirmation, testVerdictSchema } from './test-verdict';
import { credentialFieldErrors, formFieldOf, wizardCreateSchema, wizardTestSchema } from './wizard-form';

interface ProviderInput {
  provider_slug: string;
  environment: string;
  base_url_override: string | null;
  credentials: Record<string, string>;
}

const messages = async () => (await getDictionary()).connectionPage.results;

/** Re-reads the provider and validates the credentials with the shared schema, as the browser did. */
async function validated(input: ProviderInput, member: Member): Promise<ActionState | null> {
  const provider = await withRls(member.claims, (tx) => getProviderOption(tx, input.provider_slug));
  const m = await messages();
  if (!provider) return { status: 'error', message: m.providerUnavailable, fieldErrors: { provider_slug: [m.chooseProvider] } };
  const errors = credentialFieldErrors(provider.credential_fields, input.credentials);
  if (Object.keys(errors).length === 0) return null;
  return { status: 'error', message: m.fixFields, fieldErrors: Object.fromEntries(Object.entries(errors).map(([k, m]) => [k, [m]])) };
}

async function refused(result: Extract<FunctionResult<unknown>, { ok: false }>): Promise<ActionState> {
  if (!result.field) return { status: 'error', message: result.message };
  return { status: 'error', message: (await messages()).fixFields, fieldErrors: { [formFieldOf(result.field)]: [result.message] } };
}

function functionBody(input: ProviderInput, member: Member) {
  return {
    organization_id: member.organizationId,
    provider_slug: input.provider_slug,
    environment: input.environment,
    base_url_override: input.base_url_override,
    credentials: input.credentials,
  };
}

const testConnection = memberAction(wizardTestSchema, 'admin', async (input, member) => {
  const invalid = await validated(input, member);
  if (invalid) return invalid;
  const result = await callConnectionTest<unknown>('', functionBody(input, member));
  if (!result.ok) return refused(result);
  return { status: 'success', message: formatVerdict(testVerdictSchema.parse(result.data)) };
});

const createConnection = memberAction(wizardCreateSchema, 'admin', async (input, member) => {
  if (needsConfirmation(input.last_test_status) && !input.confirm_unverified) {
    const m = await messages();
    return { status: 'error', message: m.confirmUnverified, fieldErrors: { confirm_unverified: [m.confirmUnverifiedField] } };
  }
  const invalid = await validated(input, member);
  if (invalid) return invalid;
  const result = await callConnectionTest<{ id: string }>('connections', { ...functionBody(input, member), name: input.name });
  if (!result.ok) return refused(result);
  redirect(`/integrations/${result.data.id}?created=1`);
});

/** Runs the provider's health check with the wizard's unsaved credentials (admins). */
export async function testWizardConnectionAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return testConnection(previous, formData);
}

/** The wizard's last step: creates the connection with all its secrets at once, then opens it. */
export async function createWizardConnectionAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return createConnection(previous, formData);
}
