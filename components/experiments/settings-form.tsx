import type { BackendChoice, SettingSpec, Settings } from "@/lib/experiments/types";

const BACKENDS: { value: BackendChoice; label: string }[] = [
  { value: "auto", label: "Automatic (WebGL, else Wasm, else CPU)" },
  { value: "webgl", label: "WebGL (GPU)" },
  { value: "wasm", label: "WebAssembly" },
  { value: "cpu", label: "Plain JavaScript (CPU)" },
];

/**
 * A plain GET form: applying it rewrites the URL, so the page (and a shared link)
 * always says exactly which seed and settings produced what is on screen.
 */
export function SettingsForm({
  specs,
  settings,
  backend,
  cardKey,
}: {
  specs: SettingSpec[];
  settings: Settings;
  backend: BackendChoice;
  cardKey: string | null;
}) {
  const input =
    "mt-1 block min-h-11 w-full rounded-lg border border-zinc-300 bg-white px-3 text-base tabular-nums dark:border-zinc-700 dark:bg-zinc-900";
  return (
    <details className="rounded-xl border border-zinc-200 p-3 dark:border-zinc-800">
      <summary className="flex min-h-11 cursor-pointer items-center text-sm font-semibold">
        Settings and seed{" "}
        <span className="ml-2 font-normal text-zinc-500 dark:text-zinc-400">
          seed {settings.seed} ·{" "}
          {specs
            .filter((s) => s.key !== "seed")
            .map((s) => `${s.label.toLowerCase()} ${settings[s.key].toLocaleString("en-US")}`)
            .join(" · ")}
        </span>
      </summary>
      <form method="get" className="mt-2 grid gap-3 sm:grid-cols-2">
        {cardKey ? <input type="hidden" name="card" value={cardKey} /> : null}
        {specs.map((s) => (
          <label key={s.key} className="text-sm">
            <span className="font-medium">{s.label}</span>
            <input
              name={s.key}
              type="number"
              inputMode="numeric"
              min={s.min}
              max={s.max}
              step={1}
              defaultValue={settings[s.key]}
              className={input}
            />
            <span className="mt-1 block text-xs text-zinc-500 dark:text-zinc-400">{s.help}</span>
          </label>
        ))}
        <label className="text-sm">
          <span className="font-medium">Backend</span>
          <select name="backend" defaultValue={backend} className={input}>
            {BACKENDS.map((b) => (
              <option key={b.value} value={b.value}>
                {b.label}
              </option>
            ))}
          </select>
          <span className="mt-1 block text-xs text-zinc-500 dark:text-zinc-400">
            Which TensorFlow.js engine trains the models.
          </span>
        </label>
        <div className="flex items-end">
          <button
            type="submit"
            className="min-h-11 rounded-xl border border-zinc-300 px-4 text-sm font-semibold hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
          >
            Apply settings
          </button>
        </div>
      </form>
    </details>
  );
}
