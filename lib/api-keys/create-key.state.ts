import type { ActionState } from '@/lib/actions/action-state';
import type { CreatedKey } from './api-keys.schema';

/** After create: the plaintext key, held only in the form's state and never re-rendered from the server. */
export type CreateKeyState = ActionState & { created?: CreatedKey };
