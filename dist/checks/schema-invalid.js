import { defineObjectCheck } from '../src/engine/check.js';
export default defineObjectCheck({
    meta: {
        id: 'schema-invalid',
        title: 'Field value the Kubernetes API rejects',
        severity: 'error',
        category: 'correctness',
        description: 'Validates each object against the schema of its kind: the bundled schemas of the target Kubernetes ' +
            'release (--kube-version) for built-in kinds, and the openAPIV3Schema of a CustomResourceDefinition found ' +
            'in the input or under --crd for custom resources. Fires on a value of the wrong type, a value outside a ' +
            "closed set, a missing required field, and a custom resource version its definition does not serve. " +
            'Objects whose kind has no known schema are skipped (see schema-missing).',
        risk: 'The API server refuses the whole object: kubectl apply, Helm or the GitOps controller fails at deploy ' +
            'time, often halfway through a release, for a typo such as replicas: "3", a label value written as a ' +
            'number or imagePullPolicy: always. Text templating makes these easy to produce and hard to spot in review.',
        mitigation: 'Give the field the type and value the message names: quote label and annotation values and environment ' +
            'values that look like numbers or booleans, write integers unquoted, use the exact spelling of enumerated ' +
            'values, and add the required fields.',
        example: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: { app: web, version: "1.0" }
spec:
  replicas: 3
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.4.2
          imagePullPolicy: IfNotPresent
          env: [{ name: PORT, value: "8080" }]`,
    },
    check(object, { schemas, report }) {
        const verdict = schemas.validate(object);
        if (!verdict.known)
            return;
        for (const problem of verdict.problems)
            if (problem.kind === 'invalid')
                report({ path: problem.path, message: problem.message });
    },
});
