import { QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from './fetch-json';

/**
 * Dashboard defaults: data counts as fresh for 5 s (polling pages set their own interval),
 * and only server-side failures are retried — a 4xx will not get better by asking again.
 */
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        retry: (failures, error) => failures < 2 && !(error instanceof ApiRequestError && error.status < 500),
      },
    },
  });
}
