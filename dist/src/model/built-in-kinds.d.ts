/**
 * The kinds Kubernetes serves itself, by apiVersion: every kind the bundled schemas define
 * (schemas/kubernetes/<release>.json, the newest bundled release). test/built-in-kinds.test.ts keeps the
 * table equal to them; bundling a newer release means updating both.
 */
export declare const builtInKindsRelease = "1.30";
export declare const builtInKindsByApiVersion: Readonly<Record<string, readonly string[]>>;
/** The API group of an apiVersion: '' for core ("v1", and "/v1", as the API server reads it). */
export declare function apiGroupOf(apiVersion: string): string;
/** Groups served by Kubernetes itself (core, apps, batch, *.k8s.io) rather than by a custom resource. */
export declare function isBuiltInGroup(group: string): boolean;
/**
 * The group a built-in kind is read in when its apiVersion names a built-in group that has never served
 * it (Deployment under v1 or batch/v1): the one group that serves the kind, when exactly one does.
 * Undefined when the apiVersion is fine as it is, names a custom resource's group (example.com/v1
 * Deployment is someone's own kind), or the kind is served by several groups (Event: core and
 * events.k8s.io), where nothing says which was meant.
 */
export declare function correctedGroupOf(apiVersion: string, kind: string): string | undefined;
/**
 * The apiVersions that serve a built-in kind in the bundled release, when the one written does not serve
 * it at the target release; undefined when it does, or when kubeready cannot tell. Only kinds of the
 * bundled schemas under a built-in group are judged (custom resources never), and versions of the
 * lifecycle table are left to api-removed and api-deprecated. A group that never served the kind is
 * wrong at any target. An unknown version of a right group is wrong when it is no Kubernetes version at
 * all (apps/1), or when the target is the bundled release, whose versions the table lists in full: at
 * other targets a version added later, or an alpha dropped earlier, cannot be ruled out.
 */
export declare function unservedApiVersion(apiVersion: string, kind: string, target: string): readonly string[] | undefined;
