import { defineObjectCheck } from '../src/engine/check.js';
import { builtInKindsRelease, correctedGroupOf, unservedApiVersion } from '../src/model/built-in-kinds.js';
import { findPlaceholder } from '../src/model/placeholder.js';
export default defineObjectCheck({
    meta: {
        id: 'api-version-unknown',
        title: 'Built-in kind under an apiVersion that does not serve it',
        severity: 'error',
        category: 'correctness',
        description: 'Fires on an object of a kind Kubernetes serves itself (every kind of the bundled schemas) whose apiVersion ' +
            'names a built-in group that has never served that kind, such as `apiVersion: v1` on a Deployment, or a ' +
            'version of the right group that is no Kubernetes version (apps/1). An unknown version of the right group ' +
            '(apps/v1beta3) is judged only when --kube-version is the release of the bundled schemas, the one whose ' +
            'versions kubeready knows in full. Versions Kubernetes served once and stopped serving are api-removed\'s ' +
            'finding (extensions/v1beta1 Deployment is reported there only), an apiVersion that is still a placeholder ' +
            'template-placeholder\'s, and custom resources are never judged: ' +
            'a kind of another group (example.com/v1 Deployment) is not the built-in one. Where exactly one group serves ' +
            'the kind, the other checks review the object as that kind anyway (a Deployment under v1 as apps/v1), ' +
            'so that its other problems show up in the same run; a kind that several groups serve (Event) is not guessed.',
        risk: 'The API server has no such kind at that apiVersion: kubectl apply, Helm and GitOps controllers fail with ' +
            '"no matches for kind", so the object is never created, and whatever depends on it (the Service behind ' +
            'it, the rollout of a release) fails with it. Until then nothing reviews the manifest as the kind it is ' +
            'meant to be.',
        mitigation: 'Write the apiVersion the message names for the kind (apps/v1 for Deployment, StatefulSet, DaemonSet and ' +
            'ReplicaSet; batch/v1 for Job and CronJob; networking.k8s.io/v1 for Ingress and NetworkPolicy). `kubectl ' +
            'api-resources` lists what a cluster serves.',
        example: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.4.2`,
    },
    check(object, { settings, report }) {
        // An apiVersion still to be filled in (${API_VERSION}) is template-placeholder's finding only.
        if (findPlaceholder(object.apiVersion))
            return;
        const unserved = unservedApiVersion(object.apiVersion, object.kind, settings.kubernetesVersion);
        if (!unserved)
            return;
        const { kind, apiVersion } = object;
        const served = unserved.join(' or ');
        const group = correctedGroupOf(apiVersion, kind);
        const reviewed = group !== undefined ? ` The other checks review it as a ${kind} of ${group || 'the core group'}.` : '';
        report({
            path: ['apiVersion'],
            message: `The API server serves no ${kind} in version ${JSON.stringify(apiVersion)} and rejects the object ("no matches for kind"); ` +
                `Kubernetes ${builtInKindsRelease} serves it as ${served}.${reviewed}`,
        });
    },
});
