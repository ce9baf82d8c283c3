/**
 * Who may frame the pages an LTI launch lands on. The app's CSP says `frame-ancestors 'none'`;
 * an LMS shows the tool in an iframe, so when LTI_FRAME_ANCESTORS lists the LMS origins
 * (space-separated, e.g. "https://moodle.example.edu https://school.instructure.com"), those
 * origins may frame every page but the admin pages. An issuer is not a frame origin (Canvas's
 * issuer is canvas.instructure.com, its pages are the school's own host), hence the setting.
 * proxy.ts puts the result in place of the CSP's frame-ancestors (a browser then ignores
 * X-Frame-Options). Pure: the caller passes the environment.
 */
export function frameOrigins(setting: string | undefined): string[] {
  const out: string[] = [];
  for (const part of (setting ?? "").split(/\s+/)) {
    try {
      const u = new URL(part);
      if (u.protocol === "https:" || u.protocol === "http:") out.push(u.origin);
    } catch {
      // not an origin: ignored
    }
  }
  return [...new Set(out)];
}

/** The frame-ancestors directive for a path, or null to keep the default ('none'). */
export function ltiFrameAncestors(pathname: string, setting: string | undefined): string | null {
  const origins = frameOrigins(setting);
  if (origins.length === 0 || pathname === "/admin" || pathname.startsWith("/admin/")) return null;
  return `frame-ancestors 'self' ${origins.join(" ")}`;
}

/** A CSP with its frame-ancestors directive replaced. */
export function withFrameAncestors(csp: string, directive: string): string {
  const kept = csp
    .split(";")
    .map((d) => d.trim())
    .filter((d) => d && !d.startsWith("frame-ancestors"));
  return [...kept, directive].join("; ");
}
