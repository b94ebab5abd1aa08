import { defineObjectCheck } from '../src/engine/check.js';
import { isBudget } from '../src/model/disruptions.js';
import { isRecord } from '../src/model/kinds.js';
import { findPlaceholder } from '../src/model/placeholder.js';
import { isHorizontalPodAutoscaler } from '../src/model/resources-scaling.js';
export default defineObjectCheck({
    meta: {
        id: 'autoscaling-spec-invalid',
        title: 'Autoscaler or disruption budget the API server rejects',
        severity: 'error',
        category: 'correctness',
        description: 'Fires on a HorizontalPodAutoscaler (any autoscaling version) whose minReplicas is above maxReplicas ' +
            '("must be greater than or equal to `minReplicas`", reported on maxReplicas as the server does), whose ' +
            'maxReplicas is below 1, or whose minReplicas is below 1 (validateHorizontalPodAutoscalerSpec with the ' +
            'lower bound of 1 that the registry uses unless the alpha HPAScaleToZero feature gate is on); and on a ' +
            'PodDisruptionBudget that sets both minAvailable and maxUnavailable ("minAvailable and maxUnavailable ' +
            'cannot be both set", ValidatePodDisruptionBudgetSpec, reported on the second of them), or sets either to ' +
            'a negative number, a percentage above 100%, or a string that is not a percentage such as "1" ' +
            '(ValidatePositiveIntOrPercent, IsNotMoreThan100Percent). Values of the wrong type are left to ' +
            'schema-invalid and placeholders to template-placeholder. hpa-min-replicas-low judges a valid but low ' +
            'minReplicas, and pdb-blocks-eviction a valid budget that allows no eviction.',
        risk: 'kubectl apply, Helm or the GitOps controller fails on the object: the autoscaler or the budget is never ' +
            'created, so the workload runs unscaled or without disruption protection, and a release that includes ' +
            'it fails part-way.',
        mitigation: 'Keep 1 <= minReplicas <= maxReplicas. Give a PodDisruptionBudget one of minAvailable or maxUnavailable, ' +
            'as an integer of 0 or more or a percentage from "0%" to "100%" (quote percentages, not counts).',
        example: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: { name: api }
spec:
  maxUnavailable: 1
  selector:
    matchLabels: { app: api }`,
    },
    kinds: ['HorizontalPodAutoscaler', 'PodDisruptionBudget'],
    check(object, { report }) {
        const spec = object['spec'];
        if (!isRecord(spec))
            return;
        const name = `${object.kind} "${nameOf(object)}"`;
        if (isHorizontalPodAutoscaler(object)) {
            const min = integerOf(spec['minReplicas']);
            const max = integerOf(spec['maxReplicas']);
            if (min !== undefined && min < 1) {
                report({
                    path: ['spec', 'minReplicas'],
                    message: `${name} sets minReplicas ${min}: the server rejects a minReplicas below 1 ("must be greater than or equal to 1") ` +
                        'unless the cluster enables the alpha HPAScaleToZero feature gate.',
                });
            }
            if (max !== undefined && max < 1) {
                report({ path: ['spec', 'maxReplicas'], message: `${name} sets maxReplicas ${max}: the server rejects a maxReplicas below 1 ("must be greater than 0").` });
            }
            else if (min !== undefined && max !== undefined && min > max) {
                report({
                    path: ['spec', 'maxReplicas'],
                    message: `${name} sets maxReplicas ${max} below minReplicas ${min}, which the server rejects ("must be greater than or equal to \`minReplicas\`").`,
                });
            }
            return;
        }
        if (!isBudget(object))
            return;
        const fields = Object.keys(spec).filter((key) => (key === 'minAvailable' || key === 'maxUnavailable') && isSet(spec[key]));
        if (fields.length === 2) {
            const second = fields[1];
            report({
                path: ['spec', second],
                message: `${name} sets both minAvailable (${JSON.stringify(spec['minAvailable'])}) and maxUnavailable ` +
                    `(${JSON.stringify(spec['maxUnavailable'])}): the server rejects it ("minAvailable and maxUnavailable cannot be both set"). Keep one.`,
            });
        }
        for (const field of fields) {
            const problem = intOrPercentProblem(spec[field]);
            if (problem)
                report({ path: ['spec', field], message: `${name} sets ${field} to ${JSON.stringify(spec[field])}: ${problem}` });
        }
    },
});
/** Why the server refuses an int-or-percent budget value; undefined when it accepts it or kubeready cannot tell. */
function intOrPercentProblem(value) {
    if (typeof value === 'number') {
        return Number.isInteger(value) && value < 0 ? 'the server rejects a negative count ("must be greater than or equal to 0").' : undefined;
    }
    if (typeof value !== 'string' || findPlaceholder(value) !== undefined)
        return undefined;
    const percent = /^([0-9]+)%$/.exec(value);
    if (percent) {
        return Number(percent[1]) > 100 ? 'the server rejects a percentage above 100% ("must not be greater than 100%").' : undefined;
    }
    return /^-?[0-9]+$/.test(value)
        ? 'a quoted number is a string to the server, and a string must be a percentage such as "50%", so it rejects the budget. Write the count unquoted.'
        : 'the server accepts only an integer or a percentage such as "50%" here, and rejects the budget.';
}
function integerOf(value) {
    return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}
function isSet(value) {
    return value !== undefined && value !== null;
}
function nameOf(object) {
    const name = object.metadata?.name;
    return typeof name === 'string' ? name : '?';
}
