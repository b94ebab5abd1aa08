import { apiGroupOf, groupOf, isRecord, labelsOf } from './kinds.js';
import { findPlaceholder } from './placeholder.js';
import { matchesLabelSelector } from './selectors.js';
import { isRegExpSpace } from './text-scan.js';
/**
 * Shared logic of the secrets and RBAC checks: RBAC rules read the way the authorizer matches them,
 * role and binding lookups, and what an environment variable name or a Secret key says about its value.
 */
// ---------------------------------------------------------------------------------------------------
// RBAC
// ---------------------------------------------------------------------------------------------------
export const rbacGroup = 'rbac.authorization.k8s.io';
/** An RBAC object of any served version (v1, and the v1beta1/v1alpha1 of old manifests). */
export function isRbac(object, ...kinds) {
    return kinds.includes(object.kind) && groupOf(object) === rbacGroup;
}
function entries(value) {
    if (typeof value === 'string')
        return [{ value, index: -1 }];
    if (!Array.isArray(value))
        return [];
    const result = [];
    value.forEach((item, index) => {
        if (typeof item === 'string')
            result.push({ value: item, index });
    });
    return result;
}
/** The path of one entry of a rule's list (the field itself when it was written as a bare string). */
export function entryPath(rule, field, entry) {
    return entry.index < 0 ? [...rule.path, field] : [...rule.path, field, entry.index];
}
/** The rules written in a Role or ClusterRole, as they stand in the manifest. */
export function writtenRules(object) {
    const rules = object['rules'];
    if (!Array.isArray(rules))
        return [];
    const result = [];
    rules.forEach((rule, index) => {
        if (!isRecord(rule))
            return;
        result.push({
            index,
            path: ['rules', index],
            verbs: entries(rule['verbs']),
            apiGroups: entries(rule['apiGroups']),
            resources: entries(rule['resources']),
            resourceNames: entries(rule['resourceNames']),
            nonResourceURLs: entries(rule['nonResourceURLs']),
        });
    });
    return result;
}
/** A ClusterRole whose rules the aggregation controller fills in from other ClusterRoles. */
export function isAggregated(object) {
    return isRbac(object, 'ClusterRole') && isRecord(object['aggregationRule']);
}
/**
 * The ClusterRoles Kubernetes creates and reconciles itself. Their permissions are by design, so the
 * rule checks leave them alone when a manifest dump carries them: cluster-admin, admin, edit, view and
 * everything named `system:...` (a reserved prefix, Roles in kube-system included).
 */
export function isDefaultRole(object) {
    const name = object.metadata?.name;
    if (typeof name !== 'string')
        return false;
    if (name.startsWith('system:'))
        return true;
    return isRbac(object, 'ClusterRole') && defaultUserFacingRoles.has(name);
}
const defaultUserFacingRoles = new Set(['cluster-admin', 'admin', 'edit', 'view']);
/**
 * The rules the rule checks judge on a Role or ClusterRole: none for default roles, none for an
 * aggregated ClusterRole (whatever it writes under `rules` is overwritten by the controller; the rules
 * that count are those of the source ClusterRoles, reported there), else the written ones.
 */
export function rulesToJudge(object) {
    if (!isRbac(object, 'Role', 'ClusterRole') || isDefaultRole(object) || isAggregated(object))
        return [];
    return writtenRules(object);
}
function selectorsOf(aggregate) {
    const rule = aggregate['aggregationRule'];
    if (!isRecord(rule) || !Array.isArray(rule['clusterRoleSelectors']))
        return [];
    return rule['clusterRoleSelectors'].filter(isRecord);
}
const builtInAggregates = ['admin', 'edit', 'view'];
/**
 * The ClusterRoles a source ClusterRole's rules are copied into: the built-in admin, edit and view
 * through their `rbac.authorization.k8s.io/aggregate-to-*` labels, and every aggregated ClusterRole of
 * the scope whose selectors match its labels.
 */
export function aggregatedInto(object, index) {
    if (!isRbac(object, 'ClusterRole'))
        return [];
    const labels = labelsOf(object.metadata);
    const names = builtInAggregates.filter((name) => labels[`${rbacGroup}/aggregate-to-${name}`] === 'true');
    for (const entry of index.ofKind('ClusterRole')) {
        if (entry.object === object || !isAggregated(entry.object) || !isRbac(entry.object, 'ClusterRole'))
            continue;
        if (selectorsOf(entry.object).some((selector) => matchesLabelSelector(selector, labels))) {
            if (!names.includes(entry.ref.name))
                names.push(entry.ref.name);
        }
    }
    return names;
}
/** A sentence for messages on a source ClusterRole's rules: which roles also get them. */
export function aggregationNote(object, index) {
    const names = aggregatedInto(object, index);
    if (names.length === 0)
        return '';
    const builtIn = names.filter((name) => builtInAggregates.includes(name));
    const list = names.map((name) => `"${name}"`).join(', ');
    const reach = builtIn.length > 0 ? `, so every subject bound to ${builtIn.map((name) => `"${name}"`).join(' or ')} gets it too` : '';
    return ` The rule is aggregated into ClusterRole${names.length > 1 ? 's' : ''} ${list}${reach}.`;
}
/**
 * The rules a role grants once the aggregation controller has run: the written rules, or for an
 * aggregated ClusterRole the rules of the scope's ClusterRoles its selectors match.
 */
export function effectiveRules(role, index) {
    if (!isAggregated(role.object))
        return [{ rules: writtenRules(role.object), from: role }];
    const selectors = selectorsOf(role.object);
    return index
        .ofKind('ClusterRole')
        .filter((entry) => entry !== role && isRbac(entry.object, 'ClusterRole') && !isAggregated(entry.object))
        .filter((entry) => selectors.some((selector) => matchesLabelSelector(selector, labelsOf(entry.object.metadata))))
        .map((entry) => ({ rules: writtenRules(entry.object), from: entry }));
}
export function roleRefOf(binding) {
    const ref = binding['roleRef'];
    if (!isRecord(ref) || typeof ref['name'] !== 'string')
        return undefined;
    return { kind: typeof ref['kind'] === 'string' ? ref['kind'] : '', name: ref['name'] };
}
/** The role a binding refers to, when it is in scope: a ClusterRole by name, or a Role of the binding's namespace. */
export function boundRole(ref, bindingNamespace, index) {
    if (ref.kind === 'ClusterRole')
        return index.named('ClusterRole', ref.name).find((entry) => isRbac(entry.object, 'ClusterRole'));
    if (ref.kind === 'Role')
        return index.named('Role', ref.name, bindingNamespace).find((entry) => isRbac(entry.object, 'Role'));
    return undefined;
}
export function subjectsOf(binding) {
    const subjects = binding['subjects'];
    if (!Array.isArray(subjects))
        return [];
    const result = [];
    subjects.forEach((subject, i) => {
        if (!isRecord(subject) || typeof subject['name'] !== 'string')
            return;
        result.push({
            kind: typeof subject['kind'] === 'string' ? subject['kind'] : '',
            name: subject['name'],
            namespace: typeof subject['namespace'] === 'string' ? subject['namespace'] : '',
            path: ['subjects', i],
        });
    });
    return result;
}
export function subjectLabel(subject, bindingNamespace) {
    if (subject.kind === 'ServiceAccount') {
        const namespace = subject.namespace || bindingNamespace || 'default';
        return `ServiceAccount "${subject.name}" (namespace "${namespace}")`;
    }
    return `${subject.kind || 'subject'} "${subject.name}"`;
}
/**
 * Whether a rule grants `verb` on `resource` (with `/subresource` when there is one) in `group`, by
 * the authorizer's own matching: `*` matches every verb, group or resource, `*\/sub` matches that
 * subresource of every resource, and anything else must be equal (so `pods/*` matches nothing and
 * `pods` does not reach `pods/exec`). resourceNames are left to the caller.
 */
export function grants(rule, verb, group, resource) {
    const verbEntry = rule.verbs.find((entry) => entry.value === '*' || entry.value === verb);
    const groupEntry = rule.apiGroups.find((entry) => entry.value === '*' || entry.value === group);
    const slash = resource.indexOf('/');
    const subresource = slash === -1 ? '' : resource.slice(slash + 1);
    const resourceEntry = rule.resources.find((entry) => entry.value === '*' || entry.value === resource || (subresource !== '' && entry.value === `*/${subresource}`));
    return verbEntry && groupEntry && resourceEntry ? { verb: verbEntry, apiGroup: groupEntry, resource: resourceEntry } : undefined;
}
/** A rule that grants every verb on every resource of every group, with no resourceNames: cluster-admin's own. */
export function isFullAccess(rule) {
    return (rule.resourceNames.length === 0 &&
        rule.verbs.some((entry) => entry.value === '*') &&
        rule.apiGroups.some((entry) => entry.value === '*') &&
        rule.resources.some((entry) => entry.value === '*'));
}
/**
 * Where a role's rules apply, for messages: a Role in its namespace; a ClusterRole in every namespace
 * when a ClusterRoleBinding of the scope binds it, in the namespaces of the RoleBindings that bind it,
 * or, with no binding in scope, wherever it will be bound.
 */
export function reachOf(object, namespace, index) {
    if (!isRbac(object, 'ClusterRole'))
        return `namespace "${namespace || 'default'}"`;
    const name = object.metadata?.name;
    const bindings = (kind) => index.ofKind(kind).filter((entry) => {
        const ref = isRbac(entry.object, kind) ? roleRefOf(entry.object) : undefined;
        return ref?.kind === 'ClusterRole' && ref.name === name;
    });
    const cluster = bindings('ClusterRoleBinding');
    if (cluster.length > 0)
        return `every namespace (ClusterRoleBinding ${quoteList(cluster.map((entry) => entry.ref.name), 3)})`;
    const namespaces = [...new Set(bindings('RoleBinding').map((entry) => entry.ref.namespace || 'default'))];
    if (namespaces.length > 0)
        return `namespace${namespaces.length > 1 ? 's' : ''} ${quoteList(namespaces, 3)} (through RoleBinding${namespaces.length > 1 ? 's' : ''})`;
    return 'every namespace once a ClusterRoleBinding binds it';
}
export function roleLabel(object) {
    const name = object.metadata?.name;
    return `${object.kind} "${typeof name === 'string' ? name : '?'}"`;
}
export function quoteList(values, max = 6) {
    const shown = values.slice(0, max).map((value) => `"${value}"`);
    return values.length > max ? `${shown.join(', ')} and ${values.length - max} more` : shown.join(', ');
}
// ---------------------------------------------------------------------------------------------------
// Environment variables and Secret keys
// ---------------------------------------------------------------------------------------------------
/** Splits DB_PASSWORD, dbPassword, db-password, APIKey and db.password2 into lowercase words. */
export function nameWords(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        // APIKey: a space before the capital that starts a word ([A-Z][a-z]) after other capitals, as
        // `([A-Z]+)([A-Z][a-z])` did in time quadratic in a run of capitals.
        .replace(/[A-Z](?=[A-Z][a-z])/g, '$& ')
        .replace(/([A-Za-z])(\d)/g, '$1 $2')
        .split(/[^A-Za-z0-9]+/)
        .filter((word) => word !== '')
        .map((word) => word.toLowerCase());
}
// A credential is named by its head word, the last one: DB_PASSWORD, API_TOKEN, CLIENT_SECRET.
const credentialWords = new Set([
    'password',
    'passwd',
    'pwd',
    'pass',
    'passphrase',
    'secret',
    'token',
    'apikey',
    'apikeys',
    'credential',
    'credentials',
    'creds',
    'bearer',
]);
// KEY alone is a sort key, a routing key or an object key; these words before it make it a credential.
const keyQualifiers = new Set(['api', 'private', 'access', 'secret', 'encryption', 'signing', 'master', 'hmac', 'account', 'storage', 'shared', 'auth', 'ssh']);
// A word before the credential word that makes the name a switch about it: MYSQL_ALLOW_EMPTY_PASSWORD,
// MYSQL_RANDOM_ROOT_PASSWORD, NO_AUTH, SKIP_TOKEN, REQUIRE_PASSWORD.
const switchWords = new Set([
    'no',
    'allow',
    'empty',
    'random',
    'onetime',
    'generate',
    'skip',
    'disable',
    'disabled',
    'enable',
    'enabled',
    'require',
    'required',
    'use',
    'with',
    'without',
    'anonymous',
    'force',
    'reset',
]);
/**
 * Words that may follow the credential word and still name the credential itself (DB_PASSWORD_2,
 * JWT_SECRET_B64, SECRET_KEY_BASE). Any other word after it names something about the credential, not
 * the credential: TOKEN_URL, PASSWORD_FILE, SECRET_NAME, AUTH_ENABLED, TOKEN_TTL, PASSWORD_MIN_LENGTH.
 */
const trailingQualifiers = new Set([
    'value',
    'b64',
    'base',
    'base64',
    'encoded',
    'hash',
    'hashed',
    'raw',
    'plain',
    'plaintext',
    'string',
    'str',
    'txt',
    'old',
    'new',
    'current',
    'next',
    'previous',
    'primary',
    'secondary',
    'default',
    'override',
]);
// POSIX shells keep the working directory in PWD and OLDPWD: not passwords.
const shellNames = new Set(['PWD', 'OLDPWD']);
/**
 * Whether an environment variable name says its value is a credential; the words that say so, or
 * undefined. The credential word must be a whole word of the name, the last one or followed only by
 * qualifiers (see trailingQualifiers): a name about a credential (its file, path, URL, name, TTL) is not one.
 */
export function credentialNameWords(name) {
    // The same variable names come back in workload after workload: each is read once.
    if (credentialNames.has(name))
        return credentialNames.get(name);
    if (credentialNames.size >= 10_000)
        credentialNames.clear();
    const words = readCredentialName(name);
    credentialNames.set(name, words);
    return words;
}
const credentialNames = new Map();
function readCredentialName(name) {
    if (shellNames.has(name))
        return undefined;
    const words = nameWords(name);
    let end = words.length;
    while (end > 0 && (trailingQualifiers.has(words[end - 1] ?? '') || /^\d+$/.test(words[end - 1] ?? '')))
        end--;
    if (end === 0)
        return undefined;
    const head = words[end - 1] ?? '';
    const before = words[end - 2] ?? '';
    if (words.slice(0, end - 1).some((word) => switchWords.has(word)))
        return undefined;
    if (credentialWords.has(head))
        return head;
    if ((head === 'key' || head === 'keys') && keyQualifiers.has(before))
        return `${before} ${head}`;
    // AUTH alone is often a mode (AUTH=oidc); with a word before it (BASIC_AUTH, PROXY_AUTH) it is a credential.
    if (head === 'auth' && end >= 2)
        return head;
    // One-word compounds: DBPASSWORD, APITOKEN, CLIENTSECRET.
    const compound = /(password|passwd|secret|token|apikey)$/.exec(head);
    if (compound && head.length > (compound[0]?.length ?? 0))
        return compound[1];
    return undefined;
}
/** A value that switches something on or off rather than holding a credential: AUTH=true. */
export function isSwitchValue(value) {
    return /^(?:true|false|yes|no|on|off|enabled?|disabled?|none|null|0|1)$/i.test(value.trim());
}
/** An absolute file path: where a credential is, not the credential (GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/key.json). */
export function isFilePath(value) {
    return /^\/[^\s]*$/.test(value.trim());
}
/** AZURE_STORAGE_CONNECTION_STRING, DB_CONNECTION_STRING, connectionString: a credential only if its value holds one. */
export function isConnectionStringName(name) {
    // Asked of every variable: only a name whose last word is "string" needs splitting into words.
    if (!/string[^A-Za-z0-9]*$/i.test(name))
        return false;
    const words = nameWords(name);
    return words.at(-2) === 'connection' && words.at(-1) === 'string';
}
/** A connection string that carries a password or key (Password=, AccountKey=, SharedAccessKey=). */
export function holdsConnectionSecret(value) {
    return /(?:^|;)\s*(?:password|pwd|accountkey|sharedaccesskey|sharedaccesssignature|secret)\s*=\s*[^;$\s]/i.test(value) || holdsUrlPassword(value);
}
/**
 * A value Kubernetes builds from other variables ($(DB_PASS), Bearer $(TOKEN), $(USER):$(PASS)), or
 * that a deploy step fills in (${DB_PASSWORD}, {{ .Values.password }}): no credential is written here.
 */
export function isIndirectValue(value) {
    if (findPlaceholder(value))
        return true;
    if (!/\$\([A-Za-z_][A-Za-z0-9_.-]*\)/.test(value))
        return false;
    const rest = value.replace(/\$?\$\([A-Za-z_][A-Za-z0-9_.-]*\)/g, '').replace(/\b(?:bearer|basic|token)\b/gi, '');
    return !/[A-Za-z0-9]/.test(rest);
}
const privateKeyHeader = /BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY\s*---/y;
/**
 * A PEM private key block in a value: `-----BEGIN ... PRIVATE KEY-----`, dashes and spaces around as
 * `-{3,}\s*BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY\s*-{3,}` said. Tried at each `BEGIN ` that has three dashes
 * before it, where that expression restarted at every dash of a long run and scanned the run again.
 */
export function holdsPrivateKey(value) {
    for (let at = value.indexOf('BEGIN '); at !== -1; at = value.indexOf('BEGIN ', at + 1)) {
        let dashes = at;
        while (dashes > 0 && isRegExpSpace(value.charCodeAt(dashes - 1)))
            dashes--;
        if (!value.endsWith('---', dashes))
            continue;
        privateKeyHeader.lastIndex = at;
        if (privateKeyHeader.test(value))
            return true;
    }
    return false;
}
/** A URL with a password in its user info: postgres://app:s3cret@db:5432/app. */
export function holdsUrlPassword(value) {
    const match = /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:([^/\s@]+)@/i.exec(value.trim());
    return match !== null && !isIndirectValue(match[1] ?? '');
}
/** SOPS writes encrypted values as ENC[AES256_GCM,data:...,iv:...,tag:...,type:str]. */
export function isSopsValue(value) {
    return typeof value === 'string' && /^ENC\[[A-Za-z0-9_]+,.*\]$/s.test(value.trim());
}
/** The variables each cloud's SDKs read static credentials from (or the path of a key file). */
const cloudVariables = {
    AWS_ACCESS_KEY_ID: 'AWS',
    AWS_SECRET_ACCESS_KEY: 'AWS',
    AWS_SESSION_TOKEN: 'AWS',
    AWS_SECURITY_TOKEN: 'AWS',
    AWS_ACCESS_KEY: 'AWS',
    AWS_SECRET_KEY: 'AWS',
    GOOGLE_APPLICATION_CREDENTIALS: 'Google Cloud',
    GOOGLE_CREDENTIALS: 'Google Cloud',
    GOOGLE_CLOUD_KEYFILE_JSON: 'Google Cloud',
    GCLOUD_KEYFILE_JSON: 'Google Cloud',
    CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE: 'Google Cloud',
    CLOUDSDK_AUTH_ACCESS_TOKEN: 'Google Cloud',
    GOOGLE_OAUTH_ACCESS_TOKEN: 'Google Cloud',
    AZURE_CLIENT_SECRET: 'Azure',
    AZURE_CLIENT_CERTIFICATE_PATH: 'Azure',
    AZURE_CLIENT_CERTIFICATE_PASSWORD: 'Azure',
    AZURE_PASSWORD: 'Azure',
    AZURE_STORAGE_KEY: 'Azure',
    AZURE_STORAGE_ACCESS_KEY: 'Azure',
    AZURE_STORAGE_CONNECTION_STRING: 'Azure',
    ARM_CLIENT_SECRET: 'Azure',
    ARM_CLIENT_CERTIFICATE_PATH: 'Azure',
    ARM_ACCESS_KEY: 'Azure',
    ALIBABA_CLOUD_ACCESS_KEY_ID: 'Alibaba Cloud',
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'Alibaba Cloud',
    ALICLOUD_ACCESS_KEY: 'Alibaba Cloud',
    ALICLOUD_SECRET_KEY: 'Alibaba Cloud',
    OCI_CLI_KEY_CONTENT: 'Oracle Cloud',
    OCI_CLI_KEY_FILE: 'Oracle Cloud',
};
export function cloudOfVariable(name) {
    return Object.hasOwn(cloudVariables, name) ? cloudVariables[name] : undefined;
}
export const workloadIdentity = {
    AWS: 'IRSA or EKS Pod Identity',
    'Google Cloud': 'GKE Workload Identity Federation',
    Azure: 'Microsoft Entra Workload ID (Azure Workload Identity)',
    'Alibaba Cloud': 'RRSA (RAM Roles for Service Accounts)',
    'Oracle Cloud': 'OKE Workload Identity',
};
/**
 * The cloud whose credentials a Secret mounted at this path most likely holds: a path part naming the
 * cloud (/var/secrets/google, /root/.aws, /etc/azure-creds) or a Google key file name (key.json).
 */
export function cloudOfMountPath(path) {
    const words = path
        .toLowerCase()
        .split('/')
        .flatMap((segment) => segment.split(/[^a-z0-9]+/))
        .filter((word) => word !== '');
    if (words.includes('aws'))
        return 'AWS';
    if (words.some((word) => ['google', 'gcp', 'gcloud', 'gcs'].includes(word)))
        return 'Google Cloud';
    if (words.includes('azure'))
        return 'Azure';
    if (words.some((word) => ['aliyun', 'alibaba', 'alicloud'].includes(word)))
        return 'Alibaba Cloud';
    const file = path.split('/').filter((segment) => segment !== '').at(-1) ?? '';
    if (/^(?:.*[-_.])?(?:key|credentials|service-?account(?:-?key)?|sa(?:-?key)?)\.json$/i.test(file))
        return 'Google Cloud';
    return undefined;
}
/**
 * The keys a Secret (or ConfigMap) of the scope would hand to envFrom: its data and stringData keys,
 * or those of a SealedSecret or ExternalSecret that produces a Secret of that name. Undefined when no
 * such object is in scope.
 */
export function keysOfSource(kind, name, namespace, index) {
    const keysOf = (value) => (isRecord(value) ? Object.keys(value) : []);
    for (const entry of index.named(kind, name, namespace)) {
        if (groupOf(entry.ref) !== '')
            continue;
        const fields = kind === 'Secret' ? ['data', 'stringData'] : ['data', 'binaryData'];
        return { keys: fields.flatMap((field) => keysOf(entry.object[field])), from: `${kind} "${name}"` };
    }
    if (kind === 'ConfigMap')
        return undefined;
    for (const entry of index.named('SealedSecret', name, namespace)) {
        if (apiGroupOf(entry.ref.apiVersion) !== 'bitnami.com')
            continue;
        const spec = entry.object['spec'];
        return { keys: isRecord(spec) ? keysOf(spec['encryptedData']) : [], from: `SealedSecret "${name}"` };
    }
    for (const entry of index.ofKind('ExternalSecret', namespace)) {
        if (apiGroupOf(entry.ref.apiVersion) !== 'external-secrets.io')
            continue;
        const spec = entry.object['spec'];
        const target = isRecord(spec) ? spec['target'] : undefined;
        const targetName = isRecord(target) && typeof target['name'] === 'string' ? target['name'] : entry.ref.name;
        if (targetName !== name)
            continue;
        const data = isRecord(spec) ? spec['data'] : undefined;
        const keys = Array.isArray(data) ? data.filter(isRecord).flatMap((item) => (typeof item['secretKey'] === 'string' ? [item['secretKey']] : [])) : [];
        return { keys, from: `ExternalSecret "${entry.ref.name}"` };
    }
    return undefined;
}
