import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    /** The signed-in user's id, set at sign-in (lib/auth.config.ts). */
    uid?: string;
  }
}
