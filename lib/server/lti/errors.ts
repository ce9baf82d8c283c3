/**
 * A refused LTI request: a code from the recipe's table (tests and logs compare it), the HTTP
 * status, and a sentence for the person who clicked the link in their LMS.
 */
export class LtiError extends Error {
  constructor(
    readonly code: string,
    readonly status: 400 | 401 | 403 | 409,
    message: string,
  ) {
    super(message);
    this.name = "LtiError";
  }
}

export const ltiError = (code: string, status: LtiError["status"], message: string) =>
  new LtiError(code, status, message);
