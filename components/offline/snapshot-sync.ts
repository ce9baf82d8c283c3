import { asSnapshot, type StudySnapshot } from "@/lib/srs/study-snapshot";
import type { Op } from "@/lib/srs/grade-outbox";

/**
 * Keeps this device's study snapshot fresh: fetched from the server whenever a study page is
 * open online and after every sync (the device adopts the server's state), stored in IndexedDB.
 * Everything here loads with dynamic imports, after the page is up.
 */
export async function refreshSnapshot(userId: string): Promise<StudySnapshot | null> {
  try {
    const res = await fetch("/api/study/snapshot", { credentials: "same-origin", cache: "no-store" });
    if (!res.ok) return null;
    const snapshot = asSnapshot(await res.json());
    if (!snapshot || snapshot.userId !== userId) return null;
    const { saveSnapshot } = await import("@/lib/offline/snapshot-store");
    await saveSnapshot(snapshot);
    return snapshot;
  } catch {
    return null; // offline or storage refused: the last snapshot stays
  }
}

/** The stored snapshot and the ops waiting to be sent, for the offline pages. */
export async function loadOfflineStudy(userId: string): Promise<{ snapshot: StudySnapshot | null; ops: Op[] }> {
  const [{ loadSnapshot }, { gradeStore }] = await Promise.all([
    import("@/lib/offline/snapshot-store"),
    import("@/components/offline/grade-store"),
  ]);
  const snapshot = await loadSnapshot(userId).catch(() => null);
  const ops = await gradeStore(userId)
    .then((s) => s.list())
    .catch(() => []);
  return { snapshot, ops };
}
