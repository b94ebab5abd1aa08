import { defineObjectCheck } from '../src/engine/check.js';
import { lifecycleOf } from '../src/model/api-lifecycle.js';
import { unservedApiVersion } from '../src/model/built-in-kinds.js';
export default defineObjectCheck({
    meta: {
        id: 'schema-missing',
        title: 'Kind without a known schema',
        severity: 'warning',
        category: 'correctness',
        description: 'Off unless --strict-kinds is given (or the check is enabled in the config). Fires on an object whose kind ' +
            'kubeready has no schema for: a custom resource whose CustomResourceDefinition is neither in the input ' +
            'nor under --crd, or a built-in kind newer than the bundled schemas. API versions that the target release ' +
            'no longer serves are left to api-removed, and apiVersions that do not serve a built-in kind to api-version-unknown.',
        risk: 'Nothing about the object is validated: a typo in its fields or a wrong kind name reaches the cluster ' +
            'unnoticed, and a kind whose definition is not installed fails at deploy time with "no matches for kind".',
        mitigation: 'Pass the CustomResourceDefinitions the manifests rely on with --crd (files or folders, for example the ' +
            "CRDs of the operators you install), or keep them in the linted folders; check the kind's spelling.",
        example: `# kubeready --strict-kinds --crd crds/ deploy/
apiVersion: example.com/v1
kind: Widget
metadata:
  name: demo
spec:
  size: 3`,
        enabledByDefault: false,
    },
    check(object, { schemas, settings, report }) {
        const verdict = schemas.validate(object);
        if (verdict.known || lifecycleOf(object.apiVersion, object.kind))
            return;
        if (unservedApiVersion(object.apiVersion, object.kind, settings.kubernetesVersion))
            return;
        report({ path: ['kind'], message: `No schema for ${object.apiVersion} ${object.kind}: ${verdict.reason}.` });
    },
});
