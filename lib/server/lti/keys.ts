import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair, importJWK, type JWK } from "jose";
import { db } from "@/lib/db";

/**
 * The tool's RS256 signing keys, kept in the database so every process signs with the same
 * one. The private JWK is encrypted at rest with AES-256-GCM under a key derived (HKDF-SHA256)
 * from LTI_KEY_SECRET, or AUTH_SECRET when that is not set: a copy of the database alone does
 * not let anyone sign as the tool. Rotation keeps the previous key published (status
 * "previous") until the next rotation, so platforms that cached our JWKS keep verifying.
 */
const PUBLISHED = ["active", "previous"];

function wrappingKey(): Buffer {
  const secret = process.env.LTI_KEY_SECRET || process.env.AUTH_SECRET;
  if (!secret) throw new Error("LTI needs LTI_KEY_SECRET or AUTH_SECRET to protect its signing key");
  return Buffer.from(hkdfSync("sha256", secret, "paramlab-lti-tool-key", "v1", 32));
}

export function sealPrivateJwk(jwk: JWK): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", wrappingKey(), iv);
  const ct = Buffer.concat([cipher.update(JSON.stringify(jwk), "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), ct]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

export function openPrivateJwk(sealed: string): JWK {
  const [v, iv, tag, ct] = sealed.split(".");
  if (v !== "v1" || !iv || !tag || !ct) throw new Error("unreadable tool key");
  const decipher = createDecipheriv("aes-256-gcm", wrappingKey(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return JSON.parse(
    Buffer.concat([decipher.update(Buffer.from(ct, "base64url")), decipher.final()]).toString("utf8"),
  ) as JWK;
}

async function createKey(status: "active") {
  const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true, modulusLength: 2048 });
  const kid = randomUUID();
  const pub = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  const priv = { ...(await exportJWK(privateKey)), kid, alg: "RS256" };
  await db.ltiToolKey.create({
    data: { kid, publicJwk: JSON.stringify(pub), privateJwk: sealPrivateJwk(priv), status },
  });
  return kid;
}

/** The key that signs: the oldest active one (two processes racing at first start may both create one). */
async function activeRow() {
  const find = () =>
    db.ltiToolKey.findFirst({ where: { status: "active" }, orderBy: [{ createdAt: "asc" }, { kid: "asc" }] });
  const row = await find();
  if (row) return row;
  await createKey("active");
  return (await find())!;
}

export async function signingKey() {
  const row = await activeRow();
  return { kid: row.kid, key: await importJWK(openPrivateJwk(row.privateJwk), "RS256") };
}

/** What /.well-known/jwks.json publishes: the active key and, during an overlap, the previous one. */
export async function publicJwks(): Promise<{ keys: JWK[] }> {
  await activeRow();
  const rows = await db.ltiToolKey.findMany({ where: { status: { in: PUBLISHED } }, orderBy: { createdAt: "asc" } });
  return { keys: rows.map((r) => JSON.parse(r.publicJwk) as JWK) };
}

/** A new active key; the old active one stays published as "previous", an older previous one retires. */
export async function rotateToolKey(): Promise<string> {
  await activeRow();
  const now = new Date();
  await db.ltiToolKey.updateMany({ where: { status: "previous" }, data: { status: "retired", retiredAt: now } });
  await db.ltiToolKey.updateMany({ where: { status: "active" }, data: { status: "previous" } });
  return createKey("active");
}

export function toolKeys() {
  return db.ltiToolKey.findMany({
    where: { status: { in: PUBLISHED } },
    orderBy: { createdAt: "desc" },
    select: { kid: true, status: true, createdAt: true },
  });
}
