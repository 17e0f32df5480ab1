import 'server-only';
import { z } from 'zod';
import { getServerEnv } from '@/lib/env.server';

// WEBHOOK_PUBLIC_BASE_URL is optional: set it where providers reach the functions through
// another origin than the one the dashboard uses (a custom domain, an internal gateway URL).
const publicBaseSchema = z.url({ message: 'WEBHOOK_PUBLIC_BASE_URL must be a URL such as https://hooks.example.com' }).optional();

export interface PublicBase {
  url: string;
  /** Only an explicitly configured origin is stored as the endpoint's public_url (Twilio signs it). */
  configured: boolean;
}

export function webhookPublicBase(): PublicBase {
  const configured = publicBaseSchema.parse(process.env.WEBHOOK_PUBLIC_BASE_URL || undefined);
  return configured ? { url: configured, configured: true } : { url: getServerEnv().SUPABASE_URL, configured: false };
}
