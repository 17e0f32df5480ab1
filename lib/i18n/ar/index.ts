import type { Dictionary } from '../dictionary';
import { analytics } from './analytics';
import { apiKeys, rateLimits } from './api-keys';
import { account, common, nav } from './common';
import { hub } from './hub';
import { logs } from './logs';
import { webhooks } from './webhooks';

export const ar: Dictionary = { common, nav, account, hub, logs, analytics, webhooks, apiKeys, rateLimits };
