import type { ProviderCategory } from '@/types/integrations';

export const CATEGORY_LABELS: Record<ProviderCategory, string> = {
  payment: 'Payments',
  shipping: 'Shipping',
  social: 'Social media',
  messaging: 'Marketing & messaging',
};
