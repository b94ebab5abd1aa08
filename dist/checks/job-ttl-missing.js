import { defineObjectCheck } from '../src/engine/check.js';
import { isKind, isRecord } from '../src/model/kinds.js';
/** Annotations of deploy tools that delete the Jobs they run as hooks (Helm's default policy is before-hook-creation). */
const hookAnnotations = ['helm.sh/hook', 'argocd.argoproj.io/hook'];
export default defineObjectCheck({
    meta: {
        id: 'job-ttl-missing',
        title: 'Standalone Job that is never cleaned up',
        severity: 'info',
        category: 'resources',
        description: 'Fires on a batch/v1 Job written as a manifest of its own (not the jobTemplate of a CronJob, and with no ' +
            'ownerReferences) that sets no spec.ttlSecondsAfterFinished. Jobs that a deploy tool deletes itself are ' +
            'left alone: Helm hooks (helm.sh/hook, whose default hook-delete-policy is before-hook-creation) and Argo CD ' +
            'hooks (argocd.argoproj.io/hook, whose default policy in gitops-engine\'s DeletePolicies is BeforeHookCreation ' +
            'too). CronJobs are not concerned: their history limits clean up the Jobs they ' +
            'create. From kube-linter\'s job-ttl-seconds-after-finished.',
        risk: 'Without a TTL the finished Job and its pods stay in the cluster until someone deletes them: they count ' +
            'against the namespace\'s object quota, their pods keep logs and IP-less sandboxes around, and every listing ' +
            'and controller resync walks over them. A Job run often (a migration per release) leaves one more each time.',
        mitigation: 'Set spec.ttlSecondsAfterFinished (for example 86400, a day to read the logs), so that the TTL controller ' +
            'deletes the Job and its pods once it has finished. Where a GitOps tool applies the Job, deleting it makes ' +
            'the tool create and run it again: run it as a hook of that tool instead (Argo CD hook with a ' +
            'hook-delete-policy, a Helm hook), which deletes it on its own terms.',
        example: `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  ttlSecondsAfterFinished: 86400
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: registry.example.com/migrate:1.4.2`,
    },
    kinds: ['Job'],
    check(object, { ref, report }) {
        if (!isKind(object, 'Job'))
            return;
        const spec = object['spec'];
        if (!isRecord(spec))
            return;
        const ttl = spec['ttlSecondsAfterFinished'];
        if (ttl !== undefined && ttl !== null)
            return;
        const owners = object.metadata?.ownerReferences;
        if (Array.isArray(owners) && owners.length > 0)
            return;
        const annotations = object.metadata?.annotations;
        if (isRecord(annotations) && hookAnnotations.some((key) => annotations[key] !== undefined && annotations[key] !== null))
            return;
        report({
            path: ['spec'],
            message: `Job "${ref.name || '?'}" sets no spec.ttlSecondsAfterFinished: once finished, it and its pods stay in the cluster until someone deletes them.`,
        });
    },
});
