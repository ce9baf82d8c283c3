import { z } from "zod";
import { EXPERIMENT_SLUGS } from "@/lib/experiments/catalog";
import type { ExperimentDef, Settings } from "@/lib/experiments/types";

export const BACKEND_CHOICES = ["auto", "webgl", "wasm", "cpu"] as const;
export const backendChoiceSchema = z.enum(BACKEND_CHOICES);

/** One setting from the query string: an integer within the experiment's bounds. */
function settingField(s: ExperimentDef["settings"][number]) {
  return z.coerce
    .number({ error: `${s.label} must be a number.` })
    .int(`${s.label} must be a whole number.`)
    .min(s.min, `${s.label} must be at least ${s.min.toLocaleString("en-US")}.`)
    .max(s.max, `${s.label} must be at most ${s.max.toLocaleString("en-US")}.`);
}

export function settingsSchema(def: ExperimentDef) {
  return z.strictObject(Object.fromEntries(def.settings.map((s) => [s.key, settingField(s)])));
}

/**
 * Settings from a page's query string: each valid value is kept, each invalid one falls
 * back to its default with a message, so a mangled shared link still opens.
 */
export function parseSettingsQuery(
  def: ExperimentDef,
  query: Record<string, string | string[] | undefined>,
): { settings: Settings; problems: string[] } {
  const settings: Record<string, number> = {};
  const problems: string[] = [];
  for (const s of def.settings) {
    const raw = query[s.key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value === "") {
      settings[s.key] = s.default;
      continue;
    }
    const parsed = settingField(s).safeParse(value);
    if (parsed.success) settings[s.key] = parsed.data;
    else {
      settings[s.key] = s.default;
      problems.push(
        `${parsed.error.issues[0]?.message ?? `${s.label} is invalid.`} Using ${s.default.toLocaleString("en-US")}.`,
      );
    }
  }
  return { settings: settings as Settings, problems };
}

const finite = z.number(); // zod 4 refuses Infinity and NaN in every number
const count = z.number().int().nonnegative();

const epochSchema = z.object({
  epoch: count,
  trainLoss: finite,
  trainAcc: finite.min(0).max(1),
  testLoss: finite,
  testAcc: finite.min(0).max(1),
  trainMs: finite.nonnegative(),
});

const quantSchema = z.object({ bytes: count, testAcc: finite.min(0).max(1) });

export const resultsSchema = z.object({
  variants: z
    .array(
      z.object({
        taskId: z.string().min(1).max(40),
        variantId: z.string().min(1).max(40),
        params: count,
        layerParams: z.array(count).max(40),
        weightBytes: count,
        history: z.array(epochSchema).min(1).max(400),
        msPerEpoch: finite.nonnegative(),
        inferUs: finite.nonnegative().optional(),
        quant: z.object({ float16: quantSchema, int8: quantSchema }).optional(),
      }),
    )
    .min(1)
    .max(40),
  env: z
    .object({ backend: z.string().max(20), device: z.string().max(200), timing: z.string().max(200).optional() })
    .optional(),
});

export const experimentRunSchema = z.object({
  id: z.uuid({ error: "The run id must be a UUID." }),
  slug: z.enum(EXPERIMENT_SLUGS as [string, ...string[]], { error: "Unknown experiment." }),
  settings: z.record(z.string().max(40), z.number()),
  backend: z.enum(["webgl", "wasm", "cpu"], { error: "Unknown backend." }),
  results: resultsSchema,
  verdict: z.enum(["supported", "not_supported", "it_depends"]),
  durationMs: z.number().int().min(0).max(3_600_000),
});
export type ExperimentRunInput = z.infer<typeof experimentRunSchema>;
