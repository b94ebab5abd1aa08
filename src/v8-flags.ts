import { setFlagsFromString } from 'node:v8';

/**
 * How much bytecode a function runs before V8 considers optimising it: 512 KiB, eight times Node 20's
 * default (66 KiB; 132 KiB from Node 22). The default suits programs that run for minutes; a lint is over
 * in a second or two, and much of what V8's optimising compiler did on its background threads for one was
 * never paid back. On the real corpus this budget took a cold lint's CPU to 0.82x at 0.96x the wall time,
 * and 0.85x the CPU at 1.03x the wall on the synthetic monorepo (docs/performance.md, "Issue 23, third pass").
 */
export const interruptBudget = 512 * 1024;

/**
 * How far V8 lets the heap grow past what was live at its last full collection before the next: 100%, that
 * is twice. V8 picks between 1.1 and 4 times from how fast its collector runs, and for a lint, whose parsed
 * repository stays live to the end while the checks make short-lived garbage, it picked 4: the peak was
 * up to four times the live heap, and where it fell depended on where the last full collection happened to
 * land (a change that made the live heap 10% smaller raised the 8x monorepo's peak by 15%). At twice, peak
 * RSS fell 13%, 12%, 22% and 20% on the 1x, 2x, 4x and 8x synthetic monorepos, for 1% to 5% more CPU
 * (docs/performance.md, "Issue 23, fourth pass").
 */
export const heapGrowingPercent = 100;

/**
 * How far the heap grows past what was live once a run reads this many characters of plain files or more:
 * 30%. Such a run's parsed repository is most of its live heap, and at twice the peak RSS is twice it (the
 * 8x synthetic monorepo: 497 MB live after the parse, 1,265 MB peak). At 30% the 4x and 8x monorepos peaked
 * at 505 and 883 MB instead of 683 and 1,265 MB, for 1.14x the CPU; below this size the run keeps 100%
 * (docs/performance.md, "Issue 23, fifth pass").
 */
export const largeInputCharacters = 32 * 1024 * 1024;
export const largeInputHeapGrowingPercent = 30;

/** The V8 settings the command line runs with: each set unless node's own command line gives it. */
export const commandLineV8Flags: readonly { name: string; value: number }[] = [
  { name: 'interrupt-budget', value: interruptBudget },
  { name: 'heap-growing-percent', value: heapGrowingPercent },
];

/**
 * Sets the command line's V8 settings for this process and its worker threads; returns the names of those
 * set. Only the command line calls it: the library leaves the V8 of the program that imports it alone.
 */
export function setV8Flags(execArgv: readonly string[] = process.execArgv): string[] {
  const set: string[] = [];
  const given = givenFlags(execArgv);
  for (const { name, value } of commandLineV8Flags) {
    if (given.has(`--${name}`)) continue;
    setFlagsFromString(`--${name}=${value}`);
    set.push(name);
  }
  return set;
}

/**
 * Told the characters a run is about to parse (LintOptions.onInput), lets the heap grow 30% past what was
 * live, not 100%, when they are largeInputCharacters or more; true when it did. The command line's, as
 * setV8Flags is, and node's own --heap-growing-percent wins here too.
 */
export function setHeapGrowthFor(characters: number, execArgv: readonly string[] = process.execArgv): boolean {
  if (characters < largeInputCharacters || givenFlags(execArgv).has('--heap-growing-percent')) return false;
  setFlagsFromString(`--heap-growing-percent=${largeInputHeapGrowingPercent}`);
  return true;
}

/** The V8 flags node's own command line gives, by name; V8 reads `-` and `_` alike in one. */
function givenFlags(execArgv: readonly string[]): Set<string> {
  return new Set(execArgv.map((arg) => (arg.split('=')[0] ?? '').replaceAll('_', '-')));
}
