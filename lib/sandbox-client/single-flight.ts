// One call at a time: while a call is in flight, every caller gets its promise
// (whatever arguments it passed) instead of starting another. A refresh token is
// spent on use, so two refreshes racing with the same cookie would look like a
// replay and revoke the session.
export function singleFlight<A extends unknown[], T>(run: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  let inFlight: Promise<T> | null = null;
  return (...args) => {
    inFlight ??= run(...args).finally(() => {
      inFlight = null;
    });
    return inFlight;
  };
}
