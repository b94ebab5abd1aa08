/** A finding with plausible defaults; tests override what they look at. */
export function finding(overrides) {
    return {
        checkId: 'run-as-root',
        severity: 'warning',
        message: 'a message',
        file: 'deploy/app.yaml',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 2,
        exact: true,
        approximate: false,
        object: { apiVersion: 'v1', kind: 'Pod', namespace: 'default', name: 'app' },
        path: 'spec',
        risk: 'risk',
        mitigation: 'mitigation',
        ...overrides,
    };
}
/** A lint result holding these findings, its summary counted from them. */
export function resultOf(findings, extra = {}) {
    const summary = { files: 1, objects: 1, error: 0, warning: 0, info: 0, suppressed: 0 };
    for (const f of findings)
        summary[f.severity]++;
    return { findings, suppressed: [], errors: [], summary, ...extra };
}
