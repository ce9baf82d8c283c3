const ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]);

/** The page a refused LTI request shows (inside the LMS's frame, often): what happened, and the code for support. */
export function ltiErrorPage(message: string, code: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>ParamLab: launch refused</title></head>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5">
<h1 style="font-size:1.25rem">ParamLab could not open this link</h1>
<p>${esc(message)}</p>
<p style="color:#555;font-size:.875rem">Code for your administrator: <code>${esc(code)}</code></p>
</body></html>`;
}
