import { defineObjectCheck } from '../src/engine/check.js';
import { apiVersionOf, lifecycleOf, migrationAdvice, migrationAt, parseMinorVersion, statusAt } from '../src/model/api-lifecycle.js';
import { apiMigrationFix, apiMigrationFixText } from '../src/model/api-migration.js';

export default defineObjectCheck({
  meta: {
    id: 'api-removed',
    title: 'API version no longer served by the target Kubernetes release',
    severity: 'error',
    category: 'correctness',
    description:
      "Looks up each object's apiVersion and kind in the table of Kubernetes' own deprecated API versions " +
      '(from the official Deprecated API Migration Guide) and fires when that version stopped being served at ' +
      'or before the target release (--kube-version, default the newest known). Only the listed kind of that ' +
      'group/version counts; custom resources are never judged.',
    risk:
      'The API server of the target release does not know this apiVersion: kubectl apply, Helm and GitOps ' +
      'controllers fail with "no matches for kind", so the object is never created or updated. Found during a ' +
      'cluster upgrade, it blocks the deploy pipeline or leaves a release half applied, with the old object ' +
      'still running unmanaged.',
    mitigation:
      'Rewrite the manifest for the replacement apiVersion named in the finding (kubectl convert helps) and ' +
      'apply the field changes the migration guide lists for it, such as the Ingress backend rename or the ' +
      'required Deployment selector. For PodSecurityPolicy, move to Pod Security Admission.',
    fix: apiMigrationFixText,
    example: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: { name: web, port: { number: 80 } }`,
  },
  check(object, { settings, report }) {
    const entry = lifecycleOf(object.apiVersion, object.kind);
    if (!entry) return;
    const target = parseMinorVersion(settings.kubernetesVersion);
    if (!target || statusAt(entry, target) !== 'removed') return;
    report({
      path: ['apiVersion'],
      message:
        `${apiVersionOf(entry)} ${entry.kind} was removed in Kubernetes ${entry.removedIn}; ` +
        `${migrationAdvice(migrationAt(entry, target))}.`,
      fix: apiMigrationFix(object, entry, target),
    });
  },
});
