/**
 * The name the app greets someone by: the one they chose, else their full name as they
 * typed it. Never a piece of the full name: "Dr. Ada Demo" is not "Dr.", and in many
 * languages the first word is the family name. Pure.
 */
export function displayName(user: { name: string; preferredName?: string | null }): string {
  return user.preferredName?.trim() || user.name.trim();
}
