import type { Check, Severity } from './check.js';
import { severities } from './check.js';

/** How a run sets a check: off, a severity, or both severity and options. */
export type CheckSetting = 'off' | Severity | { severity?: Severity | 'off'; options?: Readonly<Record<string, unknown>>; fix?: boolean };
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
import { ConfigError } from './errors.js';

/**
 * Applies the run's settings to the checks: which run, at what severity, with what options (merged
 * over the defaults). Checks off by default run only when a setting names them.
 */
export function configureChecks(checks: readonly Check[], config: ChecksConfig = {}): ConfiguredCheck[] {
  const known = new Set(checks.map((check) => check.meta.id));
  for (const id of Object.keys(config)) {
    if (!known.has(id)) throw new ConfigError(`unknown check "${id}" (see kubeready --list-checks)`);
  }
  const configured: ConfiguredCheck[] = [];
  for (const check of checks) {
    const setting = config[check.meta.id];
    const chosen = typeof setting === 'string' ? setting : setting?.severity;
    if (chosen === 'off' || (chosen === undefined && setting === undefined && check.meta.enabledByDefault === false)) continue;
    if (chosen !== undefined && !severities.includes(chosen)) {
      throw new ConfigError(`check "${check.meta.id}": severity must be off, ${severities.join(', ')} (got "${String(chosen)}")`);
    }
    const options = typeof setting === 'object' ? setting.options : undefined;
    configured.push({
      check,
      severity: chosen,
      options: check.options ? { ...(check.options.defaults as object), ...options } : {},
      ...(typeof setting === 'object' && setting.fix === false && { fix: false as const }),
    });
  }
  return configured;
}
