import { defineObjectCheck } from '../src/engine/check.js';
import { imageBuildOf } from '../src/model/image-builds.js';
import { containersOf, podTemplateOf, workloadKinds } from '../src/model/kinds.js';
import { containerFieldPath, effectiveRunAs, labelOf, podFieldPath, runsOnWindows } from '../src/model/run-as.js';
export default defineObjectCheck({
    meta: {
        id: 'image-user-mismatch',
        title: 'runAsNonRoot on an image that cannot start under it',
        severity: 'warning',
        category: 'security',
        description: 'For a container whose image the input builds from one of its Dockerfiles (a skaffold.yaml artifact, ' +
            'or the config\'s images: map of image name to Dockerfile), compares the pod\'s runAsNonRoot: true ' +
            'with the user the Dockerfile\'s built stage ends with. When no non-zero runAsUser is set, the kubelet ' +
            'checks the image\'s user before it starts the container, and refuses it when that user is root (no ' +
            'USER, USER root or USER 0: "container has runAsNonRoot and image will run as root") or a name rather ' +
            'than a number (USER app: "image has non-numeric user, cannot verify user is non-root"). A USER set ' +
            'through a variable, and images the input does not build, are left alone.',
        risk: 'The pod never starts: every container creation fails with CreateContainerConfigError, a rollout ' +
            'stalls with the old pods still serving (or none, for a new workload), and the reason shows only in ' +
            'the pod\'s events. It passes every review of the manifest alone, since runAsNonRoot: true is what ' +
            'the review asks for.',
        mitigation: 'End the Dockerfile with USER and a numeric non-root uid (USER 10001, after creating that user), or ' +
            'set runAsUser to that uid in the securityContext beside runAsNonRoot: true.',
        example: `# Dockerfile of registry.example.com/shop/api: ... USER 10001
spec:
  securityContext:
    runAsNonRoot: true
  containers:
    - name: api
      image: registry.example.com/shop/api:1.4.2`,
    },
    kinds: workloadKinds,
    check(object, { report, settings }) {
        if (settings.images === undefined)
            return;
        const pod = podTemplateOf(object);
        if (!pod || runsOnWindows(pod))
            return;
        for (const at of containersOf(pod, ['container', 'initContainer', 'ephemeralContainer'])) {
            const { user, nonRoot } = effectiveRunAs(pod, at);
            // A runAsUser decides the uid whatever the image says (0 is run-as-root's finding).
            if (nonRoot?.value !== true || user !== undefined)
                continue;
            const build = imageBuildOf(settings.images, at.container.image);
            if (!build)
                continue;
            const { user: built } = build;
            const file = `${build.dockerfile}${build.target === undefined ? '' : ` (stage ${build.target})`}`;
            const asked = `${labelOf(at)} ${built.runs === 'root' && built.user === undefined ? 'may not start' : 'cannot start'}: ${nonRoot.from === 'pod' ? 'the pod securityContext sets' : 'it sets'} runAsNonRoot: true and no runAsUser`;
            let message;
            if (built.runs === 'root' && built.user === undefined) {
                const base = built.base ? ` ${built.base}` : '';
                message = `${asked}, and its Dockerfile ${file} sets no USER, so the kubelet refuses it ("container has runAsNonRoot and image will run as root") unless its base image${base} runs as a numeric non-root uid.`;
            }
            else if (built.runs === 'root') {
                message = `${asked}, but its Dockerfile ${file} ends with USER ${built.user ?? 'root'}, so the kubelet refuses it ("container has runAsNonRoot and image will run as root").`;
            }
            else if (built.runs === 'non-root' && !built.numeric) {
                message = `${asked}, and its Dockerfile ${file} names its user (USER ${built.user}) rather than a uid, so the kubelet refuses it ("image has non-numeric user (${built.user}), cannot verify user is non-root").`;
            }
            if (message === undefined)
                continue;
            report({ path: nonRoot.from === 'pod' ? podFieldPath(pod, 'runAsNonRoot') : containerFieldPath(at, 'runAsNonRoot'), message });
        }
    },
});
