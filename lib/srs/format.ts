const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const oneDecimal = (v: number) => String(Math.round(v * 10) / 10);

/**
 * A grade button's interval label: "1m", "10m", "3h", "1d", "4d", "2.5mo", "1.2y".
 * Day-scale intervals use ts-fsrs's scheduled days (whole days); shorter ones the time
 * until due, so a learning step reads as its minutes.
 */
export function formatInterval(ms: number, scheduledDays = 0): string {
  if (scheduledDays >= 1) {
    if (scheduledDays < 30) return `${scheduledDays}d`;
    if (scheduledDays < 365) return `${oneDecimal(scheduledDays / 30)}mo`;
    return `${oneDecimal(scheduledDays / 365)}y`;
  }
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))}m`;
  if (ms < 24 * HOUR) return `${Math.round(ms / HOUR)}h`;
  return `${Math.round(ms / (24 * HOUR))}d`;
}

const relativeDays = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

/** "today", "tomorrow", "in 4 days", "5 days ago" between two local day keys' distance (Intl picks the words and plurals). */
export function describeDays(days: number): string {
  return relativeDays.format(days, "day");
}
