"use client";

import { useEffect, useRef } from "react";
import type { Rating } from "@/lib/srs/scheduler";

/**
 * Space or Enter reveals; 1–4 grade; Z (or Ctrl/⌘+Z) undoes. Keys typed into a form field,
 * or Space/Enter on a focused button or link (which activate it themselves), are left alone.
 */
export function useReviewKeys(handlers: {
  revealed: boolean;
  reveal: () => void;
  grade: (r: Rating, t: number) => void;
  undo: () => void;
}) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t?.closest("input, textarea, select, [contenteditable='true']")) return;
      const h = latest.current;
      if ((e.key === "z" || e.key === "Z") && !e.altKey && !e.shiftKey) {
        e.preventDefault();
        h.undo();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === " " || e.key === "Enter") {
        if (t?.closest("button, a")) return;
        if (!h.revealed) {
          e.preventDefault();
          h.reveal();
        }
        return;
      }
      if (h.revealed && !e.repeat && ["1", "2", "3", "4"].includes(e.key)) {
        e.preventDefault();
        h.grade(Number(e.key) as Rating, e.timeStamp);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
