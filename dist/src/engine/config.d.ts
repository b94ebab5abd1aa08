import type { Check, Severity } from './check.js';
/** How a run sets a check: off, a severity, or both severity and options. */
export type CheckSetting = 'off' | Severity | {
    severity?: Severity | 'off';
    options?: Readonly<Record<string, unknown>>;
    fix?: boolean;
};
export type ChecksConfig = Readonly<Record<string, CheckSetting>>;
/** A check as this run uses it: its effective severity and options. */
export interface ConfiguredCheck {
    check: Check;
    /** The severity the run set, which then wins over a report's own; else undefined. */
    severity: Severity | undefined;
    options: unknown;
    /** False when the config turns the check's fixes off (`fix: false`): its findings carry none. */
    fix?: false;
}
export { ConfigError } from './errors.js';
/**
 * Applies the run's settings to the checks: which run, at what severity, with what options (merged
 * over the defaults). Checks off by default run only when a setting names them.
 */
export declare function configureChecks(checks: readonly Check[], config?: ChecksConfig): ConfiguredCheck[];
