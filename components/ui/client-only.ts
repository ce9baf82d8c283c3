"use client";

import { useState, useSyncExternalStore } from "react";

// Neither value changes while the page is open, so there is nothing to subscribe to.
const noChanges = () => () => {};

/**
 * Values the server cannot know. useSyncExternalStore hands the server's value to
 * hydration (so the markup matches) and the browser's value right after, without an
 * effect that sets state on every mount.
 */

/** False on the server and during hydration, true once React has hydrated this component. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );
}

/** This device's IANA time zone, or "" on the server and during hydration. */
export function useDeviceTimeZone(): string {
  return useSyncExternalStore(
    noChanges,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => "",
  );
}

/**
 * A value only this device has (its storage), read once per mount: `serverValue` on the
 * server and during hydration, then what `read` returns. `serverValue` must be the same
 * value on every render (a constant), and so is the device's value once read, so React
 * never sees the store "change".
 */
export function useDeviceValue<T>(read: () => T, serverValue: T): T {
  const [readOnce] = useState(() => {
    let cached: { value: T } | null = null;
    return () => (cached ??= { value: read() }).value;
  });
  return useSyncExternalStore(noChanges, readOnce, () => serverValue);
}
