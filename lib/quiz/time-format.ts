import { count } from "@/lib/plural";

/**
 * Quiz times shown and entered in the user's own time zone. Instructors type open and close
 * times into <input type="datetime-local"> ("2026-12-01T09:30", no zone): it is read in
 * their zone, DST included, and stored as an instant.
 */
function wallClock(date: Date, timeZone: string) {
  const p: Record<string, number> = {};
  const f = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });
  for (const { type, value } of f.formatToParts(date)) if (type !== "literal") p[type] = Number(value);
  return p as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

const asUtc = (p: ReturnType<typeof wallClock>) => Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);

/** "2026-12-01T09:30" in `timeZone` → the instant; null when the text is not such a value. */
export function localInputToDate(value: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const wanted = Date.UTC(y, mo - 1, d, h, mi);
  if (new Date(wanted).getUTCDate() !== d || h > 23 || mi > 59) return null;
  // Two passes settle the zone offset, even next to a DST change.
  let t = wanted - (asUtc(wallClock(new Date(wanted), timeZone)) - wanted);
  t = wanted - (asUtc(wallClock(new Date(t), timeZone)) - t);
  return new Date(t);
}

/** The instant as a datetime-local value in `timeZone`. */
export function dateToLocalInput(date: Date, timeZone: string): string {
  const p = wallClock(date, timeZone);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

/** "Tue, 1 Dec 2026, 09:30" in the user's zone. */
export function formatWhen(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
}

/** 5400 → "1 h 30 min"; 45 → "45 s" */
export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h) return m ? `${h} h ${m} min` : `${h} h`;
  if (m) return s ? `${m} min ${s} s` : `${m} min`;
  return `${s} s`;
}

/** Minutes left at which a screen reader is told (the visible clock changes every second: too often to announce). */
const MILESTONES_MIN = [10, 5, 1];

/** What the timer's live region says for this much time left: the smallest milestone it is under, or nothing yet. */
export function timeMilestone(msLeft: number | null): string {
  if (msLeft === null) return "";
  if (msLeft <= 0) return "Time is up.";
  const under = MILESTONES_MIN.filter((m) => msLeft <= m * 60_000).at(-1);
  return under === undefined ? "" : `Under ${count(under, "minute", "minutes")} left.`;
}
