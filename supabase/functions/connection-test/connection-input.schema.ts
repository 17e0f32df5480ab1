import { z } from 'zod';
import type { CredentialField } from '../_shared/providers/provider.schema.ts';

// What an admin types into the setup wizard, validated by this one module in the browser,
// in the dashboard's server actions and in this function, so all three agree. It lives in
// the function's folder (not lib/) because a deployed function bundles only its own tree
// and _shared; the dashboard imports it from here. Messages never quote a value.

export const CONNECTION_ENVIRONMENTS = ['sandbox', 'production'] as const;
export type ConnectionEnvironmentInput = (typeof CONNECTION_ENVIRONMENTS)[number];

/** The vault's own limit (set_credential). */
export const MAX_CREDENTIAL_LENGTH = 16384;

const blankIfMissing = (value: unknown) => (value === undefined || value === null ? '' : value);

export const connectionNameSchema = z
  .string({ error: 'Enter a name for this connection.' })
  .trim()
  .min(1, 'Enter a name for this connection.')
  .max(100, 'Use at most 100 characters.');

export const environmentSchema = z.enum(CONNECTION_ENVIRONMENTS, { error: 'Choose sandbox or production.' });

/** A plain http(s) origin plus optional base path: no user info, query or fragment to smuggle. */
function isPlainHttpUrl(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const url = new URL(text);
  return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password && !url.search && !url.hash;
}

/** Blank means "use the provider's URL" (null). Whether the host is allowed is the function's SSRF check. */
export const baseUrlOverrideSchema = z.preprocess(
  blankIfMissing,
  z
    .string()
    .trim()
    .max(2048, 'Use at most 2048 characters.')
    .refine((v) => v === '' || isPlainHttpUrl(v), 'Enter a full URL such as https://api.sandbox.example.com (no user name, query or #).')
    .transform((v) => (v === '' ? null : v.replace(/\/+$/, ''))),
);

// deno-lint-ignore no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** Why a value is not acceptable for a field, or null. */
export function credentialProblem(field: CredentialField, value: string, required: boolean): string | null {
  if (value === '') return required ? `Enter the ${field.label}.` : null;
  if (value.length > MAX_CREDENTIAL_LENGTH) return `${field.label} is too long.`;
  if (CONTROL_CHARACTERS.test(value)) return `${field.label} must not contain line breaks or control characters.`;
  if (field.pattern && !new RegExp(field.pattern).test(value)) {
    return `${field.label} does not look right${field.placeholder ? ` — it should look like ${field.placeholder}` : ''}.`;
  }
  return null;
}

function fieldSchema(field: CredentialField, required: boolean) {
  return z.preprocess(
    blankIfMissing,
    z.string({ error: `${field.label} must be text.` }).trim().superRefine((value, ctx) => {
      const problem = credentialProblem(field, value, required);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  );
}

/**
 * The zod schema of a provider's credential fields (its catalogue credential_fields):
 * required fields must be filled, patterns must match, unknown fields are refused. With
 * `only`, just those fields, each required (replacing one secret). The output keeps the
 * filled fields only, trimmed.
 */
export function credentialsSchema(fields: readonly CredentialField[], opts: { only?: readonly string[] } = {}) {
  const shape: Record<string, ReturnType<typeof fieldSchema>> = {};
  for (const field of fields) {
    if (opts.only && !opts.only.includes(field.name)) continue;
    shape[field.name] = fieldSchema(field, opts.only ? true : field.required);
  }
  return z
    .strictObject(shape, { error: (issue) => (issue.code === 'unrecognized_keys' ? `Unknown credential field: ${issue.keys.join(', ')}.` : undefined) })
    .transform((values) => {
      const filled: Record<string, string> = {};
      for (const [name, value] of Object.entries(values)) if (typeof value === 'string' && value !== '') filled[name] = value;
      return filled;
    });
}

/** Field name → first problem, for forms. */
export function credentialErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const name = issue.path[0] === undefined ? '_' : String(issue.path[0]);
    out[name] ??= issue.message;
  }
  return out;
}
