import { defineRoute } from "@/lib/server/route";
import { undoGrade } from "@/lib/server/study";
import { undoSchema } from "@/lib/validation/study";

/** POST /api/reviews/undo — restores the card state kept before that grade. Safe to repeat. */
export const POST = defineRoute({ input: undoSchema, access: "user" }, (input, actor) => undoGrade(actor, input));
