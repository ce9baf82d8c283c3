import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth.config";

// Only the cheap redirect for signed-out visitors. Pages and lib/server check again:
// the proxy is a convenience, not the security boundary.
const { auth } = NextAuth(authConfig);

export default auth;

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|tfjs/).*)"],
};
