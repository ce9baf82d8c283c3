"use client";

import { submitKeepingValues } from "@/components/ui/submit-keeping-values";
import { useDeviceTimeZone } from "@/components/ui/client-only";
import { useActionState, useState } from "react";
import { saveStudySettings } from "@/lib/actions/study-settings";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";

type Settings = { desiredRetention: number; newCardsPerDay: number; timeZone: string };

const inputClass =
  "block min-h-11 w-full rounded-xl border border-zinc-300 bg-white px-3 text-base shadow-sm outline-none focus:border-accent-500 focus:ring-2 focus:ring-accent-200 dark:border-zinc-700 dark:bg-zinc-900 dark:focus:ring-accent-700";

export function SettingsForm({ initial, zones }: { initial: Settings; zones: string[] }) {
  const [state, action, pending] = useActionState(saveStudySettings, null);
  const v = state?.values;
  const [retention, setRetention] = useState(Number(v?.desiredRetention ?? initial.desiredRetention));
  const [zone, setZone] = useState(v?.timeZone ?? initial.timeZone);
  const errors = state?.fieldErrors ?? {};
  const device = useDeviceTimeZone(); // "" until hydrated: the server does not know the device's zone
  return (
    <form action={action} onSubmit={submitKeepingValues(action)} className="space-y-6" noValidate>
      <FormError message={state && !state.ok ? state.error : undefined} />
      {state?.ok && state.message ? (
        <p
          role="status"
          className="rounded-xl bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:bg-emerald-950/50 dark:text-emerald-100"
        >
          {state.message}
        </p>
      ) : null}
      <div className="space-y-2">
        <div className="flex items-baseline justify-between">
          <label htmlFor="desiredRetention" className="text-sm font-medium">
            Desired retention
          </label>
          <output
            htmlFor="desiredRetention"
            className="text-lg font-bold tabular-nums text-accent-600 dark:text-accent-400"
          >
            {Math.round(retention * 100)}%
          </output>
        </div>
        <input
          id="desiredRetention"
          name="desiredRetention"
          type="range"
          min={0.7}
          max={0.97}
          step={0.01}
          value={retention}
          onChange={(e) => setRetention(Number(e.target.value))}
          aria-describedby="retention-hint"
          className="h-11 w-full accent-accent-600"
        />
        <div aria-hidden="true" className="-mt-2 flex justify-between text-xs text-zinc-500 dark:text-zinc-400">
          <span>70% · fewer reviews</span>
          <span>97% · more reviews</span>
        </div>
        <p id="retention-hint" className="text-xs text-zinc-500 dark:text-zinc-400">
          The chance you still recall a card when it comes due. Higher means shorter intervals and more reviews; 90% is
          a good balance.
        </p>
        {errors.desiredRetention ? (
          <p role="alert" className="text-sm text-red-600 dark:text-red-400">
            {errors.desiredRetention}
          </p>
        ) : null}
      </div>
      <Field
        label="New cards a day"
        name="newCardsPerDay"
        type="number"
        inputMode="numeric"
        min={0}
        max={500}
        defaultValue={v?.newCardsPerDay ?? initial.newCardsPerDay}
        error={errors.newCardsPerDay}
        hint="How many cards you start each day, at most."
      />
      <div className="space-y-1.5">
        <label htmlFor="timeZone" className="block text-sm font-medium">
          Time zone
        </label>
        <select
          id="timeZone"
          name="timeZone"
          value={zone}
          onChange={(e) => setZone(e.target.value)}
          className={inputClass}
          aria-describedby="tz-hint"
        >
          {(zones.includes(zone) ? zones : [zone, ...zones]).map((z) => (
            <option key={z} value={z}>
              {z.replace(/_/g, " ")}
            </option>
          ))}
        </select>
        <p id="tz-hint" className="text-xs text-zinc-500 dark:text-zinc-400">
          Cards are due by your calendar day here.{" "}
          {device && device !== zone ? (
            <button
              type="button"
              onClick={() => setZone(device)}
              className="font-semibold text-accent-600 underline dark:text-accent-400"
            >
              Use this device’s zone ({device.replace(/_/g, " ")})
            </button>
          ) : null}
        </p>
        {errors.timeZone ? (
          <p role="alert" className="text-sm text-red-600 dark:text-red-400">
            {errors.timeZone}
          </p>
        ) : null}
      </div>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
