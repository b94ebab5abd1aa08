import { podSecurityLevels, severities } from '../engine/check.js';
export const optionShortcuts = [
    { path: ['nodeProfiles'], check: 'requests-exceed-node', option: 'nodeProfiles' },
    { path: ['allowedRegistries'], check: 'image-registry-not-allowed', option: 'allowedRegistries' },
    { path: ['governance', 'requiredLabels'], check: 'labels-required', option: 'requiredLabels' },
    { path: ['governance', 'namePattern'], check: 'name-convention', option: 'namePattern' },
];
const settingValues = ['off', ...[...severities].reverse()];
/** A quantity as the API server parses it (no sign: a request is positive): 250m, 0.5, 256Mi, or a number. */
const quantitySchema = {
    anyOf: [
        { type: 'string', pattern: '^(\\d+(\\.\\d*)?|\\.\\d+)((Ki|Mi|Gi|Ti|Pi|Ei)|[numkMGTPE]|[eE][+-]?\\d+)?$', maxLength: 32 },
        { type: 'number', exclusiveMinimum: 0, maximum: 1e15 },
    ],
};
/** schemas/config.schema.json as text, generated from the checks (npm run docs); a test fails when it is stale. */
export function renderConfigSchema(checks) {
    return `${JSON.stringify(buildConfigSchema(checks), null, 2)}\n`;
}
/** The JSON Schema (draft-07) of .kubeready.yaml: every check id under `checks`, with its options. */
export function buildConfigSchema(checks) {
    const sortedChecks = [...checks].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
    const checkIds = sortedChecks.map((check) => check.meta.id);
    const stringList = (description) => ({ type: 'array', items: { type: 'string', minLength: 1 }, description });
    const setPairs = {
        description: "Values set on the command line of helm template (helm's --set): a list of key=value, or a mapping of key: value. " +
            'Values follow --set syntax: a comma separates two assignments unless escaped as \\,.',
        anyOf: [
            { type: 'array', items: { type: 'string', pattern: '^[^=]+=' } },
            { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean', 'null'] } },
        ],
    };
    const valuesFiles = stringList("Values files for helm template (helm's -f), in order, relative to this file.");
    const properties = {
        $schema: { type: 'string', description: 'The JSON Schema of this file, for editors; kubeready ignores it.' },
        failOn: {
            enum: [...severities].reverse(),
            description: 'The lowest severity that makes kubeready exit with code 1 (default warning). --fail-on overrides it.',
        },
        kubernetesVersion: {
            type: 'string',
            pattern: '^v?\\d+\\.\\d+(\\.\\d+)?$',
            description: 'The Kubernetes release the manifests target, quoted ("1.31"): it picks the schemas, judges deprecated ' +
                'APIs and is passed to helm template. Default: the newest release kubeready knows. --kube-version overrides it.',
        },
        podSecurity: {
            type: 'object',
            description: 'The Pod Security Standards level workloads are held to.',
            properties: {
                level: {
                    enum: [...podSecurityLevels],
                    description: 'privileged, baseline (the default) or restricted. A namespace whose Namespace object sets ' +
                        'pod-security.kubernetes.io/enforce is judged at that level instead. --pod-security overrides it.',
                },
            },
            additionalProperties: false,
        },
        exclude: stringList('Files to leave out (globs). A pattern without a slash matches a name at any depth; others match paths ' +
            'relative to this file. Added to --exclude.'),
        checks: {
            type: 'object',
            description: 'Per check: off, a severity (info, warning, error), or { severity, options }. kubeready --list-checks lists them.',
            properties: Object.fromEntries(sortedChecks.map((check) => [check.meta.id, checkSettingSchema(check)])),
            additionalProperties: false,
        },
        helm: {
            type: 'object',
            description: 'How Helm charts are rendered (helm template).',
            properties: {
                releaseName: { type: 'string', minLength: 1, description: 'The release name (default release-name). --release-name overrides it.' },
                namespace: { type: 'string', minLength: 1, description: 'The namespace to render into. --namespace overrides it.' },
                values: valuesFiles,
                set: setPairs,
                charts: {
                    type: 'object',
                    description: 'Settings for one chart each, keyed by the chart folder relative to this file; they come after the ' +
                        'values and set above.',
                    additionalProperties: {
                        type: 'object',
                        properties: { values: valuesFiles, set: setPairs },
                        additionalProperties: false,
                    },
                },
            },
            additionalProperties: false,
        },
        crds: stringList('CustomResourceDefinition files or folders, relative to this file, whose schemas validate custom resources. Added to --crd.'),
        units: stringList('Folders, relative to this file, whose plain manifests are applied together with those of their sub-folders ' +
            '(one kubectl apply -R): each is one deployment unit for questions across objects. By default each folder is ' +
            'a unit of its own, and objects that name no namespace relate only to objects of their folder.'),
        images: {
            type: 'object',
            description: 'Images built from Dockerfiles of the repository: image name (without tag) to the Dockerfile\'s path, ' +
                'relative to this file. run-as-root and image-user-mismatch then read who the image runs as from its ' +
                'Dockerfile. skaffold.yaml artifacts among the linted files are read the same way; this map wins over them.',
            additionalProperties: { type: 'string', minLength: 1 },
            propertyNames: { minLength: 1 },
        },
        fix: {
            type: 'object',
            description: 'What --fix may write that the manifests do not say.',
            properties: {
                defaultRequests: {
                    type: 'object',
                    description: 'The requests requests-missing writes into a container that sets none (--fix writes none without them): ' +
                        'a quantity each, as the API server reads it (250m, 0.5, 256Mi).',
                    properties: { cpu: quantitySchema, memory: quantitySchema },
                    additionalProperties: false,
                },
            },
            additionalProperties: false,
        },
        strictKinds: {
            type: 'boolean',
            description: 'Report objects whose kind has no known schema (default false). --strict-kinds turns it on.',
        },
        inlineSuppressions: {
            type: 'boolean',
            description: 'Honour kubeready.io/ignore annotations and # kubeready-ignore comments (default true). ' +
                '--no-inline-suppressions turns them off.',
        },
    };
    for (const shortcut of optionShortcuts) {
        const check = checks.find((candidate) => candidate.meta.id === shortcut.check);
        const optionSchema = optionSchemaOf(check, shortcut.option);
        if (!optionSchema)
            continue;
        const described = {
            ...optionSchema,
            description: `${String(optionSchema['description'] ?? '')} Shortcut for checks.${shortcut.check}.options.${shortcut.option}.`.trim(),
        };
        const [first, second] = shortcut.path;
        if (first === undefined)
            continue;
        if (second === undefined) {
            properties[first] = described;
            continue;
        }
        const group = (properties[first] ??= {
            type: 'object',
            description: 'Naming and labelling rules for the organisation (the labels-required and name-convention checks).',
            properties: {},
            additionalProperties: false,
        });
        group.properties[second] = described;
    }
    properties['ignore'] = {
        type: 'array',
        description: 'Findings to suppress, each entry with a reason. They are still reported, as suppressed. An entry matches ' +
            'a finding when every field it sets matches.',
        items: {
            type: 'object',
            properties: {
                checks: {
                    type: 'array',
                    minItems: 1,
                    items: { enum: checkIds },
                    description: 'The checks whose findings are suppressed.',
                },
                kind: { type: 'string', description: 'Glob (* and ?) of the kind, case-insensitive: Deployment, Stateful*.' },
                namespace: {
                    type: 'string',
                    description: 'Glob of the namespace as written in the object; "" for objects that set none.',
                },
                name: { type: 'string', description: 'Glob of metadata.name.' },
                container: { type: 'string', description: 'Glob of the container name.' },
                file: {
                    type: 'string',
                    description: 'Glob of the file, relative to this file; without a slash it matches a file name at any depth.',
                },
                reason: { type: 'string', pattern: '\\S', description: 'Why the findings are accepted. Required.' },
            },
            required: ['checks', 'reason'],
            additionalProperties: false,
        },
    };
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: 'https://github.com/kubeready/kubeready/schemas/config.schema.json',
        title: 'kubeready configuration (.kubeready.yaml)',
        description: 'Generated from the checks by `npm run docs`. Do not edit by hand.',
        type: 'object',
        properties,
        additionalProperties: false,
    };
}
function checkSettingSchema(check) {
    const { meta } = check;
    const offByDefault = meta.enabledByDefault === false ? ' Off unless configured.' : '';
    const severity = { enum: settingValues, description: 'off, or the severity of its findings.' };
    const objectForm = {
        type: 'object',
        properties: {
            severity,
            ...(check.options ? { options: { ...check.options.schema, description: `Options of ${meta.id}.` } } : {}),
            ...(meta.fix ? { fix: { type: 'boolean', description: 'false: --fix leaves the findings of this check to you (default true).' } } : {}),
        },
        additionalProperties: false,
    };
    return {
        description: `${meta.title} (${meta.category}; default ${meta.severity}).${offByDefault}`,
        anyOf: [severity, objectForm],
    };
}
function optionSchemaOf(check, option) {
    const properties = check?.options?.schema['properties'];
    if (typeof properties !== 'object' || properties === null)
        return undefined;
    const schema = properties[option];
    return typeof schema === 'object' && schema !== null ? schema : undefined;
}
