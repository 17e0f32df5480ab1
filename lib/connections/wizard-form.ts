import { z } from 'zod';
import {
  baseUrlOverrideSchema,
  connectionNameSchema,
  credentialErrors,
  credentialsSchema,
  environmentSchema,
  type ConnectionEnvironmentInput,
} from '../../supabase/functions/connection-test/connection-input.schema.ts';
import { PROVIDER_SLUGS, type CredentialField } from '../../supabase/functions/_shared/providers/provider.schema.ts';
import { TEST_STATUSES, type TestStatus } from './test-verdict';

// The wizard's values travel to its server actions as flat FormData: credential fields as
// `credential.<name>`, which is also the key of their field errors on both sides.
const CREDENTIAL_PREFIX = 'credential.';
export const credentialKey = (name: string) => `${CREDENTIAL_PREFIX}${name}`;

export interface WizardValues {
  provider_slug: string;
  name: string;
  environment: ConnectionEnvironmentInput;
  base_url_override: string;
  credentials: Record<string, string>;
  last_test_status: TestStatus | 'untested';
  confirm_unverified: boolean;
}

export type FieldErrors = Record<string, string>;

export function toWizardFormData(values: WizardValues): FormData {
  const data = new FormData();
  data.set('provider_slug', values.provider_slug);
  data.set('name', values.name);
  data.set('environment', values.environment);
  data.set('base_url_override', values.base_url_override);
  data.set('last_test_status', values.last_test_status);
  if (values.confirm_unverified) data.set('confirm_unverified', 'on');
  for (const [name, value] of Object.entries(values.credentials)) data.set(credentialKey(name), value);
  return data;
}

function nestCredentials(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const out: Record<string, unknown> = { credentials: {} };
  const credentials = out.credentials as Record<string, unknown>;
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith(CREDENTIAL_PREFIX)) credentials[key.slice(CREDENTIAL_PREFIX.length)] = value;
    else out[key] = value;
  }
  return out;
}

const settingsShape = {
  environment: environmentSchema,
  base_url_override: baseUrlOverrideSchema,
};

/** Step 2 (configure), checked in the browser before moving on and again on the server. */
export const configureSchema = z.object({ name: connectionNameSchema, ...settingsShape });

const testShape = {
  provider_slug: z.enum(PROVIDER_SLUGS, { error: 'Choose a provider.' }),
  ...settingsShape,
  credentials: z.record(z.string(), z.string()),
};

/** "Test connection": the name is not needed yet. */
export const wizardTestSchema = z.preprocess(nestCredentials, z.object(testShape));

/** "Create connection": everything, plus the last test's outcome and the admin's confirmation. */
export const wizardCreateSchema = z.preprocess(
  nestCredentials,
  z.object({
    ...testShape,
    name: connectionNameSchema,
    last_test_status: z.enum([...TEST_STATUSES, 'untested']).catch('untested'),
    confirm_unverified: z.literal('on').optional(),
  }),
);

/** Field errors of the configure step, keyed by input name. */
export function configureErrors(values: Pick<WizardValues, 'name' | 'environment' | 'base_url_override'>): FieldErrors {
  const parsed = configureSchema.safeParse(values);
  if (parsed.success) return {};
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'name')] ??= issue.message;
  return errors;
}

/** Field errors of the credentials step (the provider's own fields), keyed `credential.<name>`. */
export function credentialFieldErrors(fields: readonly CredentialField[], values: Record<string, string>): FieldErrors {
  const parsed = credentialsSchema(fields).safeParse(values);
  if (parsed.success) return {};
  return Object.fromEntries(Object.entries(credentialErrors(parsed.error)).map(([name, message]) => [credentialKey(name), message]));
}

/** The function names fields by JSON path (credentials.secret_key); the form by input name. */
export function formFieldOf(functionField: string): string {
  return functionField.startsWith('credentials.') ? credentialKey(functionField.slice('credentials.'.length)) : functionField;
}
