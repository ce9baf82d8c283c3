import { createRng } from "@/lib/random";
import { formatCount as fmt } from "@/lib/nn/param-count";
import { mlpWorking, modelList, randomMlp } from "@/lib/quiz/generators/mlp-params";
import type { Generator } from "@/lib/quiz/generators/types";

export const BYTES_PER_PARAM = { float32: 4, float16: 2, int8: 1 } as const;
type Precision = keyof typeof BYTES_PER_PARAM;

/** Size on disk = parameters × bytes per parameter (the deployment card's rule). */
export const bytesGenerator: Generator = {
  id: "bytes",
  title: "Model size in kB at float32, float16 or int8",
  generate(seed) {
    const r = createRng(seed);
    const spec = randomMlp(r, 2);
    const precision = r.pick(Object.keys(BYTES_PER_PARAM) as Precision[]);
    const b = BYTES_PER_PARAM[precision];
    const { total, lines } = mlpWorking(spec);
    const bytes = total * b;
    const kb = bytes / 1000;
    return {
      generator: "bytes",
      seed,
      variant: precision,
      models: { mlp: spec },
      prompt:
        `The weights of this MLP are stored as **${precision}** (${b} byte${b > 1 ? "s" : ""} per parameter). ` +
        `How many **kilobytes** do they take (1 kB = 1,000 bytes)?\n\n${modelList(spec)}`,
      unit: "kB",
      tolerance: { rel: 0.01 },
      answer: kb,
      working: [
        ...lines,
        `Size: ${fmt(total)} × ${b} B = ${fmt(bytes)} B = **${kb.toLocaleString("en-US", { maximumFractionDigits: 3 })} kB**`,
      ],
    };
  },
};
