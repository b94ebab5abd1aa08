import { defineObjectCheck, newestKubernetesVersion } from '../src/engine/check.js';
import {
  apiVersionOf,
  compareVersions,
  lifecycleOf,
  migrationAdvice,
  migrationAt,
  parseMinorVersion,
  statusAt,
} from '../src/model/api-lifecycle.js';
import { apiMigrationFix, apiMigrationFixText } from '../src/model/api-migration.js';

export default defineObjectCheck({
  meta: {
    id: 'api-deprecated',
    title: 'Deprecated API version',
    severity: 'warning',
    category: 'correctness',
    description:
      "Looks up each object's apiVersion and kind in the table of Kubernetes' own deprecated API versions " +
      '(from the official Deprecated API Migration Guide) and fires when that version is deprecated at the ' +
      'target release (--kube-version, default the newest known) but still served there. Versions already ' +
      'removed at the target are reported by api-removed instead.',
    risk:
      'The manifest still applies today, but a later upgrade stops serving this apiVersion and every apply ' +
      'of it then fails. Left until the upgrade, the migration lands under time pressure, together with the ' +
      'field and default changes the new version brings (selectors, backend names, defaulted strategies).',
    mitigation:
      'Move the manifest to the replacement apiVersion named in the finding now, while both versions are ' +
      'served and the change can be rolled out and checked on its own.',
    fix: apiMigrationFixText,
    example: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: api
spec:
  minAvailable: 1
  selector:
    matchLabels: { app: api }`,
  },
  check(object, { settings, report }) {
    const entry = lifecycleOf(object.apiVersion, object.kind);
    if (!entry) return;
    const target = parseMinorVersion(settings.kubernetesVersion);
    if (!target || statusAt(entry, target) !== 'deprecated') return;
    const removedIn = parseMinorVersion(entry.removedIn);
    const newest = parseMinorVersion(newestKubernetesVersion);
    // A removal after the newest release kubeready knows is the plan of the type's lifecycle, not history.
    const planned = removedIn && newest && compareVersions(removedIn, newest) > 0;
    const removal = removedIn ? ` and ${planned ? 'scheduled for removal' : 'removed'} in ${entry.removedIn}` : '';
    report({
      path: ['apiVersion'],
      message:
        `${apiVersionOf(entry)} ${entry.kind} is deprecated since ${entry.deprecatedIn}${removal}; ` +
        `${migrationAdvice(migrationAt(entry, target))}.`,
      fix: apiMigrationFix(object, entry, target),
    });
  },
});
