import { z } from 'zod';
import { connectionNameSchema } from '@/supabase/functions/connection-test/connection-input.schema.ts';

export const renameInputSchema = z.object({ connection_id: z.guid(), name: connectionNameSchema });

export const setEnabledInputSchema = z.object({
  connection_id: z.guid(),
  enabled: z.enum(['true', 'false']).transform((v) => v === 'true'),
});

/** Deleting asks for the connection's name typed again, so a stray click cannot delete it. */
export const deleteInputSchema = z.object({
  connection_id: z.guid(),
  confirm_name: z.string().trim().min(1, 'Type the connection name to confirm.'),
});

export const replaceCredentialInputSchema = z.object({
  connection_id: z.guid(),
  field: z.string().regex(/^[a-z][a-z0-9_]{0,62}$/),
  value: z.string(),
});
