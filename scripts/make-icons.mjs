// Draws the app icons (public/icons/*.png) from the same shapes as public/icon.svg: the home
// screen asks for PNGs (192 and 512 px, a maskable one with the motif inside the safe zone, and
// 180 px for iOS). Pure Node (zlib): run `node scripts/make-icons.mjs` after changing the logo.
import { mkdirSync, writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const ACCENT = [0x5b, 0x4d, 0xe0];
const circles = [
  [18, 20, 5],
  [18, 44, 5],
  [46, 32, 6],
];
const lines = [
  [22, 22, 41, 30],
  [22, 42, 41, 34],
];

function segDist(px, py, [x1, y1, x2, y2]) {
  const dx = x2 - x1,
    dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
}
function inRoundRect(x, y, r) {
  const cx = Math.max(r, Math.min(64 - r, x)),
    cy = Math.max(r, Math.min(64 - r, y));
  return x >= 0 && x <= 64 && y >= 0 && y <= 64 && Math.hypot(x - cx, y - cy) <= r;
}

/** RGBA at a point of the 64×64 logo: background (rounded unless full-bleed), white lines and nodes. */
function shade(x, y, { radius }) {
  if (!inRoundRect(x, y, radius)) return [0, 0, 0, 0];
  let [r, g, b] = ACCENT;
  if (lines.some((l) => segDist(x, y, l) <= 1.5)) [r, g, b] = [r, g, b].map((c) => c + (255 - c) * 0.85);
  if (circles.some(([cx, cy, cr]) => Math.hypot(x - cx, y - cy) <= cr)) [r, g, b] = [255, 255, 255];
  return [r, g, b, 255];
}

function draw(size, { radius = 14, scale = 1 } = {}) {
  const S = 4; // supersampling per axis
  const px = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          // Logo coordinates; a maskable icon shrinks the motif toward the centre, background full-bleed.
          const lx = ((x + (sx + 0.5) / S) / size) * 64,
            ly = ((y + (sy + 0.5) / S) / size) * 64;
          const mx = 32 + (lx - 32) / scale,
            my = 32 + (ly - 32) / scale;
          const c =
            scale === 1
              ? shade(lx, ly, { radius })
              : [...shade(mx, my, { radius: 0 }).slice(0, 3), 255].map((v, i) =>
                  i < 3 && !inRoundRect(mx, my, 0) ? ACCENT[i] : v,
                );
          for (let i = 0; i < 4; i++) acc[i] += c[i];
        }
      const a = acc[3] / (S * S);
      const o = (y * size + x) * 4;
      for (let i = 0; i < 3; i++) px[o + i] = a ? Math.round(acc[i] / (a / 255) / (S * S)) : 0;
      px[o + 3] = Math.round(a);
    }
  return png(size, px);
}

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync("public/icons", { recursive: true });
writeFileSync("public/icons/icon-192.png", draw(192));
writeFileSync("public/icons/icon-512.png", draw(512));
writeFileSync("public/icons/icon-maskable-512.png", draw(512, { scale: 0.72 }));
writeFileSync("public/icons/apple-touch-icon.png", draw(180, { radius: 0 }));
console.log("icons: wrote public/icons/{icon-192,icon-512,icon-maskable-512,apple-touch-icon}.png");
