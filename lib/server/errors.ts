/**
 * Errors a user can cause. They carry a message fit to show as it is, and an HTTP status;
 * anything else is a bug and is reported as a generic failure without details.
 */
export class AppError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 422 | 429 = 400,
    readonly code: string = "bad_request",
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const unauthorized = (message = "Please sign in first.") => new AppError(message, 401, "unauthorized");
export const forbidden = (message = "You do not have access to this.") => new AppError(message, 403, "forbidden");
export const notFound = (message = "Not found.") => new AppError(message, 404, "not_found");
export const conflict = (message: string) => new AppError(message, 409, "conflict");
export const invalid = (message: string) => new AppError(message, 422, "invalid");

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
