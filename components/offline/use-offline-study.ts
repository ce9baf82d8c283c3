"use client";

import { useEffect, useState } from "react";
import type { StudySnapshot } from "@/lib/srs/study-snapshot";
import type { Op } from "@/lib/srs/grade-outbox";

export type OfflineStudy = { snapshot: StudySnapshot | null; ops: Op[] };

/** The device's snapshot and waiting grades, read once when the offline page opens (undefined while reading). */
export function useOfflineStudy(userId: string): OfflineStudy | undefined {
  const [data, setData] = useState<OfflineStudy>();
  useEffect(() => {
    let live = true;
    void import("@/components/offline/snapshot-sync")
      .then((m) => m.loadOfflineStudy(userId))
      .catch(() => ({ snapshot: null, ops: [] }))
      .then((d) => live && setData(d));
    return () => {
      live = false;
    };
  }, [userId]);
  return data;
}
