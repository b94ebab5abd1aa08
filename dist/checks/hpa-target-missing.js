import { defineObjectCheck } from '../src/engine/check.js';
import { ownEntries, workloadsNamed } from '../src/model/object-index.js';
import { isScaledObject, isHorizontalPodAutoscaler, isVerticalPodAutoscaler, targetRefOf } from '../src/model/resources-scaling.js';
export default defineObjectCheck({
    meta: {
        id: 'hpa-target-missing',
        title: 'Autoscaler target not found',
        severity: 'info',
        category: 'scaling',
        description: 'The scaleTargetRef of a HorizontalPodAutoscaler or KEDA ScaledObject (kind defaults to Deployment), or ' +
            'the targetRef of a VerticalPodAutoscaler, must name an object of that kind and namespace among the linted ' +
            'files. Informational, since the target may be deployed from elsewhere; the message says when an object ' +
            'of that name exists in another namespace or with another kind. ' +
            'Looks for the target in the autoscaler\'s deployment unit and, in a namespace it names, in other units; silent when the unit holds no object of the target\'s kind of its own in that namespace and none of that name anywhere.',
        risk: 'An autoscaler whose target does not exist does nothing: after a rename, or with the kind or namespace ' +
            'wrong, the workload silently stops scaling and runs at whatever replica count it had.',
        mitigation: 'Point scaleTargetRef (targetRef for a VPA) at the workload\'s exact kind and name, and create the ' +
            'autoscaler in the workload\'s namespace; or lint the autoscaler together with the manifests of its target.',
        example: `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: api, namespace: shop }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: api }  # Deployment shop/api is linted too
  minReplicas: 2
  maxReplicas: 10`,
    },
    kinds: ['HorizontalPodAutoscaler', 'ScaledObject', 'VerticalPodAutoscaler'],
    check(object, { ref, index, report }) {
        const vertical = isVerticalPodAutoscaler(object);
        if (!vertical && !isHorizontalPodAutoscaler(object) && !isScaledObject(object))
            return;
        const { ref: targetRef, field } = targetRefOf(object);
        if (typeof targetRef?.['name'] !== 'string' || targetRef['name'] === '') {
            // An old VPA may select its pods with spec.selector instead of a targetRef.
            if (vertical)
                return;
            report({ path: ['spec', field], message: `The ${field} names no target, so this autoscaler scales nothing.` });
            return;
        }
        if (index.target(targetRef, ref.namespace))
            return;
        const name = targetRef['name'];
        const defaulted = typeof targetRef['kind'] !== 'string' || targetRef['kind'] === '';
        const kind = defaulted ? 'Deployment' : String(targetRef['kind']);
        const where = ref.namespace === '' ? 'without a namespace' : `in namespace "${ref.namespace}"`;
        const elsewhere = index.named(kind, name)[0];
        const otherKind = workloadsNamed(index, name, ref.namespace)[0];
        // With nothing of that name elsewhere and no object of that kind of its own in the namespace, the unit
        // cannot tell a missing target from one deployed from another folder or project.
        if (!elsewhere && !otherKind && index.sift(ownEntries, { kind, namespace: ref.namespace })().length === 0)
            return;
        let hint = '';
        if (otherKind)
            hint = ` A ${otherKind.ref.kind} "${name}" is in that namespace: is the kind wrong?`;
        else if (elsewhere && (ref.namespace === '' || elsewhere.ref.namespace === '')) {
            // One of the two leaves the namespace to kubectl: they meet only if it is applied to the other's namespace.
            const there = elsewhere.ref.namespace === '' ? 'without a namespace' : `in namespace "${elsewhere.ref.namespace}"`;
            const shared = ref.namespace === '' ? elsewhere.ref.namespace : ref.namespace;
            hint = ` A ${kind} "${name}" is in the files ${there}: it is the target only if both are applied to namespace "${shared}".`;
        }
        else if (elsewhere) {
            hint = ` A ${kind} "${name}" exists in namespace "${elsewhere.ref.namespace}", but an autoscaler only scales objects of its own namespace.`;
        }
        report({
            path: ['spec', field],
            message: `The ${field} names ${kind} "${name}"${defaulted ? ' (no kind given, so Deployment)' : ''}, which is not among ` +
                `the linted objects ${where}.${hint}`,
        });
    },
});
