import { choiceDataSchema } from "@/lib/quiz/question-types";

/**
 * Random guess score: the mark, as a share of the item's marks, that a student who guesses
 * blindly gets on average. Moodle's quiz statistics print it beside the facility index, so a
 * facility near it says "as good as guessing". Moodle's question types define it
 * (question/type/<type>/questiontype.php, get_random_guess_score):
 * - single choice: the mean fraction over the options (multichoice, single) — here one
 *   option is right and worth 1, so 1 / number of options;
 * - multiple choice: not estimated (Moodle: "pretty much impossible to compute for _multi
 *   questions", null) — shown as a dash;
 * - typed answers (numeric, short text, generated numbers): 0, as for Moodle's numerical and
 *   short answer types without a "*" catch-all answer (we have none);
 * - ordering: Moodle's ordering type keeps the base class's 0, which fits all-or-nothing
 *   grading; ours gives credit per pair in the right relative order (Kendall), and a blind
 *   order gets each pair right with probability ½, so the expected score is exactly ½.
 * Pure; the answer column is never needed (nothing here depends on which option is right).
 */
export function randomGuessScore(type: string, data: string): number | null {
  switch (type) {
    case "single": {
      const parsed = choiceDataSchema.safeParse(safeJson(data));
      return parsed.success ? 1 / parsed.data.options.length : null;
    }
    case "multiple":
      return null;
    case "ordering":
      return 0.5;
    case "numeric":
    case "text":
    case "generated":
      return 0;
    default:
      return null;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
