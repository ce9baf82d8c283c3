// `npm run serve` (and the last step of `npm start` and the e2e server): the production build
// behind a small Node server instead of `next start`, for one reason: the app's throttles key
// on the client's address, which `next start` never tells a route (it passes a client-sent
// X-Forwarded-For through as it is). Here X-Forwarded-For is rewritten to the socket's address
// (after the entries of TRUST_PROXY trusted proxies, see README › Configuration).
import { createServer } from "node:http";
import next from "next";
import { forwardedFor, trustedProxyHops } from "../lib/trust-proxy.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const port = Number(arg("--port", process.env.PORT || "3000"));
// All interfaces, as `next start` does; the e2e server passes --hostname 127.0.0.1.
const hostname = arg("--hostname", "0.0.0.0");
const hops = trustedProxyHops();

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
const server = createServer((req, res) => {
  req.headers["x-forwarded-for"] = forwardedFor(req.headers["x-forwarded-for"], req.socket.remoteAddress, hops);
  void handle(req, res);
});
// Node closes an idle keep-alive socket after 5 s; a client reusing it at that moment gets
// ECONNRESET (seen in the e2e suite). Outlive the usual client and load-balancer idle times.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => {
  console.log(
    `▲ ParamLab ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}${hops ? ` (trusting ${hops} proxy hop(s) in X-Forwarded-For)` : ""}`,
  );
});
