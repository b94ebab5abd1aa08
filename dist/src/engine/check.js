export const severities = ['error', 'warning', 'info'];
/** The review areas a readiness review walks through; every check belongs to one. */
export const categories = [
    'probes',
    'disruptions',
    'resources',
    'scaling',
    'images',
    'storage',
    'networking',
    'environments',
    'security',
    'correctness',
];
export const podSecurityLevels = ['privileged', 'baseline', 'restricted'];
/** The newest Kubernetes minor version kubeready knows; the default target. */
export const newestKubernetesVersion = '1.35';
export const defaultRunSettings = { podSecurityLevel: 'baseline', kubernetesVersion: newestKubernetesVersion };
/**
 * Memoizes what a check reads out of its options: each run has its own options object, so the answer is
 * worked out once per run instead of once per object, as perScope does for the scope.
 */
export function perOptions(compute) {
    const answers = new WeakMap();
    return (options) => {
        let answer = answers.get(options);
        if (!answer)
            answers.set(options, (answer = { value: compute(options) }));
        return answer.value;
    };
}
export function defineObjectCheck(check) {
    return { ...check, target: 'object' };
}
export function defineEngineCheck(check) {
    return { ...check, target: 'engine' };
}
export function defineSourceCheck(check) {
    return { ...check, target: 'source' };
}
