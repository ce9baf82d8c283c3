import { createEmptyCard, fsrs, Rating as FsrsRating, type Grade, type StepUnit } from "ts-fsrs";
import { fromFsrsCard, toFsrsCard, type CardSnapshot } from "@/lib/srs/snapshot";
import { addDays, localDayKey, startOfLocalDay } from "@/lib/time/local-day";
import { formatInterval } from "@/lib/srs/format";
import { parseWeights } from "@/lib/srs/weights";

/**
 * A pure wrapper around ts-fsrs (FSRS-6: the learner's weights in use, else the defaults). It runs unchanged on the server
 * (authoritative) and in the review page (instant interval previews: ts-fsrs is ~7 kB gzip),
 * so the buttons always show what a grade will actually do.
 */
export type Rating = 1 | 2 | 3 | 4; // Again, Hard, Good, Easy
export const RATINGS: readonly Rating[] = [1, 2, 3, 4];
export const RATING_NAMES = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" } as const;
/** The same four grades as ts-fsrs's enum (whose 0 is "Manual", never a learner's grade). */
const FSRS_GRADE: Record<Rating, Grade> = {
  1: FsrsRating.Again,
  2: FsrsRating.Hard,
  3: FsrsRating.Good,
  4: FsrsRating.Easy,
};

export const RETENTION_MIN = 0.7;
export const RETENTION_MAX = 0.97;
export const DEFAULT_RETENTION = 0.9;

export type SrsSettings = {
  desiredRetention: number;
  /** The learner's IANA zone: day-scale intervals land on local calendar days. */
  timeZone: string;
  learningSteps: StepUnit[];
  relearningSteps: StepUnit[];
  /** FSRS-6 weights fitted for this learner (or offered by a class); null = ts-fsrs's defaults. */
  weights: number[] | null;
};

// Anki's and ts-fsrs's defaults: see a new card again after 1 and 10 minutes; a lapse after 10.
export const LEARNING_STEPS: StepUnit[] = ["1m", "10m"];
export const RELEARNING_STEPS: StepUnit[] = ["10m"];

export function srsSettings(user: {
  desiredRetention: number;
  timeZone: string;
  fsrsWeights?: string | null;
}): SrsSettings {
  const r = Number.isFinite(user.desiredRetention) ? user.desiredRetention : DEFAULT_RETENTION;
  return {
    desiredRetention: Math.min(RETENTION_MAX, Math.max(RETENTION_MIN, r)),
    timeZone: user.timeZone || "UTC",
    learningSteps: LEARNING_STEPS,
    relearningSteps: RELEARNING_STEPS,
    weights: parseWeights(user.fsrsWeights),
  };
}

export type Preview = { rating: Rating; interval: string; after: CardSnapshot };
export type GradeResult = {
  before: CardSnapshot | null;
  after: CardSnapshot;
  /** State before the grade (0 for a new card), kept as a column for statistics. */
  prevState: number;
  elapsedDays: number;
  scheduledDays: number;
};

export type Scheduler = {
  settings: SrsSettings;
  /** What each of the four grades would do now: the interval label and the resulting state. */
  preview(state: CardSnapshot | null, now: Date): Record<Rating, Preview>;
  /** Applies one grade. Pure: the caller stores `after` and keeps `before` for undo. */
  grade(state: CardSnapshot | null, rating: Rating, now: Date): GradeResult;
};

/** ts-fsrs's parameters for these settings (shared with lib/srs/reschedule.ts). */
export function fsrsParams(settings: SrsSettings) {
  // Fuzz off: the interval on the button is exactly the one the grade gives (with nine cards
  // there is no review pile-up for fuzz to spread out).
  return {
    request_retention: settings.desiredRetention,
    enable_fuzz: false,
    enable_short_term: true,
    learning_steps: settings.learningSteps,
    relearning_steps: settings.relearningSteps,
    ...(settings.weights ? { w: settings.weights } : {}),
  };
}

/**
 * Day-scale intervals are counted in the learner's calendar days, so a "1d" card is due
 * tomorrow in their zone even across a daylight-saving change (ts-fsrs adds 24-hour days
 * in UTC, which can land a day late or early in local time). Due is the start of that
 * local day: "due" is decided by the day, not to the second.
 */
export function toLocalDay(after: CardSnapshot, now: Date, timeZone: string): CardSnapshot {
  if (after.scheduledDays < 1) return after;
  const day = addDays(localDayKey(now, timeZone), after.scheduledDays);
  return { ...after, due: startOfLocalDay(day, timeZone).toISOString() };
}

export function createScheduler(settings: SrsSettings): Scheduler {
  const f = fsrs(fsrsParams(settings));
  const card = (state: CardSnapshot | null, now: Date) => (state ? toFsrsCard(state) : createEmptyCard(now));

  return {
    settings,
    preview(state, now) {
      const out = {} as Record<Rating, Preview>;
      const p = f.repeat(card(state, now), now);
      for (const rating of RATINGS) {
        const item = p[FSRS_GRADE[rating]];
        out[rating] = {
          rating,
          interval: formatInterval(item.card.due.getTime() - now.getTime(), item.card.scheduled_days),
          after: toLocalDay(fromFsrsCard(item.card), now, settings.timeZone),
        };
      }
      return out;
    },
    grade(state, rating, now) {
      const { card: next, log } = f.next(card(state, now), now, FSRS_GRADE[rating]);
      const after = toLocalDay(fromFsrsCard(next), now, settings.timeZone);
      return {
        before: state,
        after,
        prevState: state ? state.state : 0,
        elapsedDays: log.elapsed_days, // eslint-disable-line @typescript-eslint/no-deprecated -- ts-fsrs 5 still computes it and ReviewLog keeps it; ts-fsrs 6 drops it
        scheduledDays: next.scheduled_days,
      };
    },
  };
}

/** Undo: the exact state kept before the grade (null = the card becomes new again). */
export function stateToRestore(before: CardSnapshot | null): CardSnapshot | null {
  return before ? { ...before } : null;
}

/** Practice ("practice ahead"/cram) never changes the schedule: the state after is the state before. */
export function practiceGrade(state: CardSnapshot | null): { before: CardSnapshot | null; after: CardSnapshot | null } {
  return { before: state, after: state };
}
