// One line about one answer, as the panels show it: what was asked, the status,
// our error code and jose's, in words.
import type { ApiResult } from './types';

export interface Answer {
  /** e.g. "GET /api/sandbox/me". */
  request: string;
  status: number;
  ok: boolean;
  /** Our error code, e.g. token_expired. */
  code?: string;
  /** jose's code, e.g. ERR_JWT_EXPIRED. */
  jose?: string;
  message: string;
}

export function answerOf<T>(request: string, result: ApiResult<T>, okMessage: (data: T) => string): Answer {
  if (result.ok) return { request, status: result.status, ok: true, message: okMessage(result.data) };
  const { error, message } = result.error;
  const jose = 'jose' in result.error ? result.error.jose : undefined;
  return { request, status: result.status, ok: false, code: error, ...(jose ? { jose } : {}), message };
}

/** "401 token_expired (ERR_JWT_EXPIRED)" or "200". */
export function statusLine(answer: Answer): string {
  if (answer.ok) return String(answer.status);
  const status = answer.status === 0 ? 'no answer' : String(answer.status);
  return `${status} ${answer.code ?? ''}${answer.jose ? ` (${answer.jose})` : ''}`.trim();
}
