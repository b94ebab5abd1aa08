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
 * Sets the budget for this process and its worker threads, unless node's own command line gave one. Only
 * the command line calls it: the library leaves the V8 of the program that imports it alone.
 */
export function raiseInterruptBudget(execArgv: readonly string[] = process.execArgv): boolean {
  if (execArgv.some((arg) => /^--interrupt[-_]budget(?:=|$)/.test(arg))) return false;
  setFlagsFromString(`--interrupt-budget=${interruptBudget}`);
  return true;
}
