import { deviceDb } from "@/lib/offline/device-db";
import { asSnapshot, type StudySnapshot } from "@/lib/srs/study-snapshot";

/** The study snapshot on this device (IndexedDB), one per learner who studied here. */
export async function saveSnapshot(snapshot: StudySnapshot): Promise<void> {
  await (await deviceDb()).put("snapshots", snapshot);
}

export async function loadSnapshot(userId: string): Promise<StudySnapshot | null> {
  return asSnapshot(await (await deviceDb()).get("snapshots", userId));
}

/** The cards and states of other learners who studied here leave the device (all, with `keep` null: signed out). Queued grades stay, to be sent at their next sign-in. */
export async function deleteSnapshots(keep: string | null): Promise<void> {
  const tx = (await deviceDb()).transaction("snapshots", "readwrite");
  for (const key of await tx.store.getAllKeys()) if (key !== keep) await tx.store.delete(key);
  await tx.done;
}
