import 'server-only';
import { NextResponse } from 'next/server';
import { z } from 'zod';

/** Reads never belong in a shared cache: every answer is one member's RLS view. */
export const NO_STORE = { 'cache-control': 'private, no-store' } as const;

/** The HTTP contract's error shape: `{ error: { code, message } }` with a fitting status. */
export function apiError(status: number, code: string, message: string): NextResponse {
  return NextResponse.json({ error: { code, message } }, { status, headers: NO_STORE });
}

/** A zod failure as 400 naming the first bad parameter. */
export function invalidInput(error: z.ZodError): NextResponse {
  const issue = error.issues[0];
  const field = issue?.path.join('.') || 'query';
  return apiError(400, 'invalid_input', `${field}: ${issue?.message ?? 'invalid value'}`);
}

export function json(body: unknown): NextResponse {
  return NextResponse.json(body, { headers: NO_STORE });
}
