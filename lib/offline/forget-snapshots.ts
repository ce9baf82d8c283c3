import { deviceDb } from "@/lib/offline/device-db";

/**
 * The cards and states of other learners who studied here leave the device (all of them, with
 * `keep` null: signed out). Queued grades stay, to be sent at their next sign-in. Its own module
 * (only idb behind it): the layout runs it on every signed-in page, so it must stay tiny.
 */
export async function deleteSnapshots(keep: string | null): Promise<void> {
  const tx = (await deviceDb()).transaction("snapshots", "readwrite");
  for (const key of await tx.store.getAllKeys()) if (key !== keep) await tx.store.delete(key);
  await tx.done;
}
