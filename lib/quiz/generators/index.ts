import type { Generator, GeneratedInstance } from "@/lib/quiz/generators/types";
import { mlpParams } from "@/lib/quiz/generators/mlp-params";
import { convVsDense } from "@/lib/quiz/generators/conv-vs-dense";
import { normDropout } from "@/lib/quiz/generators/norm-dropout";
import { bytesGenerator } from "@/lib/quiz/generators/bytes";
import type { GradableQuestion, ShownQuestion } from "@/lib/quiz/question-types";

export type { Generator, GeneratedInstance } from "@/lib/quiz/generators/types";

// A Map, not an object: a generator id from a content file such as "toString" must not find
// something on Object.prototype.
export const GENERATORS: ReadonlyMap<string, Generator> = new Map(
  [mlpParams, convVsDense, normDropout, bytesGenerator].map((g) => [g.id, g]),
);

export function generate(generatorId: string, seed: number): GeneratedInstance {
  const g = GENERATORS.get(generatorId);
  if (!g) throw new Error(`unknown question generator '${generatorId}'`);
  return g.generate(seed);
}

/** A generated instance is graded as a numeric question with the computed answer. */
export function instanceAsQuestion(instance: GeneratedInstance): GradableQuestion {
  return { type: "numeric", unit: instance.unit, tolerance: instance.tolerance, answer: instance.answer };
}

/** What the student sees of an instance while answering: a numeric question, no answer. */
export function instanceAsShown(instance: GeneratedInstance): ShownQuestion {
  return { type: "numeric", unit: instance.unit, tolerance: instance.tolerance };
}

/** Reads a stored instance (AttemptAnswer.instance); throws if it is not one. */
export function parseInstance(json: string | null): GeneratedInstance {
  const v = json ? (JSON.parse(json) as GeneratedInstance) : null;
  if (!v || typeof v.answer !== "number" || typeof v.prompt !== "string" || !v.generator)
    throw new Error("a generated question has no stored instance");
  return v;
}
