import { deviceDb } from "@/lib/offline/device-db";

/**
 * Who is signed in on this device, as the pages last said. The service worker's background
 * sync sends a learner's queued grades only while that learner is the one signed in, so grades
 * never reach the server under someone else's session.
 */
export async function setSignedIn(userId: string | null): Promise<void> {
  await (await deviceDb()).put("meta", { key: "signed-in", value: userId });
}

export async function signedIn(): Promise<string | null> {
  const row = await (await deviceDb()).get("meta", "signed-in");
  return typeof row?.value === "string" ? row.value : null;
}
