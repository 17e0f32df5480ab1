'use server';

import { redirect } from 'next/navigation';
import type { ActionState } from '@/lib/actions/action-state';
import { memberAction } from '@/lib/actions/define-action';
import { callFunctionAsUser, FunctionCallError } from '@/lib/functions/call-function';
import { oauthConnectInputSchema, oauthStartAnswerSchema } from './oauth-connect.schema';

const startConnect = memberAction(oauthConnectInputSchema, 'admin', async ({ connection_id }) => {
  let authorizeUrl: string;
  try {
    // The function checks again, under the admin's own JWT, that they administer this connection.
    const answer = await callFunctionAsUser<unknown>('oauth/start', {
      connection_id,
      redirect_to: `/integrations/${connection_id}`,
    });
    authorizeUrl = oauthStartAnswerSchema.parse(answer).authorize_url;
  } catch (err) {
    if (err instanceof FunctionCallError) return { status: 'error', message: err.message };
    throw err;
  }
  // Outside the try: redirect() works by throwing, and the browser leaves for the provider.
  redirect(authorizeUrl);
});

/** "Connect with …": starts the provider's consent and sends the browser there. */
export async function startOAuthConnectAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return startConnect(previous, formData);
}
