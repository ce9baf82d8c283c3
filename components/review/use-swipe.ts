"use client";

import { useEffect, useRef, useState } from "react";

/**
 * Horizontal swipe on an element with pointer events (touch, pen or mouse). The element
 * follows the finger through style writes (no React render per move) and exposes how far
 * it is towards a decision as the CSS variable --swipe (−1 … 1) for the Again/Good cues.
 * A vertical drag is left to the browser (touch-action: pan-y), so long answers scroll.
 */
export function useSwipe<T extends HTMLElement>(opts: {
  enabled: boolean;
  onSwipe: (dir: "left" | "right", timeStamp: number) => void;
}) {
  const [el, setEl] = useState<T | null>(null); // a callback ref: rebinds if the card element is replaced
  const latest = useRef(opts);
  useEffect(() => {
    latest.current = opts;
  });

  useEffect(() => {
    if (!el) return;
    let start: { x: number; y: number; id: number } | null = null;
    let locked = false;
    let dx = 0;
    let suppressClick = false;
    const threshold = () => Math.min(110, el.clientWidth * 0.28);

    const paint = (x: number, animate: boolean) => {
      el.style.transition = animate ? "transform 180ms ease-out" : "none";
      el.style.transform = x ? `translateX(${x}px) rotate(${x / 28}deg)` : "";
      el.style.setProperty("--swipe", String(Math.max(-1, Math.min(1, x / threshold()))));
    };
    const reset = (animate: boolean) => {
      start = null;
      locked = false;
      dx = 0;
      paint(0, animate);
    };

    const down = (e: PointerEvent) => {
      suppressClick = false;
      if (!latest.current.enabled || (e.pointerType === "mouse" && e.button !== 0)) return;
      start = { x: e.clientX, y: e.clientY, id: e.pointerId };
    };
    const move = (e: PointerEvent) => {
      if (!start || e.pointerId !== start.id) return;
      const mx = e.clientX - start.x;
      const my = e.clientY - start.y;
      if (!locked) {
        if (Math.abs(my) > 10 && Math.abs(my) > Math.abs(mx)) return void (start = null); // a scroll
        if (Math.abs(mx) < 10) return;
        locked = true;
        el.setPointerCapture(e.pointerId);
      }
      const crossed = Math.abs(dx) < threshold() && Math.abs(mx) >= threshold();
      dx = mx;
      if (crossed && "vibrate" in navigator) navigator.vibrate(8); // missing on iOS Safari, whatever the DOM types say
      paint(dx, false);
    };
    const up = (e: PointerEvent) => {
      if (!start || e.pointerId !== start.id) return;
      const decided = locked && Math.abs(dx) >= threshold();
      const dir = dx < 0 ? "left" : "right";
      suppressClick = locked;
      if (decided) {
        reset(false); // the next card takes this place at once: no fly-out to wait for
        latest.current.onSwipe(dir, e.timeStamp);
      } else reset(true);
    };
    const cancel = () => reset(true);
    // Once the drag is ours, the browser must not also treat it as a scroll or fling (a fling
    // would swallow the learner's next tap to stop itself).
    const touchMove = (e: TouchEvent) => {
      if (locked && e.cancelable) e.preventDefault();
    };
    const click = (e: MouseEvent) => {
      if (!suppressClick) return;
      suppressClick = false;
      e.stopPropagation();
      e.preventDefault();
    };

    el.addEventListener("pointerdown", down);
    el.addEventListener("pointermove", move);
    el.addEventListener("pointerup", up);
    el.addEventListener("pointercancel", cancel);
    el.addEventListener("click", click, true);
    el.addEventListener("touchmove", touchMove, { passive: false });
    return () => {
      el.removeEventListener("touchmove", touchMove);
      el.removeEventListener("pointerdown", down);
      el.removeEventListener("pointermove", move);
      el.removeEventListener("pointerup", up);
      el.removeEventListener("pointercancel", cancel);
      el.removeEventListener("click", click, true);
    };
  }, [el]);

  return setEl;
}
