import { defineObjectCheck } from '../src/engine/check.js';
import { canSetAt } from '../src/model/fix-paths.js';
import { containerLabel, containersOf, podTemplateOf, workloadKinds } from '../src/model/kinds.js';
import { containerFieldPath, labelOf, runsOnWindows, securityContextOf, shownBoolean } from '../src/model/run-as.js';
export default defineObjectCheck({
    meta: {
        id: 'readonly-root-fs-missing',
        title: 'Container with a writable root filesystem',
        severity: 'info',
        category: 'security',
        description: 'Every container and init container must set securityContext.readOnlyRootFilesystem: true (there is no ' +
            'pod-level default). Ephemeral debug containers are left out, and so are Windows pods (spec.os.name or ' +
            'a kubernetes.io/os nodeSelector), where the field cannot be set.',
        risk: 'With a writable root filesystem an attacker who gets code execution can drop binaries, alter the ' +
            'application or its configuration in place, and keep that foothold for the life of the container. ' +
            'Writes to the container layer also go to node disk outside any volume limit and vanish on restart, ' +
            'which hides both tampering and data the application meant to keep.',
        mitigation: 'Set readOnlyRootFilesystem: true on every container, and mount an emptyDir (with a sizeLimit) on the ' +
            'paths the application must write to, such as /tmp or a cache directory.',
        example: `spec:
  containers:
    - name: api
      image: registry.example.com/api:1.4.2
      securityContext:
        readOnlyRootFilesystem: true
      volumeMounts:
        - { name: tmp, mountPath: /tmp }
  volumes:
    - name: tmp
      emptyDir: { sizeLimit: 64Mi }`,
        fix: 'Sets securityContext.readOnlyRootFilesystem: true on each container that leaves it unset (one that sets ' +
            'false says it writes there, and is left to you). An application that writes outside its volumes then ' +
            'fails on those writes: mount an emptyDir where it needs to write.',
    },
    kinds: workloadKinds,
    check(object, { report }) {
        const pod = podTemplateOf(object);
        if (!pod || runsOnWindows(pod))
            return;
        for (const at of containersOf(pod, ['container', 'initContainer'])) {
            const value = securityContextOf(at)?.['readOnlyRootFilesystem'];
            if (value === true)
                continue;
            const path = containerFieldPath(at, 'readOnlyRootFilesystem');
            const fixable = value !== false && canSetAt(object, path);
            report({
                path,
                ...(fixable && { fix: { description: `set readOnlyRootFilesystem: true in the securityContext of ${containerLabel(at)}`, edits: [{ op: 'set', path, value: true }] } }),
                message: value === undefined || value === null
                    ? `${labelOf(at)} does not set securityContext.readOnlyRootFilesystem: true, so its root filesystem is writable.`
                    : `${labelOf(at)} sets securityContext.readOnlyRootFilesystem: ${shownBoolean(value)}, so its root filesystem is writable.`,
            });
        }
    },
});
