import { severities } from './check.js';
export { ConfigError } from './errors.js';
import { ConfigError } from './errors.js';
/**
 * Applies the run's settings to the checks: which run, at what severity, with what options (merged
 * over the defaults). Checks off by default run only when a setting names them.
 */
export function configureChecks(checks, config = {}) {
    const known = new Set(checks.map((check) => check.meta.id));
    for (const id of Object.keys(config)) {
        if (!known.has(id))
            throw new ConfigError(`unknown check "${id}" (see kubeready --list-checks)`);
    }
    const configured = [];
    for (const check of checks) {
        const setting = config[check.meta.id];
        const chosen = typeof setting === 'string' ? setting : setting?.severity;
        if (chosen === 'off' || (chosen === undefined && setting === undefined && check.meta.enabledByDefault === false))
            continue;
        if (chosen !== undefined && !severities.includes(chosen)) {
            throw new ConfigError(`check "${check.meta.id}": severity must be off, ${severities.join(', ')} (got "${String(chosen)}")`);
        }
        const options = typeof setting === 'object' ? setting.options : undefined;
        configured.push({
            check,
            severity: chosen,
            options: check.options ? { ...check.options.defaults, ...options } : {},
            ...(typeof setting === 'object' && setting.fix === false && { fix: false }),
        });
    }
    return configured;
}
