import { z } from "zod";

/** What the app calls you. Empty clears it (the full name is used). */
export const preferredNameSchema = z.object({
  preferredName: z.string({ error: "Enter a name, or leave it empty." }).trim().max(40, "Keep it under 40 characters."),
});
export type PreferredNameInput = z.infer<typeof preferredNameSchema>;
