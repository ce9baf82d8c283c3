import { expect } from "vitest";
import { AppError } from "@/lib/server/errors";

// vitest types its asymmetric matchers as `any`, which switches type checking off wherever
// one is used; these say which value the matcher stands for.
export const stringMatching = (pattern: RegExp): string => expect.stringMatching(pattern) as string;
export const anyDate = (): Date => expect.any(Date) as Date;

/** What a caller is told when the data layer refuses: its status and message. Anything but an AppError is a bug: rethrown. */
export function refusal(e: unknown): { status: number; message: string } {
  if (e instanceof AppError) return { status: e.status, message: e.message };
  throw e;
}
