"use client";
import { useEffect, useRef } from "react";
import type { Points } from "@/lib/experiments/run-state";

const SIZE = 28; // must match GRID.size in lib/experiments/measure.ts
const MIN = -1.3;
const MAX = 1.3;
// The two classes in the chart palette (orange = class 0, violet = class 1); uncertain areas fade to grey.
const A = [224, 113, 43];
const B = [109, 90, 230];
const GREY = [150, 150, 160];

function colour(p: number): number[] {
  const sure = Math.abs(2 * p - 1);
  return A.map((a, i) => {
    const c = a + (B[i] - a) * p;
    return Math.round(GREY[i] + (c - GREY[i]) * (0.35 + 0.65 * sure));
  });
}

/** The model's decision boundary on the 2-D plane: P(class 1) as colour, training points on top. */
export function BoundaryMap({ grid, points, label }: { grid: number[] | null; points: Points | null; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext("2d");
    if (!canvas || !ctx) return;
    const px = canvas.width;
    ctx.clearRect(0, 0, px, px);
    if (grid && grid.length === SIZE * SIZE) {
      const small = new OffscreenCanvas(SIZE, SIZE);
      const sctx = small.getContext("2d")!;
      const img = sctx.createImageData(SIZE, SIZE);
      grid.forEach((p, i) => {
        const [r, g, b] = colour(p);
        img.data.set([r, g, b, 255], i * 4);
      });
      sctx.putImageData(img, 0, 0);
      ctx.imageSmoothingEnabled = true;
      ctx.drawImage(small, 0, 0, px, px);
    }
    if (points) {
      const to = (v: number, flip: boolean) => ((flip ? MAX - v : v - MIN) / (MAX - MIN)) * px;
      for (let i = 0; i < points.x.length; i++) {
        ctx.beginPath();
        ctx.arc(to(points.x[i], false), to(points.y[i], true), px / 90, 0, 2 * Math.PI);
        ctx.fillStyle = `rgb(${(points.label[i] ? B : A).join(",")})`;
        ctx.strokeStyle = "rgba(255,255,255,0.9)";
        ctx.lineWidth = px / 300;
        ctx.fill();
        ctx.stroke();
      }
    }
  }, [grid, points]);
  return (
    <figure className="min-w-0">
      <canvas
        ref={ref}
        width={336}
        height={336}
        role="img"
        aria-label={`Decision boundary of ${label}`}
        className="aspect-square w-full rounded-lg border border-zinc-200 bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-800"
      />
      <figcaption className="mt-1 truncate text-xs text-zinc-600 dark:text-zinc-400">{label}</figcaption>
    </figure>
  );
}
