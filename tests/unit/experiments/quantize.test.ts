import { describe, expect, it } from "vitest";
import {
  dequantizeFloat16,
  dequantizeInt8,
  fromHalf,
  int8Bytes,
  quantizeFloat16,
  quantizeInt8,
  toHalf,
} from "@/lib/experiments/quantize";

describe("float16", () => {
  it("encodes known values exactly as IEEE half does", () => {
    expect(toHalf(1)).toBe(0x3c00);
    expect(toHalf(-2)).toBe(0xc000);
    expect(toHalf(65504)).toBe(0x7bff); // largest finite half
    expect(toHalf(1e6)).toBe(0x7c00); // overflow → Inf
    expect(toHalf(2 ** -24)).toBe(0x0001); // smallest subnormal
    expect(toHalf(0)).toBe(0);
    expect(fromHalf(0x3555)).toBeCloseTo(0.33325, 5);
  });

  it("rounds to nearest, ties to even", () => {
    // 1 + 2^-11 lies halfway between 1 and 1 + 2^-10: ties go to the even mantissa (1).
    expect(toHalf(1 + 2 ** -11)).toBe(0x3c00);
    expect(toHalf(1 + 3 * 2 ** -11)).toBe(0x3c02);
  });

  it("round-trips weights with relative error below 2^-11 and halves the bytes", () => {
    const w = Float32Array.from({ length: 1000 }, (_, i) => Math.sin(i) * 3);
    const q = quantizeFloat16(w);
    const back = dequantizeFloat16(q);
    for (let i = 0; i < w.length; i++)
      if (Math.abs(w[i]) > 1e-3) expect(Math.abs(back[i] - w[i]) / Math.abs(w[i])).toBeLessThan(2 ** -11);
    expect(q.byteLength).toBe(w.byteLength / 2);
  });
});

describe("8-bit", () => {
  it("keeps every weight within half a step and stores 1 byte each plus one 4-byte scale", () => {
    const w = Float32Array.from({ length: 500 }, (_, i) => Math.cos(i * 0.7) * (i % 7));
    const q = quantizeInt8(w);
    const back = dequantizeInt8(q);
    const step = q.scale[0];
    for (let i = 0; i < w.length; i++) expect(Math.abs(back[i] - w[i])).toBeLessThanOrEqual(step / 2 + 1e-6);
    expect(int8Bytes(q)).toBe(500 + 4);
    expect(Math.max(...Array.from(q.q, Math.abs))).toBe(127);
  });

  it("an all-zero tensor stays zero", () => {
    expect(Array.from(dequantizeInt8(quantizeInt8(new Float32Array(4))))).toEqual([0, 0, 0, 0]);
  });
});
