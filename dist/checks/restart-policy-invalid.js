import { defineObjectCheck } from '../src/engine/check.js';
import { isKind, isRecord, podTemplateOf } from '../src/model/kinds.js';
const longRunningKinds = ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'ReplicationController'];
export default defineObjectCheck({
    meta: {
        id: 'restart-policy-invalid',
        title: 'Pod restartPolicy the API server rejects for the workload kind',
        severity: 'error',
        category: 'correctness',
        description: 'Fires on a pod template restartPolicy the API server refuses for its controller. Deployments, ' +
            'ReplicaSets, StatefulSets, DaemonSets, ReplicationControllers and OpenShift DeploymentConfigs accept only ' +
            'Always (ValidatePodTemplateSpecForReplicaSet, ValidatePodTemplateSpecForStatefulSet, ValidateDaemonSetSpec, ' +
            'ValidatePodTemplateSpecForRC: "Unsupported value ... supported values: Always"), so OnFailure or Never is ' +
            'reported; unset is fine, it defaults to Always. A Job, and the job template of a CronJob, accepts only ' +
            'OnFailure or Never (validateJobSpec in pkg/apis/batch/validation), so Always is reported and so is an ' +
            'unset restartPolicy, which the pod defaults turn into Always before validation ("Required value: valid ' +
            'values: OnFailure, Never"); with a podFailurePolicy only Never is accepted. Values outside Always, ' +
            'OnFailure and Never are left to schema-invalid, and a bare Pod takes all three.',
        risk: 'kubectl apply, Helm or the GitOps controller fails on the object, so the workload or the Job is never ' +
            'created (a Helm hook Job that is refused fails the whole release).',
        mitigation: 'Remove restartPolicy from the pod template of a Deployment, StatefulSet, DaemonSet or ReplicaSet (the ' +
            'controller replaces pods that exit anyway). In a Job or CronJob set restartPolicy: Never (a new pod per ' +
            'retry, counted against backoffLimit; required with a podFailurePolicy) or OnFailure (the container ' +
            'restarts in place).',
        example: `apiVersion: batch/v1
kind: Job
metadata: { name: migrate }
spec:
  backoffLimit: 3
  template:
    spec:
      restartPolicy: Never
      containers: [{ name: migrate, image: registry.example.com/migrate:1.4.2 }]`,
    },
    kinds: [...longRunningKinds, 'Job', 'CronJob', 'DeploymentConfig'],
    check(object, { report }) {
        const name = `${object.kind} "${nameOf(object)}"`;
        if (isKind(object, 'Job') || isKind(object, 'CronJob')) {
            const pod = podTemplateOf(object);
            if (!pod)
                return;
            const jobSpec = isKind(object, 'Job') ? object['spec'] : jobSpecOfCronJob(object);
            const podFailurePolicy = isRecord(jobSpec) ? jobSpec['podFailurePolicy'] : undefined;
            const where = isKind(object, 'Job') ? 'its pod template' : 'its job template';
            const value = pod.spec['restartPolicy'];
            const path = [...pod.path, 'restartPolicy'];
            if (value === undefined || value === null || value === '') {
                // A template without a container image is a fragment (a kustomize patch, a partial example), not a
                // Job to create.
                const containers = pod.spec['containers'];
                if (!Array.isArray(containers) || !containers.some((c) => isRecord(c) && typeof c['image'] === 'string'))
                    return;
                report({
                    path,
                    message: `${name} leaves restartPolicy unset in ${where}: it defaults to Always, which the server rejects for a Job ` +
                        '(Required value: OnFailure or Never). Set restartPolicy: Never or OnFailure.',
                });
            }
            else if (value === 'Always') {
                report({
                    path,
                    message: `${name} sets restartPolicy: Always in ${where}, which the server rejects for a Job: only OnFailure or Never are supported.`,
                });
            }
            else if (value === 'OnFailure' && podFailurePolicy !== undefined && podFailurePolicy !== null) {
                report({
                    path,
                    message: `${name} sets restartPolicy: OnFailure together with a podFailurePolicy, which the server rejects: only Never is supported with a podFailurePolicy.`,
                });
            }
            return;
        }
        const spec = podSpecOf(object);
        if (!spec)
            return;
        const value = spec.spec['restartPolicy'];
        if (value !== 'OnFailure' && value !== 'Never')
            return;
        report({
            path: [...spec.path, 'restartPolicy'],
            message: `${name} sets restartPolicy: ${value} in its pod template, which the server rejects: a ${object.kind} accepts only ` +
                'Always (its controller replaces pods that exit). Remove the field.',
        });
    },
});
/** The pod spec of a long-running controller: a built-in one, or an OpenShift DeploymentConfig. */
function podSpecOf(object) {
    if (longRunningKinds.some((kind) => isKind(object, kind))) {
        const pod = podTemplateOf(object);
        return pod ? { spec: pod.spec, path: pod.path } : undefined;
    }
    // OpenShift validates a DeploymentConfig's template with ValidatePodTemplateSpecForRC.
    if (object.kind !== 'DeploymentConfig' || (object.apiVersion !== 'apps.openshift.io/v1' && object.apiVersion !== 'v1'))
        return undefined;
    const spec = object['spec'];
    const template = isRecord(spec) ? spec['template'] : undefined;
    const podSpec = isRecord(template) ? template['spec'] : undefined;
    return isRecord(podSpec) ? { spec: podSpec, path: ['spec', 'template', 'spec'] } : undefined;
}
function jobSpecOfCronJob(object) {
    const spec = object['spec'];
    const jobTemplate = isRecord(spec) ? spec['jobTemplate'] : undefined;
    return isRecord(jobTemplate) ? jobTemplate['spec'] : undefined;
}
function nameOf(object) {
    const name = object.metadata?.name;
    return typeof name === 'string' ? name : '?';
}
