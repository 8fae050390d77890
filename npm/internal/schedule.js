// When to check: after a pause that adapts to how long checks take (half the shortest of the
// last five, between `min` and `max` ms: the first checks of a long text, before the engine has
// optimised the code, must not slow the typing that follows; the very first check, which loads
// the WebAssembly and the word lists, does not count), never more than one check in flight, and while the user
// keeps typing at least every `maxWait` (three pauses). What was typed during a check is
// checked as soon as it returns. `hold()` stops checking (an IME composition), `release()`
// resumes.
export function createScheduler(run, { delay = "auto", min = 16, max = 150 } = {}) {
  const samples = [];
  let runs = 0;
  let timer = 0;
  let inFlight = false;
  let dirty = false;
  let held = false;
  let stopped = false;
  let firstEdit = 0; // the oldest edit not yet checked
  let lastEdit = 0;

  const pause = () => {
    if (typeof delay === "number") return delay;
    if (samples.length === 0) return min;
    return Math.round(Math.min(max, Math.max(min, Math.min(...samples) / 2)));
  };

  function arm() {
    clearTimeout(timer);
    const now = performance.now();
    const wait = pause();
    const due = Math.min(lastEdit + wait, firstEdit + Math.max(3 * wait, 60));
    timer = setTimeout(fire, Math.max(0, due - now));
  }

  async function fire() {
    timer = 0;
    if (stopped || held) return;
    if (inFlight) {
      dirty = true;
      return;
    }
    inFlight = true;
    dirty = false;
    firstEdit = 0;
    const t0 = performance.now();
    try {
      await run();
    } finally {
      if (runs++ > 0) samples.push(performance.now() - t0);
      if (samples.length > 5) samples.shift();
      inFlight = false;
      if (dirty && !stopped && !held) arm();
    }
  }

  return {
    /** An edit happened: check after the pause. */
    schedule() {
      if (stopped) return;
      const now = performance.now();
      lastEdit = now;
      if (!firstEdit) firstEdit = now;
      if (inFlight) dirty = true;
      else if (!held) arm();
    },
    /** Check now (the first check, new options). */
    now() {
      if (stopped) return;
      lastEdit = firstEdit = performance.now() - 1e6;
      if (inFlight) dirty = true;
      else arm();
    },
    hold() {
      held = true;
      clearTimeout(timer);
    },
    release() {
      if (!held) return;
      held = false;
      if (firstEdit) {
        if (inFlight) dirty = true;
        else arm();
      }
    },
    /** The current pause, in ms. */
    get delay() {
      return pause();
    },
    get busy() {
      return inFlight;
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
