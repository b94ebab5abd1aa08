import { defineObjectCheck } from '../src/engine/check.js';
export default defineObjectCheck({
    meta: {
        id: 'schema-unknown-field',
        title: 'Field the Kubernetes API does not define',
        severity: 'error',
        category: 'correctness',
        description: 'Validates each object against the schema of its kind, like schema-invalid, and fires on every field the ' +
            'schema does not declare at that place: a misspelled key (resouces), a field at the wrong level ' +
            '(imagePullPolicy on the pod spec instead of the container), or a field newer than the target release. ' +
            'Custom resources are held to their definition, except under x-kubernetes-preserve-unknown-fields.',
        risk: 'The setting silently does nothing. The API server drops unknown fields of built-in kinds (kubectl only ' +
            'warns, or rejects under strict field validation) and prunes those of custom resources, so the limit, ' +
            'probe or security setting the author meant to add never reaches the cluster, and nobody notices until it ' +
            'is needed.',
        mitigation: 'Fix the spelling (the message suggests the nearest known field), move the field to the level the API ' +
            'defines it at, or raise --kube-version when the field is newer than the release you target.',
        example: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
      imagePullPolicy: IfNotPresent
      resources:
        requests: { cpu: 100m, memory: 128Mi }`,
    },
    check(object, { schemas, report }) {
        const verdict = schemas.validate(object);
        if (!verdict.known)
            return;
        for (const problem of verdict.problems)
            if (problem.kind === 'unknown-field')
                report({ path: problem.path, message: problem.message });
    },
});
