import { type KubeObject, type Path } from './kinds.js';
import type { IndexedObject, ObjectIndex } from './object-index.js';
/**
 * Shared logic of the secrets and RBAC checks: RBAC rules read the way the authorizer matches them,
 * role and binding lookups, and what an environment variable name or a Secret key says about its value.
 */
export declare const rbacGroup = "rbac.authorization.k8s.io";
export type RbacKind = 'Role' | 'ClusterRole' | 'RoleBinding' | 'ClusterRoleBinding';
/** An RBAC object of any served version (v1, and the v1beta1/v1alpha1 of old manifests). */
export declare function isRbac(object: KubeObject, ...kinds: RbacKind[]): boolean;
/** One string of a rule's list, with its index in the list (-1 when the field is a bare string). */
export interface Entry {
    value: string;
    index: number;
}
/** One rule of a Role or ClusterRole, its lists read leniently (wrong types drop out). */
export interface RuleAt {
    index: number;
    path: Path;
    verbs: Entry[];
    apiGroups: Entry[];
    resources: Entry[];
    resourceNames: Entry[];
    nonResourceURLs: Entry[];
}
/** The path of one entry of a rule's list (the field itself when it was written as a bare string). */
export declare function entryPath(rule: RuleAt, field: 'verbs' | 'apiGroups' | 'resources' | 'resourceNames' | 'nonResourceURLs', entry: Entry): Path;
/** The rules written in a Role or ClusterRole, as they stand in the manifest. */
export declare function writtenRules(object: KubeObject): RuleAt[];
/** A ClusterRole whose rules the aggregation controller fills in from other ClusterRoles. */
export declare function isAggregated(object: KubeObject): boolean;
/**
 * The ClusterRoles Kubernetes creates and reconciles itself. Their permissions are by design, so the
 * rule checks leave them alone when a manifest dump carries them: cluster-admin, admin, edit, view and
 * everything named `system:...` (a reserved prefix, Roles in kube-system included).
 */
export declare function isDefaultRole(object: KubeObject): boolean;
/**
 * The rules the rule checks judge on a Role or ClusterRole: none for default roles, none for an
 * aggregated ClusterRole (whatever it writes under `rules` is overwritten by the controller; the rules
 * that count are those of the source ClusterRoles, reported there), else the written ones.
 */
export declare function rulesToJudge(object: KubeObject): RuleAt[];
/**
 * The ClusterRoles a source ClusterRole's rules are copied into: the built-in admin, edit and view
 * through their `rbac.authorization.k8s.io/aggregate-to-*` labels, and every aggregated ClusterRole of
 * the scope whose selectors match its labels.
 */
export declare function aggregatedInto(object: KubeObject, index: ObjectIndex): string[];
/** A sentence for messages on a source ClusterRole's rules: which roles also get them. */
export declare function aggregationNote(object: KubeObject, index: ObjectIndex): string;
/**
 * The rules a role grants once the aggregation controller has run: the written rules, or for an
 * aggregated ClusterRole the rules of the scope's ClusterRoles its selectors match.
 */
export declare function effectiveRules(role: IndexedObject, index: ObjectIndex): {
    rules: RuleAt[];
    from: IndexedObject;
}[];
/** What a binding's roleRef names. */
export interface RoleRef {
    kind: string;
    name: string;
}
export declare function roleRefOf(binding: KubeObject): RoleRef | undefined;
/** The role a binding refers to, when it is in scope: a ClusterRole by name, or a Role of the binding's namespace. */
export declare function boundRole(ref: RoleRef, bindingNamespace: string, index: ObjectIndex): IndexedObject | undefined;
export interface SubjectAt {
    kind: string;
    name: string;
    namespace: string;
    path: Path;
}
export declare function subjectsOf(binding: KubeObject): SubjectAt[];
export declare function subjectLabel(subject: SubjectAt, bindingNamespace: string): string;
/** Which entries of a rule grant one request, as the RBAC authorizer matches it. */
export interface Grant {
    verb: Entry;
    apiGroup: Entry;
    resource: Entry;
}
/**
 * Whether a rule grants `verb` on `resource` (with `/subresource` when there is one) in `group`, by
 * the authorizer's own matching: `*` matches every verb, group or resource, `*\/sub` matches that
 * subresource of every resource, and anything else must be equal (so `pods/*` matches nothing and
 * `pods` does not reach `pods/exec`). resourceNames are left to the caller.
 */
export declare function grants(rule: RuleAt, verb: string, group: string, resource: string): Grant | undefined;
/** A rule that grants every verb on every resource of every group, with no resourceNames: cluster-admin's own. */
export declare function isFullAccess(rule: RuleAt): boolean;
/**
 * Where a role's rules apply, for messages: a Role in its namespace; a ClusterRole in every namespace
 * when a ClusterRoleBinding of the scope binds it, in the namespaces of the RoleBindings that bind it,
 * or, with no binding in scope, wherever it will be bound.
 */
export declare function reachOf(object: KubeObject, namespace: string, index: ObjectIndex): string;
export declare function roleLabel(object: KubeObject): string;
export declare function quoteList(values: readonly string[], max?: number): string;
/** Splits DB_PASSWORD, dbPassword, db-password, APIKey and db.password2 into lowercase words. */
export declare function nameWords(name: string): string[];
/**
 * Whether an environment variable name says its value is a credential; the words that say so, or
 * undefined. The credential word must be a whole word of the name, the last one or followed only by
 * qualifiers (see trailingQualifiers): a name about a credential (its file, path, URL, name, TTL) is not one.
 */
export declare function credentialNameWords(name: string): string | undefined;
/** A value that switches something on or off rather than holding a credential: AUTH=true. */
export declare function isSwitchValue(value: string): boolean;
/** An absolute file path: where a credential is, not the credential (GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/key.json). */
export declare function isFilePath(value: string): boolean;
/** AZURE_STORAGE_CONNECTION_STRING, DB_CONNECTION_STRING, connectionString: a credential only if its value holds one. */
export declare function isConnectionStringName(name: string): boolean;
/** A connection string that carries a password or key (Password=, AccountKey=, SharedAccessKey=). */
export declare function holdsConnectionSecret(value: string): boolean;
/**
 * A value Kubernetes builds from other variables ($(DB_PASS), Bearer $(TOKEN), $(USER):$(PASS)), or
 * that a deploy step fills in (${DB_PASSWORD}, {{ .Values.password }}): no credential is written here.
 */
export declare function isIndirectValue(value: string): boolean;
/**
 * A PEM private key block in a value: `-----BEGIN ... PRIVATE KEY-----`, dashes and spaces around as
 * `-{3,}\s*BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY\s*-{3,}` said. Tried at each `BEGIN ` that has three dashes
 * before it, where that expression restarted at every dash of a long run and scanned the run again.
 */
export declare function holdsPrivateKey(value: string): boolean;
/** A URL with a password in its user info: postgres://app:s3cret@db:5432/app. */
export declare function holdsUrlPassword(value: string): boolean;
/** SOPS writes encrypted values as ENC[AES256_GCM,data:...,iv:...,tag:...,type:str]. */
export declare function isSopsValue(value: unknown): boolean;
export type Cloud = 'AWS' | 'Google Cloud' | 'Azure' | 'Alibaba Cloud' | 'Oracle Cloud';
export declare function cloudOfVariable(name: string): Cloud | undefined;
export declare const workloadIdentity: Readonly<Record<Cloud, string>>;
/**
 * The cloud whose credentials a Secret mounted at this path most likely holds: a path part naming the
 * cloud (/var/secrets/google, /root/.aws, /etc/azure-creds) or a Google key file name (key.json).
 */
export declare function cloudOfMountPath(path: string): Cloud | undefined;
/**
 * The keys a Secret (or ConfigMap) of the scope would hand to envFrom: its data and stringData keys,
 * or those of a SealedSecret or ExternalSecret that produces a Secret of that name. Undefined when no
 * such object is in scope.
 */
export declare function keysOfSource(kind: 'Secret' | 'ConfigMap', name: string, namespace: string, index: ObjectIndex): {
    keys: string[];
    from: string;
} | undefined;
