import { deviceDb } from "@/lib/offline/device-db";
import { asSnapshot, type StudySnapshot } from "@/lib/srs/study-snapshot";

/** The study snapshot on this device (IndexedDB), one per learner who studied here. */
export async function saveSnapshot(snapshot: StudySnapshot): Promise<void> {
  await (await deviceDb()).put("snapshots", snapshot);
}

export async function loadSnapshot(userId: string): Promise<StudySnapshot | null> {
  return asSnapshot(await (await deviceDb()).get("snapshots", userId));
}
