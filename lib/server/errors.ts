/**
 * Errors a user can cause. They carry a message fit to show as it is, a code from a closed
 * list (so every comparison with a code is checked by the compiler) and the HTTP status that
 * code implies; anything else is a bug and is reported as a generic failure without details.
 */
const STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  /** a deadline passed: a quiz attempt's time limit, a join code's lifetime */
  expired: 410,
  /** the thing takes no more input: an archived class */
  closed: 410,
  invalid: 422,
  /** a throttle (lib/server/throttle.ts): the message says when to try again */
  too_many: 429,
} as const;

export type ErrorCode = keyof typeof STATUS;
export type ErrorStatus = (typeof STATUS)[ErrorCode];

export class AppError extends Error {
  readonly status: ErrorStatus;
  constructor(
    message: string,
    readonly code: ErrorCode = "bad_request",
  ) {
    super(message);
    this.name = "AppError";
    this.status = STATUS[code];
  }
}

export const unauthorized = (message = "Please sign in first.") => new AppError(message, "unauthorized");
export const forbidden = (message = "You do not have access to this.") => new AppError(message, "forbidden");
export const notFound = (message = "Not found.") => new AppError(message, "not_found");
export const conflict = (message: string) => new AppError(message, "conflict");
export const invalid = (message: string) => new AppError(message, "invalid");
export const expired = (message: string) => new AppError(message, "expired");
export const closed = (message: string) => new AppError(message, "closed");

/** An AppError, optionally only one with one of the given codes: `isAppError(e, "expired", "conflict")`. */
export function isAppError(e: unknown, ...codes: ErrorCode[]): e is AppError {
  return e instanceof AppError && (codes.length === 0 || codes.includes(e.code));
}
