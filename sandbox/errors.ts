// Every failure a client can cause has a stable code and an HTTP status.
// Route handlers throw SandboxError; sandbox/http.ts turns it into JSON.

export const ERROR_STATUS = {
  bad_request: 400,
  no_session: 401,
  invalid_token: 401,
  token_expired: 401,
  revoked: 401,
  no_refresh_token: 401,
  refresh_reuse_detected: 401,
  session_expired: 401,
  invalid_credentials: 401,
  cross_site_request: 403,
  method_not_allowed: 405,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  store_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorBody {
  error: ErrorCode | 'server_error';
  message: string;
  /** jose's own code, when jose rejected a token. */
  jose?: string;
  /** The body field a 400 is about (settings), so a form can mark it. */
  field?: string;
}

export class SandboxError extends Error {
  readonly status: number;
  /** See ErrorBody.field. */
  field?: string;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly jose?: string,
    /** Extra response headers, e.g. Retry-After or Allow. */
    readonly headers: Record<string, string> = {},
    /** What went wrong underneath (logged, never sent). */
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'SandboxError';
    this.status = ERROR_STATUS[code];
  }

  /** Names the body field this error is about; returns the error, for `throw err.about(name)`. */
  about(field: string): this {
    this.field = field;
    return this;
  }

  toJSON(): ErrorBody {
    return {
      error: this.code,
      message: this.message,
      ...(this.jose ? { jose: this.jose } : {}),
      ...(this.field ? { field: this.field } : {}),
    };
  }
}
