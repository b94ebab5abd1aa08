import { defineObjectCheck } from '../src/engine/check.js';
import { compareVersions, parseMinorVersion } from '../src/model/api-lifecycle.js';
import { isDns1035Label, isDns1123Label, isDns1123Subdomain, isPathSegmentName, labelValueProblem, qualifiedNameProblem, } from '../src/model/k8s-names.js';
import { groupOf, isKind, isRecord, podTemplateOf, workloadKinds } from '../src/model/kinds.js';
import { findPlaceholder, shoutedPlaceholder } from '../src/model/placeholder.js';
/**
 * The name validator each built-in kind's validation passes to ValidateObjectMeta (pkg/apis/<group>/validation).
 * Every other kind, custom resources included, is held to the rule the generic registry applies to all
 * objects (rest.BeforeCreate: path.ValidatePathSegmentName): the most lenient one.
 */
const nameRules = {
    '': {
        Service: 'dns1035Label', // ValidateServiceName = NameIsDNS1035Label
        Namespace: 'dns1123Label', // ValidateNamespaceName = NameIsDNSLabel
        Pod: 'dns1123Subdomain',
        ReplicationController: 'dns1123Subdomain',
        ConfigMap: 'dns1123Subdomain',
        Secret: 'dns1123Subdomain',
        ServiceAccount: 'dns1123Subdomain',
        PersistentVolume: 'dns1123Subdomain',
        PersistentVolumeClaim: 'dns1123Subdomain',
        LimitRange: 'dns1123Subdomain',
        ResourceQuota: 'dns1123Subdomain',
        Endpoints: 'dns1123Subdomain',
        Node: 'dns1123Subdomain',
    },
    apps: {
        Deployment: 'dns1123Subdomain',
        ReplicaSet: 'dns1123Subdomain',
        DaemonSet: 'dns1123Subdomain',
        StatefulSet: 'dns1123Label', // ValidateStatefulSetName = NameIsDNSLabel since 1.26 (kubernetes#114172)
    },
    batch: { Job: 'dns1123Subdomain', CronJob: 'dns1123Subdomain' },
    autoscaling: { HorizontalPodAutoscaler: 'dns1123Subdomain' },
    'networking.k8s.io': { Ingress: 'dns1123Subdomain', IngressClass: 'dns1123Subdomain', NetworkPolicy: 'dns1123Subdomain' },
    'storage.k8s.io': { StorageClass: 'dns1123Subdomain' },
    'scheduling.k8s.io': { PriorityClass: 'dns1123Subdomain' },
};
/** Built-in kinds of the table that live in a namespace: ValidateObjectMeta checks their namespace as a DNS-1123 label. */
const clusterScoped = new Set(['Namespace', 'PersistentVolume', 'Node', 'IngressClass', 'StorageClass', 'PriorityClass']);
const ruleText = {
    dns1035Label: "a DNS-1035 label: lowercase letters, digits and '-', starting with a letter, ending with a letter or digit, 63 characters at most",
    dns1123Label: "a DNS-1123 label: lowercase letters, digits and '-', starting and ending with a letter or digit, 63 characters at most",
    dns1123Subdomain: "a DNS-1123 subdomain: lowercase letters, digits, '-' and '.', each dot-separated part starting and ending with a letter or digit, 253 characters at most",
    pathSegment: "a valid path segment: not '.' or '..', and without '/' or '%'",
};
const statefulSetLabelSince = [1, 26];
// TotalAnnotationSizeLimitB: keys and values together, in bytes.
const annotationSizeLimit = 256 * 1024;
function nameRuleOf(object, settings) {
    const rule = nameRules[groupOf(object)]?.[object.kind];
    if (!rule)
        return { rule: 'pathSegment', builtIn: false };
    if (object.kind === 'StatefulSet') {
        const target = parseMinorVersion(settings.kubernetesVersion);
        if (target && compareVersions(target, statefulSetLabelSince) < 0)
            return { rule: 'dns1123Subdomain', builtIn: true };
    }
    return { rule, builtIn: true };
}
function follows(rule, name) {
    switch (rule) {
        case 'dns1035Label':
            return isDns1035Label(name);
        case 'dns1123Label':
            return isDns1123Label(name);
        case 'dns1123Subdomain':
            return isDns1123Subdomain(name);
        case 'pathSegment':
            return isPathSegmentName(name);
    }
}
function utf8Length(text) {
    return Buffer.byteLength(text, 'utf8');
}
export default defineObjectCheck({
    meta: {
        id: 'metadata-invalid',
        title: 'Name, namespace, label or annotation the API server rejects',
        severity: 'error',
        category: 'correctness',
        description: 'Fires where ValidateObjectMeta (k8s.io/apimachinery/pkg/api/validation) and the kind\'s own name validator ' +
            'reject an object: a metadata.name that is not a DNS-1035 label for a Service (ValidateServiceName), not a ' +
            'DNS-1123 label for a Namespace or (from Kubernetes 1.26) a StatefulSet, not a DNS-1123 subdomain for the other ' +
            'core, apps, batch, autoscaling, networking, storage and scheduling kinds whose validation says so, and for every ' +
            'other kind (RBAC roles and bindings, custom resources) a name that is "." or ".." or holds "/" or "%" ' +
            '(ValidatePathSegmentName, which the API server applies to all objects); a CronJob name over 52 characters ' +
            '(ValidateCronJobCreate) and a Job name over 63 characters unless manualSelector is true (the job-name label ' +
            'the API server adds to its pod template must be a valid label value); a namespace that is not a DNS-1123 ' +
            'label on a namespaced built-in kind; label keys that are not qualified names (optional DNS-1123 subdomain ' +
            'prefix and "/", then 1-63 letters, digits, "-", "_" and ".", alphanumeric at both ends) and label values that ' +
            'are not empty or such a name part (ValidateLabels), on the object and on a built-in workload\'s pod template; ' +
            'annotation keys that are not qualified names once lowercased, and annotations over 256 KiB in total ' +
            '(ValidateAnnotations). Objects without a name (generateName), values holding template placeholders, and ' +
            'values that are not strings (schema-invalid reports those) are left alone.',
        risk: 'The API server refuses the whole object, so kubectl apply, Helm or the GitOps controller fails at deploy time, ' +
            'often halfway through a release. A name that only fails as a DNS label, as a StatefulSet\'s with a dot, ' +
            'would otherwise give pods that can never be created.',
        mitigation: 'Use lowercase letters, digits and "-" in names (and "." where the kind takes a subdomain), start Service names ' +
            'with a letter, keep CronJob names to 52 characters, and keep label values to 63 characters of letters, digits, ' +
            '"-", "_" and "." (Helm charts replace the "+" of a chart version with "_"). Move large data out of annotations ' +
            'into a ConfigMap.',
        example: `apiVersion: v1
kind: Service
metadata:
  name: web-api
  labels:
    app.kubernetes.io/name: web-api
    helm.sh/chart: web-api-1.4.2_build.7
  annotations:
    example.com/owner: platform-team
spec:
  selector: { app.kubernetes.io/name: web-api }
  ports: [{ name: http, port: 80, targetPort: http }]`,
    },
    check(object, { settings, report }) {
        const metadata = object.metadata;
        if (!isRecord(metadata))
            return;
        const kind = object.kind;
        const name = metadata['name'];
        if (typeof name === 'string' && name !== '' && !isPlaceholder(['metadata', 'name'], name)) {
            const { rule, builtIn } = nameRuleOf(object, settings);
            if (!follows(rule, name)) {
                report({
                    path: ['metadata', 'name'],
                    message: `${kind} name ${JSON.stringify(name)} is not ${ruleText[rule]}${builtIn ? '' : ' (the API server\'s rule for every object)'}.`,
                });
            }
            else if (isKind(object, 'CronJob') && name.length > 52) {
                report({
                    path: ['metadata', 'name'],
                    message: `CronJob name ${JSON.stringify(name)} is ${name.length} characters long: the API server takes at most 52 on create, ` +
                        'leaving room for the 11-character suffix of the Jobs it creates.',
                });
            }
            else if (isKind(object, 'Job') && name.length > 63 && !hasManualSelector(object)) {
                report({
                    path: ['metadata', 'name'],
                    message: `Job name ${JSON.stringify(name)} is ${name.length} characters long: the API server adds it as the job-name label ` +
                        'of the pod template, and a label value has 63 characters at most.',
                });
            }
        }
        const namespace = metadata['namespace'];
        if (typeof namespace === 'string' &&
            namespace !== '' &&
            !isPlaceholder(['metadata', 'namespace'], namespace) &&
            nameRuleOf(object, settings).builtIn &&
            !clusterScoped.has(kind) &&
            !isDns1123Label(namespace)) {
            report({ path: ['metadata', 'namespace'], message: `Namespace ${JSON.stringify(namespace)} of ${kind} "${String(name)}" is not ${ruleText.dns1123Label}.` });
        }
        checkLabelsAndAnnotations(metadata, ['metadata'], '', report);
        if (workloadKinds.some((workload) => isKind(object, workload)) && !isKind(object, 'Pod')) {
            const pod = podTemplateOf(object);
            const template = pod ? valueAt(object, pod.metadataPath) : undefined;
            if (pod && isRecord(template))
                checkLabelsAndAnnotations(template, pod.metadataPath, 'pod template ', report);
        }
    },
});
/** `of` is '' for the object's own metadata, 'pod template ' for a workload's template. */
function checkLabelsAndAnnotations(metadata, at, of, report) {
    const Of = of.charAt(0).toUpperCase() + of.slice(1);
    const labels = metadata['labels'];
    if (isRecord(labels)) {
        for (const key of Object.keys(labels)) {
            const value = labels[key];
            if (findPlaceholder(key) !== undefined || (typeof value === 'string' && findPlaceholder(value) !== undefined))
                continue;
            const keyProblem = qualifiedNameProblem(key);
            if (keyProblem) {
                report({ path: [...at, 'labels', key], message: `${Of ? `${Of}label` : 'Label'} key ${JSON.stringify(key)} ${keyProblem}.` });
                continue;
            }
            if (typeof value !== 'string')
                continue;
            const valueProblem = labelValueProblem(value);
            if (valueProblem)
                report({ path: [...at, 'labels', key], message: `Value ${JSON.stringify(value)} of ${of}label "${key}" ${valueProblem}.` });
        }
    }
    const annotations = metadata['annotations'];
    if (!isRecord(annotations))
        return;
    let size = 0;
    for (const key of Object.keys(annotations)) {
        const value = annotations[key];
        size += utf8Length(key) + (typeof value === 'string' ? utf8Length(value) : 0);
        if (findPlaceholder(key) !== undefined)
            continue;
        // ValidateAnnotations lowercases the key before IsQualifiedName.
        const keyProblem = qualifiedNameProblem(key.toLowerCase());
        if (keyProblem)
            report({ path: [...at, 'annotations', key], message: `${Of ? `${Of}annotation` : 'Annotation'} key ${JSON.stringify(key)} ${keyProblem}.` });
    }
    if (size > annotationSizeLimit) {
        report({
            path: [...at, 'annotations'],
            message: `The ${of}annotations take ${size} bytes: the API server accepts at most ${annotationSizeLimit} (256 KiB), keys and values together.`,
        });
    }
}
/** A template placeholder, or a SHOUTED_NAME where only lowercase names go (template-placeholder reports both). */
function isPlaceholder(path, value) {
    return findPlaceholder(value) !== undefined || shoutedPlaceholder(path, value) !== undefined;
}
function hasManualSelector(object) {
    const spec = object['spec'];
    return isRecord(spec) && spec['manualSelector'] === true;
}
function valueAt(object, path) {
    let value = object;
    for (const key of path) {
        if (typeof key === 'number')
            value = Array.isArray(value) ? value[key] : undefined;
        else
            value = isRecord(value) ? value[key] : undefined;
    }
    return value;
}
