import type { Dictionary } from '../dictionary';
import { analytics } from './analytics';
import { apiKeys, rateLimits } from './api-keys';
import { account, common, nav } from './common';
import { hub } from './hub';
import { logs } from './logs';
import { connectionPage } from './connection-page';
import { notifications } from './notifications';
import { payments } from './payments';
import { setupWizard } from './setup-wizard';
import { webhooks } from './webhooks';

export const ar: Dictionary = { common, nav, account, hub, logs, analytics, webhooks, apiKeys, rateLimits, setupWizard, connectionPage, payments, notifications };
