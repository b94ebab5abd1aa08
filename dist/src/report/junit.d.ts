import type { LintResult } from '../api.js';
import type { Severity } from '../engine/check.js';
/**
 * JUnit XML for CI test reports: one <testsuite> per file with findings or run errors, one <testcase>
 * per finding (classname = check id), an <error> per run error. A finding fails its testcase when it
 * fails the run (at or above `failOn`, as the exit code judges it); one below passes, its location, risk
 * and mitigation in <system-out>. Not <skipped>: that says a test did not run, which is what the checks
 * the config turned off are (skipped testcases of a suite of their own). A run with neither findings
 * nor errors gets one passing testcase, so the report still shows that kubeready ran.
 */
export declare function formatJunit(result: LintResult, failOn?: Severity): string;
