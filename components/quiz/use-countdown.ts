"use client";

import { useEffect, useState } from "react";

/**
 * Milliseconds left until the deadline by the server's clock (the page tells us the
 * server's "now", so a phone whose clock is off still counts down correctly). Null when
 * there is no deadline. The server enforces the deadline either way.
 */
export function useCountdown(deadlineIso: string | null, serverNowIso: string): number | null {
  const [offset] = useState(() => Date.parse(serverNowIso) - Date.now());
  const deadline = deadlineIso ? Date.parse(deadlineIso) : null;
  const [left, setLeft] = useState<number | null>(() => (deadline === null ? null : deadline - (Date.now() + offset)));
  useEffect(() => {
    if (deadline === null) return;
    const tick = () => setLeft(deadline - (Date.now() + offset));
    tick();
    const id = setInterval(tick, 500);
    return () => clearInterval(id);
  }, [deadline, offset]);
  return left;
}

/** 3725000 → "1:02:05"; 65000 → "1:05" */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, "0");
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
