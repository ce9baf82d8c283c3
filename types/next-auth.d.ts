import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    /** The token's revocation claims, copied from the JWT (lib/session-revocations.ts). */
    sv?: number;
    sid?: string;
    at?: number;
  }
  interface User {
    /** The account's session version at sign-in (lib/server/sign-in.ts). */
    sessionVersion?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    /** The signed-in user's id, set at sign-in (lib/auth.config.ts). */
    uid?: string;
    /** The account's session version when this token was issued. */
    sv?: number;
    /** This token's own id, so one device can be signed out. */
    sid?: string;
    /** When the user signed in (ms): a session lasts 30 days from it, however often the token is re-issued. */
    at?: number;
  }
}
