"use client";

import { useEffect } from "react";

/** Links such as /decks/x#pe-fact-tradeoff (from quiz results and proofs) open that card. */
export function OpenLinkedCard() {
  useEffect(() => {
    const open = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      const details = id ? document.getElementById(id)?.querySelector("details") : null;
      if (details) {
        details.open = true;
        details.scrollIntoView({ block: "start" });
      }
    };
    open();
    window.addEventListener("hashchange", open);
    return () => window.removeEventListener("hashchange", open);
  }, []);
  return null;
}
