/**
 * The Action's inputs (action.yml), as the runner passes them to a JavaScript action: each in the
 * environment variable INPUT_<NAME>, the name upper-cased with its hyphens kept.
 */
export const reports = ['annotations', 'sarif', 'both'];
/** The defaults action.yml declares; also used when the variable is missing or blank (a run outside a runner). */
export const inputDefaults = {
    paths: '.',
    'fail-on': 'warning',
    args: '',
    report: 'annotations',
    'sarif-file': 'kubeready.sarif',
    summary: 'true',
};
export function input(env, name) {
    const value = (env[`INPUT_${name.toUpperCase()}`] ?? '').trim();
    return value === '' ? inputDefaults[name] : value;
}
/** Split on spaces and line breaks; no shell, so no quoting and no globbing. */
export function words(text) {
    return text.split(/\s+/u).filter((word) => word !== '');
}
/** The inputs, or what is wrong with them (a sentence holding the value as given). */
export function readInputs(env) {
    const report = input(env, 'report').toLowerCase();
    if (!reports.includes(report)) {
        return { error: `input report must be one of ${reports.join(', ')} (got "${input(env, 'report')}")` };
    }
    // As @actions/core's getBooleanInput reads a boolean.
    const summary = input(env, 'summary');
    if (!['true', 'True', 'TRUE', 'false', 'False', 'FALSE'].includes(summary)) {
        return { error: `input summary must be true or false (got "${summary}")` };
    }
    return {
        paths: words(input(env, 'paths')),
        failOn: input(env, 'fail-on'),
        args: words(input(env, 'args')),
        report: report,
        sarifFile: input(env, 'sarif-file'),
        summary: summary.toLowerCase() === 'true',
    };
}
/**
 * kubeready's command line. The Action's own formats come first, each with its --output (`-` for
 * stdout), so that a `--format X -o FILE` in args still pairs X with FILE; then fail-on, args, and the
 * paths after `--`.
 */
export function kubereadyArgs(inputs, files) {
    const args = [];
    if (files.sarif !== undefined)
        args.push('--format', 'sarif', '--output', files.sarif);
    if (files.markdown !== undefined)
        args.push('--format', 'markdown', '--output', files.markdown);
    // SARIF alone still lists the findings in the log, as plain text that makes no annotation.
    args.push('--format', inputs.report === 'sarif' ? 'stylish' : 'github', '--output', '-');
    args.push('--fail-on', inputs.failOn, ...inputs.args, '--', ...inputs.paths);
    return args;
}
