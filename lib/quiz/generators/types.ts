import type { Tolerance } from "@/lib/quiz/question-types";
import type { ModelSpec } from "@/lib/quiz/generators/model-spec";

/**
 * One student's copy of a generated question: everything needed to show it, grade it and
 * re-derive the grade later. Stored as JSON in AttemptAnswer.instance (server side only).
 */
export type GeneratedInstance = {
  generator: string;
  seed: number;
  /** which question about the model is asked, e.g. "total" or "saving" */
  variant: string;
  /** the models the question is about, so tests can rebuild them in TensorFlow.js */
  models: Record<string, ModelSpec>;
  /** Markdown */
  prompt: string;
  unit?: string;
  tolerance: Tolerance;
  answer: number;
  /** the worked solution, one Markdown line per step; shown only on the result page */
  working: string[];
};

export type Generator = {
  id: string;
  /** what an instructor sees when picking it */
  title: string;
  generate(seed: number): GeneratedInstance;
};
