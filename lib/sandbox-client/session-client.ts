// Calls that need a live access token: on token_expired the client refreshes
// once and retries once. Refreshes are single-flight, and a call that started
// before a refresh finished retries without refreshing again, so parallel
// requests spend the refresh token exactly once.
import { singleFlight } from './single-flight';
import type { ApiResult, SandboxApi, User } from './types';

export interface Refreshed<T> {
  /** The answer the caller gets: the retry's, after a successful refresh. */
  result: ApiResult<T>;
  /** The first answer, when it was token_expired. */
  expired?: ApiResult<T>;
  /** The refresh this call waited for, if it had to. */
  refresh?: ApiResult<{ user: User }>;
}

export function createSessionClient(api: Pick<SandboxApi, 'me' | 'refresh'>) {
  let finished = 0;
  const refresh = singleFlight(async (note: string, auto: boolean) => {
    try {
      return await api.refresh({ note, auto });
    } finally {
      finished += 1;
    }
  });

  async function withRefresh<T>(call: () => Promise<ApiResult<T>>): Promise<Refreshed<T>> {
    const seen = finished;
    const first = await call();
    if (first.ok || first.error.error !== 'token_expired') return { result: first };
    // A refresh that finished while this call was out already set the new cookies.
    if (finished !== seen) return { result: await call(), expired: first };
    const refreshed = await refresh('automatic refresh after token_expired', true);
    if (!refreshed.ok) return { result: first, refresh: refreshed };
    return { result: await call(), expired: first, refresh: refreshed };
  }

  return {
    me: (note?: string) => withRefresh(() => api.me(note)),
    /** A refresh the reader asked for; joins one already in flight. */
    refresh: (note: string) => refresh(note, false),
    withRefresh,
  };
}

export type SessionClient = ReturnType<typeof createSessionClient>;
