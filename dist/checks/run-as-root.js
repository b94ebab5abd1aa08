import { defineObjectCheck } from '../src/engine/check.js';
import { containersOf, podTemplateOf, workloadKinds } from '../src/model/kinds.js';
import { canSetAt } from '../src/model/fix-paths.js';
import { describeImageUser, imageBuildOf } from '../src/model/image-builds.js';
import { containerFieldPath, effectiveRunAs, labelOf, labelsOf, podFieldPath, runsOnWindows } from '../src/model/run-as.js';
/**
 * How the container's image decides its user, in the words of a message: from its Dockerfile when the
 * input builds it (and a lower severity when that Dockerfile runs it as non-root), else what most images do.
 */
function imageUserClause(at, images) {
    const build = imageBuildOf(images, at.container.image);
    if (!build)
        return { clause: 'so it runs as the user the image declares, which is root unless the image says otherwise' };
    if (build.user.runs === 'non-root') {
        return { clause: `so it runs as the user its image declares: ${describeImageUser(build)}, which is not root today, but nothing in the manifest keeps a rebuilt image from running as root`, severity: 'info' };
    }
    return { clause: `so it runs as the user its image declares: ${describeImageUser(build)}` };
}
/**
 * runAsNonRoot: true in the pod securityContext, where it makes no container of the pod unable to start:
 * none runs as uid 0, and none is built here from a Dockerfile whose user is root,
 * a name (the kubelet cannot verify it) or a variable, unless it sets a uid of its own.
 */
function nonRootFix(object, pod, images) {
    const path = podFieldPath(pod, 'runAsNonRoot');
    if (!canSetAt(object, path))
        return {};
    for (const at of containersOf(pod, ['container', 'initContainer', 'ephemeralContainer'])) {
        const { user } = effectiveRunAs(pod, at);
        if (user?.value === 0)
            return {};
        const build = imageBuildOf(images, at.container.image);
        if (user === undefined && build && !(build.user.runs === 'non-root' && build.user.numeric))
            return {};
    }
    return { fix: { description: 'set runAsNonRoot: true in the pod securityContext', edits: [{ op: 'set', path, value: true }] } };
}
export default defineObjectCheck({
    meta: {
        id: 'run-as-root',
        title: 'Container may run as root',
        severity: 'warning',
        category: 'security',
        description: 'Works out the runAsUser and runAsNonRoot each container, init container and ephemeral container ends up ' +
            'with (its own securityContext overrides the pod one) and fires when the uid is 0, or when there is ' +
            'neither a non-zero uid nor runAsNonRoot: true. Windows pods (spec.os.name or a kubernetes.io/os ' +
            'nodeSelector) are exempt, since runAsUserName governs them. Applies at every Pod Security level. When ' +
            'the input builds the container\'s image from one of its Dockerfiles (a skaffold.yaml artifact, or the ' +
            'config\'s images: map), the message says who that Dockerfile runs as, and the finding is only info ' +
            'when it ends with a non-root USER.',
        risk: 'A container left to the image user runs as root with most public images. A bug or exploit in the ' +
            'application then owns every file in the container, can install tools, and is one kernel or runtime ' +
            'escape away from root on the node. It also means a later switch to a restricted namespace rejects the ' +
            'pods.',
        mitigation: 'Set runAsNonRoot: true and a non-zero runAsUser (and runAsGroup) in the pod securityContext, and build ' +
            'the image for that uid; override per container only where one needs another uid, never with 0.',
        example: `spec:
  securityContext:
    runAsNonRoot: true
    runAsUser: 10001
    runAsGroup: 10001
  containers:
    - name: api
      image: registry.example.com/api:1.4.2`,
        fix: 'Sets runAsNonRoot: true in the pod securityContext for containers that set neither runAsNonRoot nor ' +
            'runAsUser, so that the kubelet refuses to start them as root. Not where a container of the pod runs ' +
            'as uid 0, or is built here from a Dockerfile whose user is root or a name ' +
            'rather than a uid (the pod would not start); choosing a uid (runAsUser) is left to you.',
    },
    kinds: workloadKinds,
    check(object, { report, settings }) {
        const pod = podTemplateOf(object);
        if (!pod || runsOnWindows(pod))
            return;
        // Containers that inherit a root setting from the pod are reported once, at the pod field.
        const inheritRootUser = [];
        const inheritNonRootFalse = [];
        let podFix;
        for (const at of containersOf(pod, ['container', 'initContainer', 'ephemeralContainer'])) {
            const { user, nonRoot } = effectiveRunAs(pod, at);
            if (user?.value === 0) {
                if (user.from === 'pod') {
                    inheritRootUser.push(at);
                    continue;
                }
                const message = nonRoot?.value === true
                    ? `${labelOf(at)} sets securityContext.runAsUser: 0 (root) while runAsNonRoot: true ${nonRoot.from === 'pod' ? 'comes from the pod' : 'is set too'}, so the kubelet refuses to start it.`
                    : `${labelOf(at)} sets securityContext.runAsUser: 0, so it runs as root.`;
                report({ path: containerFieldPath(at, 'runAsUser'), message });
            }
            else if (user !== undefined || nonRoot?.value === true) {
                continue;
            }
            else if (nonRoot?.from === 'pod') {
                inheritNonRootFalse.push(at);
            }
            else if (nonRoot?.from === 'container') {
                const { clause, severity } = imageUserClause(at, settings.images);
                report({
                    path: containerFieldPath(at, 'runAsNonRoot'),
                    message: `${labelOf(at)} sets securityContext.runAsNonRoot: false and no non-zero runAsUser, ${clause}.`,
                    ...(severity && { severity }),
                });
            }
            else {
                const { clause, severity } = imageUserClause(at, settings.images);
                podFix ??= nonRootFix(object, pod, settings.images);
                report({
                    path: [...at.path, 'securityContext'],
                    message: `${labelOf(at)} sets neither runAsNonRoot: true nor a non-zero runAsUser, and neither does the pod securityContext, ${clause}.`,
                    ...(severity && { severity }),
                    ...podFix,
                });
            }
        }
        if (inheritRootUser.length > 0) {
            const verb = inheritRootUser.length > 1 ? 'do' : 'does';
            report({
                path: podFieldPath(pod, 'runAsUser'),
                message: `The pod securityContext sets runAsUser: 0 (root), and ${labelsOf(inheritRootUser)} ${verb} not override it with a non-zero uid.`,
            });
        }
        if (inheritNonRootFalse.length > 0) {
            const many = inheritNonRootFalse.length > 1;
            report({
                path: podFieldPath(pod, 'runAsNonRoot'),
                message: `The pod securityContext sets runAsNonRoot: false, and ${labelsOf(inheritNonRootFalse)} ${many ? 'set' : 'sets'} no non-zero runAsUser, ` +
                    `so ${many ? 'they run' : 'it runs'} as the user the image declares, which is root unless the image says otherwise.`,
            });
        }
    },
});
