"use client";
import { useEffect, useRef, type RefObject } from "react";

/**
 * When a run ends, its verdict (far below the Run button, after every chart) is brought into
 * view. Keyboard focus follows it only if it was still on the run's own controls (or nowhere),
 * so someone who moved on to read elsewhere keeps their place. Smooth scrolling unless the
 * reader asked for less motion.
 */
export function useVerdictInView(output: unknown, controls: RefObject<HTMLElement | null>) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!output || !el) return;
    const active = document.activeElement;
    const focusHere = !active || active === document.body || !!controls.current?.contains(active);
    const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    el.scrollIntoView({ behavior: reduce ? "auto" : "smooth", block: "start" });
    if (focusHere) el.focus({ preventScroll: true });
  }, [output, controls]);
  return ref;
}
