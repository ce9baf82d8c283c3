/** Default settings of an experiment, and the settings Node tests use. Pure. */
import type { ExperimentDef, Settings } from "@/lib/experiments/types";

export function defaultSettings(def: ExperimentDef): Settings {
  return Object.fromEntries(def.settings.map((s) => [s.key, s.default])) as Settings;
}

export function testSettings(def: ExperimentDef): Settings {
  return { ...defaultSettings(def), ...(def.testSettings ?? {}) };
}
