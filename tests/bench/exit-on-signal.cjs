// Preloaded (`node -r`) into a server profiled by bench:load (PROFILE_DIR): a signal ends the
// process through process.exit, so `--cpu-prof` writes its profile instead of dying silently.
for (const s of ["SIGINT", "SIGTERM"]) process.on(s, () => process.exit(0));
