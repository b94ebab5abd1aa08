#!/usr/bin/env node
import { setFlagsFromString } from "node:v8";
import { closeSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";

// dist/src/v8-flags.js
/**
* How much bytecode a function runs before V8 considers optimising it: 512 KiB, eight times Node 20's
* default (66 KiB; 132 KiB from Node 22). The default suits programs that run for minutes; a lint is over
* in a second or two, and much of what V8's optimising compiler did on its background threads for one was
* never paid back. On the real corpus this budget took a cold lint's CPU to 0.82x at 0.96x the wall time,
* and 0.85x the CPU at 1.03x the wall on the synthetic monorepo (docs/performance.md, "Issue 23, third pass").
*/
const interruptBudget = 524288;
/**
* How far V8 lets the heap grow past what was live at its last full collection before the next: 100%, that
* is twice. V8 picks between 1.1 and 4 times from how fast its collector runs, and for a lint, whose parsed
* repository stays live to the end while the checks make short-lived garbage, it picked 4: the peak was
* up to four times the live heap, and where it fell depended on where the last full collection happened to
* land (a change that made the live heap 10% smaller raised the 8x monorepo's peak by 15%). At twice, peak
* RSS fell 13%, 12%, 22% and 20% on the 1x, 2x, 4x and 8x synthetic monorepos, for 1% to 5% more CPU
* (docs/performance.md, "Issue 23, fourth pass").
*/
const heapGrowingPercent = 100;
/**
* How far the heap grows past what was live once a run reads this many characters of plain files or more:
* 30%. Such a run's parsed repository is most of its live heap, and at twice the peak RSS is twice it (the
* 8x synthetic monorepo: 497 MB live after the parse, 1,265 MB peak). At 30% the 4x and 8x monorepos peaked
* at 505 and 883 MB instead of 683 and 1,265 MB, for 1.14x the CPU; below this size the run keeps 100%
* (docs/performance.md, "Issue 23, fifth pass").
*/
const largeInputCharacters = 33554432;
const largeInputHeapGrowingPercent = 30;
/** The V8 settings the command line runs with: each set unless node's own command line gives it. */
const commandLineV8Flags = [{
	name: "interrupt-budget",
	value: interruptBudget
}, {
	name: "heap-growing-percent",
	value: 100
}];
/**
* Sets the command line's V8 settings for this process and its worker threads; returns the names of those
* set. Only the command line calls it: the library leaves the V8 of the program that imports it alone.
*/
function setV8Flags(execArgv = process.execArgv) {
	const set = [];
	const given = givenFlags(execArgv);
	for (const { name, value } of commandLineV8Flags) {
		if (given.has(`--${name}`)) continue;
		setFlagsFromString(`--${name}=${value}`);
		set.push(name);
	}
	return set;
}
/**
* Told the characters a run is about to parse (LintOptions.onInput), lets the heap grow 30% past what was
* live, not 100%, when they are largeInputCharacters or more; true when it did. The command line's, as
* setV8Flags is, and node's own --heap-growing-percent wins here too.
*/
function setHeapGrowthFor(characters, execArgv = process.execArgv) {
	if (characters < 33554432 || givenFlags(execArgv).has("--heap-growing-percent")) return false;
	setFlagsFromString(`--heap-growing-percent=${30}`);
	return true;
}
/** The V8 flags node's own command line gives, by name; V8 reads `-` and `_` alike in one. */
function givenFlags(execArgv) {
	return new Set(execArgv.map((arg) => (arg.split("=")[0] ?? "").replaceAll("_", "-")));
}

// dist/src/config/find-config.js
const configFileNames = [".kubeready.yaml", ".kubeready.yml"];
/** Finds .kubeready.yaml (or .kubeready.yml) in `cwd` or the nearest folder above it; undefined when none. */
function findConfigFile(cwd) {
	let dir = resolve(cwd);
	for (;;) {
		for (const name of configFileNames) {
			const candidate = join(dir, name);
			if (isFile(candidate)) return candidate;
		}
		const parent = dirname(dir);
		if (parent === dir) return void 0;
		dir = parent;
	}
}
function isFile(path) {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

// dist/src/engine/check.js
const severities = [
	"error",
	"warning",
	"info"
];
/** The review areas a readiness review walks through; every check belongs to one. */
const categories = [
	"probes",
	"disruptions",
	"resources",
	"scaling",
	"images",
	"storage",
	"networking",
	"environments",
	"security",
	"correctness"
];
const podSecurityLevels = [
	"privileged",
	"baseline",
	"restricted"
];
/** The newest Kubernetes minor version kubeready knows; the default target. */
const newestKubernetesVersion = "1.35";
const defaultRunSettings = {
	podSecurityLevel: "baseline",
	kubernetesVersion: newestKubernetesVersion
};
/**
* Memoizes what a check reads out of its options: each run has its own options object, so the answer is
* worked out once per run instead of once per object, as perScope does for the scope.
*/
function perOptions(compute) {
	const answers = /* @__PURE__ */ new WeakMap();
	return (options) => {
		let answer = answers.get(options);
		if (!answer) answers.set(options, answer = { value: compute(options) });
		return answer.value;
	};
}
function defineObjectCheck(check) {
	return {
		...check,
		target: "object"
	};
}
function defineEngineCheck(check) {
	return {
		...check,
		target: "engine"
	};
}
function defineSourceCheck(check) {
	return {
		...check,
		target: "source"
	};
}

// dist/src/engine/errors.js
/** A mistake in how kubeready was called: a bad option, a path that does not exist. Exit code 2, one line. */
var UsageError = class extends Error {};
/** A mistake in the configuration: the config file, a check setting. Exit code 2, one line. */
var ConfigError = class extends Error {};
/**
* When `error` says an input was too large for this process (a string, array or buffer over V8's limits,
* a stack too deep), a one-line reason; otherwise undefined. The heap running out altogether ends the
* process before any code can catch it: only such errors as these can be turned into a report.
*/
function exhaustionOf(error) {
	const code = error?.code;
	if (code === "ERR_STRING_TOO_LONG" || code === "ERR_BUFFER_TOO_LARGE") return `too large to hold in memory (${error.message})`;
	if (!(error instanceof RangeError)) return void 0;
	if (/call stack/i.test(error.message)) return `too large or too deeply nested to process (${error.message})`;
	if (/invalid (?:string|array|typed array) length|allocation failed|out of memory|too large|array buffer/i.test(error.message)) return `too large to hold in memory (${error.message})`;
}

// dist/src/model/api-lifecycle.js
function kinds(apiVersion, names, lifecycle) {
	const slash = apiVersion.indexOf("/");
	const group = slash === -1 ? "" : apiVersion.slice(0, slash);
	const version = slash === -1 ? apiVersion : apiVersion.slice(slash + 1);
	return names.map((kind) => ({
		group,
		version,
		kind,
		...lifecycle
	}));
}
const podSecurityAdmission = "there is no successor API: enforce the Pod Security Standards with Pod Security Admission (the pod-security.kubernetes.io/enforce label on each Namespace) or a policy admission webhook";
const apiLifecycles = [
	...kinds("admissionregistration.k8s.io/v1alpha1", ["InitializerConfiguration"], {
		deprecatedIn: "1.14",
		removedIn: "1.14",
		note: "the alpha Initializers feature has no successor API; a mutating admission webhook (admissionregistration.k8s.io/v1 MutatingWebhookConfiguration) does its job"
	}),
	...kinds("extensions/v1beta1", [
		"Deployment",
		"DaemonSet",
		"ReplicaSet"
	], {
		deprecatedIn: "1.8",
		removedIn: "1.16",
		replacement: "apps/v1",
		replacementSince: "1.9"
	}),
	...kinds("apps/v1beta1", [
		"Deployment",
		"StatefulSet",
		"ReplicaSet"
	], {
		deprecatedIn: "1.8",
		removedIn: "1.16",
		replacement: "apps/v1",
		replacementSince: "1.9"
	}),
	...kinds("apps/v1beta2", [
		"Deployment",
		"StatefulSet",
		"DaemonSet",
		"ReplicaSet"
	], {
		deprecatedIn: "1.9",
		removedIn: "1.16",
		replacement: "apps/v1",
		replacementSince: "1.9"
	}),
	...kinds("extensions/v1beta1", ["NetworkPolicy"], {
		deprecatedIn: "1.9",
		removedIn: "1.16",
		replacement: "networking.k8s.io/v1",
		replacementSince: "1.8"
	}),
	...kinds("extensions/v1beta1", ["PodSecurityPolicy"], {
		deprecatedIn: "1.11",
		removedIn: "1.16",
		replacement: "policy/v1beta1",
		replacementSince: "1.10"
	}),
	...kinds("admissionregistration.k8s.io/v1beta1", ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"], {
		deprecatedIn: "1.16",
		removedIn: "1.22",
		replacement: "admissionregistration.k8s.io/v1",
		replacementSince: "1.16"
	}),
	...kinds("apiextensions.k8s.io/v1beta1", ["CustomResourceDefinition"], {
		deprecatedIn: "1.16",
		removedIn: "1.22",
		replacement: "apiextensions.k8s.io/v1",
		replacementSince: "1.16"
	}),
	...kinds("apiregistration.k8s.io/v1beta1", ["APIService"], {
		deprecatedIn: "1.19",
		removedIn: "1.22",
		replacement: "apiregistration.k8s.io/v1",
		replacementSince: "1.10"
	}),
	...kinds("authentication.k8s.io/v1beta1", ["TokenReview"], {
		deprecatedIn: "1.19",
		removedIn: "1.22",
		replacement: "authentication.k8s.io/v1",
		replacementSince: "1.6"
	}),
	...kinds("authorization.k8s.io/v1beta1", [
		"LocalSubjectAccessReview",
		"SelfSubjectAccessReview",
		"SubjectAccessReview",
		"SelfSubjectRulesReview"
	], {
		deprecatedIn: "1.19",
		removedIn: "1.22",
		replacement: "authorization.k8s.io/v1",
		replacementSince: "1.6"
	}),
	...kinds("certificates.k8s.io/v1beta1", ["CertificateSigningRequest"], {
		deprecatedIn: "1.19",
		removedIn: "1.22",
		replacement: "certificates.k8s.io/v1",
		replacementSince: "1.19"
	}),
	...kinds("coordination.k8s.io/v1beta1", ["Lease"], {
		deprecatedIn: "1.19",
		removedIn: "1.22",
		replacement: "coordination.k8s.io/v1",
		replacementSince: "1.14"
	}),
	...kinds("extensions/v1beta1", ["Ingress"], {
		deprecatedIn: "1.14",
		removedIn: "1.22",
		replacement: "networking.k8s.io/v1beta1",
		replacementSince: "1.14"
	}),
	...kinds("networking.k8s.io/v1beta1", ["Ingress", "IngressClass"], {
		deprecatedIn: "1.19",
		removedIn: "1.22",
		replacement: "networking.k8s.io/v1",
		replacementSince: "1.19"
	}),
	...kinds("rbac.authorization.k8s.io/v1beta1", [
		"ClusterRole",
		"ClusterRoleBinding",
		"Role",
		"RoleBinding"
	], {
		deprecatedIn: "1.17",
		removedIn: "1.22",
		replacement: "rbac.authorization.k8s.io/v1",
		replacementSince: "1.8"
	}),
	...kinds("scheduling.k8s.io/v1beta1", ["PriorityClass"], {
		deprecatedIn: "1.14",
		removedIn: "1.22",
		replacement: "scheduling.k8s.io/v1",
		replacementSince: "1.14"
	}),
	...kinds("storage.k8s.io/v1beta1", ["CSIDriver"], {
		deprecatedIn: "1.19",
		removedIn: "1.22",
		replacement: "storage.k8s.io/v1",
		replacementSince: "1.19"
	}),
	...kinds("storage.k8s.io/v1beta1", ["CSINode"], {
		deprecatedIn: "1.17",
		removedIn: "1.22",
		replacement: "storage.k8s.io/v1",
		replacementSince: "1.17"
	}),
	...kinds("storage.k8s.io/v1beta1", ["StorageClass"], {
		deprecatedIn: "1.19",
		removedIn: "1.22",
		replacement: "storage.k8s.io/v1",
		replacementSince: "1.6"
	}),
	...kinds("storage.k8s.io/v1beta1", ["VolumeAttachment"], {
		deprecatedIn: "1.19",
		removedIn: "1.22",
		replacement: "storage.k8s.io/v1",
		replacementSince: "1.13"
	}),
	...kinds("rbac.authorization.k8s.io/v1alpha1", [
		"ClusterRole",
		"ClusterRoleBinding",
		"Role",
		"RoleBinding"
	], {
		deprecatedIn: "1.17",
		removedIn: "1.23",
		replacement: "rbac.authorization.k8s.io/v1",
		replacementSince: "1.8"
	}),
	...kinds("scheduling.k8s.io/v1alpha1", ["PriorityClass"], {
		deprecatedIn: "1.14",
		removedIn: "1.23",
		replacement: "scheduling.k8s.io/v1",
		replacementSince: "1.14"
	}),
	...kinds("batch/v1beta1", ["CronJob"], {
		deprecatedIn: "1.21",
		removedIn: "1.25",
		replacement: "batch/v1",
		replacementSince: "1.21"
	}),
	...kinds("discovery.k8s.io/v1beta1", ["EndpointSlice"], {
		deprecatedIn: "1.21",
		removedIn: "1.25",
		replacement: "discovery.k8s.io/v1",
		replacementSince: "1.21"
	}),
	...kinds("events.k8s.io/v1beta1", ["Event"], {
		deprecatedIn: "1.22",
		removedIn: "1.25",
		replacement: "events.k8s.io/v1",
		replacementSince: "1.19"
	}),
	...kinds("autoscaling/v2beta1", ["HorizontalPodAutoscaler"], {
		deprecatedIn: "1.22",
		removedIn: "1.25",
		replacement: "autoscaling/v2beta2",
		replacementSince: "1.12"
	}),
	...kinds("policy/v1beta1", ["PodDisruptionBudget"], {
		deprecatedIn: "1.21",
		removedIn: "1.25",
		replacement: "policy/v1",
		replacementSince: "1.21"
	}),
	...kinds("policy/v1beta1", ["PodSecurityPolicy"], {
		deprecatedIn: "1.21",
		removedIn: "1.25",
		note: podSecurityAdmission
	}),
	...kinds("node.k8s.io/v1beta1", ["RuntimeClass"], {
		deprecatedIn: "1.22",
		removedIn: "1.25",
		replacement: "node.k8s.io/v1",
		replacementSince: "1.20"
	}),
	...kinds("flowcontrol.apiserver.k8s.io/v1beta1", ["FlowSchema", "PriorityLevelConfiguration"], {
		deprecatedIn: "1.23",
		removedIn: "1.26",
		replacement: "flowcontrol.apiserver.k8s.io/v1beta2",
		replacementSince: "1.23"
	}),
	...kinds("autoscaling/v2beta2", ["HorizontalPodAutoscaler"], {
		deprecatedIn: "1.23",
		removedIn: "1.26",
		replacement: "autoscaling/v2",
		replacementSince: "1.23"
	}),
	...kinds("storage.k8s.io/v1beta1", ["CSIStorageCapacity"], {
		deprecatedIn: "1.24",
		removedIn: "1.27",
		replacement: "storage.k8s.io/v1",
		replacementSince: "1.24"
	}),
	...kinds("flowcontrol.apiserver.k8s.io/v1beta2", ["FlowSchema", "PriorityLevelConfiguration"], {
		deprecatedIn: "1.26",
		removedIn: "1.29",
		replacement: "flowcontrol.apiserver.k8s.io/v1beta3",
		replacementSince: "1.26"
	}),
	...kinds("flowcontrol.apiserver.k8s.io/v1beta3", ["FlowSchema", "PriorityLevelConfiguration"], {
		deprecatedIn: "1.29",
		removedIn: "1.32",
		replacement: "flowcontrol.apiserver.k8s.io/v1",
		replacementSince: "1.29"
	}),
	...kinds("admissionregistration.k8s.io/v1beta1", ["ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding"], {
		deprecatedIn: "1.31",
		removedIn: "1.34",
		replacement: "admissionregistration.k8s.io/v1",
		replacementSince: "1.30"
	}),
	...kinds("storage.k8s.io/v1beta1", ["VolumeAttributesClass"], {
		deprecatedIn: "1.34",
		removedIn: "1.37",
		replacement: "storage.k8s.io/v1",
		replacementSince: "1.34"
	}),
	...kinds("resource.k8s.io/v1beta1", [
		"DeviceClass",
		"ResourceClaim",
		"ResourceClaimTemplate",
		"ResourceSlice"
	], {
		deprecatedIn: "1.35",
		removedIn: "1.38",
		replacement: "resource.k8s.io/v1",
		replacementSince: "1.34"
	}),
	...kinds("resource.k8s.io/v1beta2", [
		"DeviceClass",
		"ResourceClaim",
		"ResourceClaimTemplate",
		"ResourceSlice"
	], {
		deprecatedIn: "1.36",
		removedIn: "1.39",
		replacement: "resource.k8s.io/v1",
		replacementSince: "1.34"
	})
];
/** The lifecycle entry of an object's apiVersion and kind, when Kubernetes deprecated that pair. */
function lifecycleOf(apiVersion, kind) {
	if (typeof apiVersion !== "string" || typeof kind !== "string") return void 0;
	return lifecycleByType().get(apiVersion.startsWith("/") ? apiVersion.slice(1) : apiVersion)?.get(kind);
}
let lifecycles;
/**
* The first entry of each apiVersion and kind, looked up once per object by three checks: by apiVersion,
* then kind, so that a lookup builds no string.
*/
function lifecycleByType() {
	if (lifecycles) return lifecycles;
	const byType = /* @__PURE__ */ new Map();
	for (const entry of apiLifecycles) {
		const apiVersion = apiVersionOf(entry);
		let byKind = byType.get(apiVersion);
		if (!byKind) byType.set(apiVersion, byKind = /* @__PURE__ */ new Map());
		if (!byKind.has(entry.kind)) byKind.set(entry.kind, entry);
	}
	lifecycles = byType;
	return byType;
}
function apiVersionOf(entry) {
	return entry.group ? `${entry.group}/${entry.version}` : entry.version;
}
/** "1.9" → [1, 9]; accepts "v1.29.3" too. Undefined when it is not a version. */
function parseMinorVersion(version) {
	if (typeof version !== "string") return void 0;
	const match = /^v?(\d+)\.(\d+)/.exec(version.trim());
	return match ? [Number(match[1]), Number(match[2])] : void 0;
}
/** Numeric comparison of major.minor versions: 1.9 < 1.16 < 1.22. */
function compareVersions(a, b) {
	return a[0] - b[0] || a[1] - b[1];
}
/** True when release `version` is at or before `target`. */
function reached(version, target) {
	const parsed = parseMinorVersion(version);
	return parsed !== void 0 && compareVersions(parsed, target) <= 0;
}
/** Where an API version stands at the target release: no longer served, deprecated, or neither. */
function statusAt(entry, target) {
	if (reached(entry.removedIn, target)) return "removed";
	if (reached(entry.deprecatedIn, target)) return "deprecated";
	return "current";
}
/**
* The replacement to recommend at the target release. Replacements chain (extensions/v1beta1 Ingress →
* networking.k8s.io/v1beta1 → networking.k8s.io/v1): a step is followed while the next version is itself
* deprecated at the target and its own replacement is already served there, so the answer is the newest
* version the target serves, never one that is already gone.
*/
function migrationAt(entry, target) {
	let current = entry;
	for (let hops = 0; hops < apiLifecycles.length; hops++) {
		if (current.replacement === void 0) return {
			kind: current.kind,
			note: current.note
		};
		const next = lifecycleOf(current.replacement, current.kind);
		const nextIsDeprecated = next !== void 0 && statusAt(next, target) !== "current";
		const nextLeadsOn = next !== void 0 && (next.replacement === void 0 || !next.replacementSince || reached(next.replacementSince, target));
		if (next && nextIsDeprecated && nextLeadsOn) {
			current = next;
			continue;
		}
		const servedFrom = current.replacementSince && !reached(current.replacementSince, target) ? current.replacementSince : void 0;
		return {
			apiVersion: current.replacement,
			kind: current.kind,
			servedFrom
		};
	}
	return { kind: entry.kind };
}
/** "use networking.k8s.io/v1 Ingress", or the advice when the kind has no successor API. */
function migrationAdvice(migration) {
	if (migration.apiVersion === void 0) return migration.note ?? `${migration.kind} has no successor API`;
	const served = migration.servedFrom ? ` (served from Kubernetes ${migration.servedFrom})` : "";
	return `use ${migration.apiVersion} ${migration.kind}${served}`;
}

// dist/src/model/built-in-kinds.js
/**
* The kinds Kubernetes serves itself, by apiVersion: every kind the bundled schemas define
* (schemas/kubernetes/<release>.json, the newest bundled release). test/built-in-kinds.test.ts keeps the
* table equal to them; bundling a newer release means updating both.
*/
const builtInKindsRelease = "1.30";
const builtInKindsByApiVersion = {
	"v1": [
		"APIGroup",
		"APIGroupList",
		"APIResourceList",
		"APIVersions",
		"Binding",
		"ComponentStatus",
		"ComponentStatusList",
		"ConfigMap",
		"ConfigMapList",
		"Endpoints",
		"EndpointsList",
		"Event",
		"EventList",
		"LimitRange",
		"LimitRangeList",
		"Namespace",
		"NamespaceList",
		"Node",
		"NodeList",
		"PersistentVolume",
		"PersistentVolumeClaim",
		"PersistentVolumeClaimList",
		"PersistentVolumeList",
		"Pod",
		"PodList",
		"PodTemplate",
		"PodTemplateList",
		"ReplicationController",
		"ReplicationControllerList",
		"ResourceQuota",
		"ResourceQuotaList",
		"Secret",
		"SecretList",
		"Service",
		"ServiceAccount",
		"ServiceAccountList",
		"ServiceList"
	],
	"admissionregistration.k8s.io/v1": [
		"MutatingWebhookConfiguration",
		"MutatingWebhookConfigurationList",
		"ValidatingAdmissionPolicy",
		"ValidatingAdmissionPolicyBinding",
		"ValidatingAdmissionPolicyBindingList",
		"ValidatingAdmissionPolicyList",
		"ValidatingWebhookConfiguration",
		"ValidatingWebhookConfigurationList"
	],
	"admissionregistration.k8s.io/v1alpha1": [
		"ValidatingAdmissionPolicy",
		"ValidatingAdmissionPolicyBinding",
		"ValidatingAdmissionPolicyBindingList",
		"ValidatingAdmissionPolicyList"
	],
	"admissionregistration.k8s.io/v1beta1": [
		"ValidatingAdmissionPolicy",
		"ValidatingAdmissionPolicyBinding",
		"ValidatingAdmissionPolicyBindingList",
		"ValidatingAdmissionPolicyList"
	],
	"apiextensions.k8s.io/v1": ["CustomResourceDefinition", "CustomResourceDefinitionList"],
	"apps/v1": [
		"ControllerRevision",
		"ControllerRevisionList",
		"DaemonSet",
		"DaemonSetList",
		"Deployment",
		"DeploymentList",
		"ReplicaSet",
		"ReplicaSetList",
		"StatefulSet",
		"StatefulSetList"
	],
	"authentication.k8s.io/v1": [
		"SelfSubjectReview",
		"TokenRequest",
		"TokenReview"
	],
	"authentication.k8s.io/v1alpha1": ["SelfSubjectReview"],
	"authentication.k8s.io/v1beta1": ["SelfSubjectReview"],
	"authorization.k8s.io/v1": [
		"LocalSubjectAccessReview",
		"SelfSubjectAccessReview",
		"SelfSubjectRulesReview",
		"SubjectAccessReview"
	],
	"autoscaling/v1": [
		"HorizontalPodAutoscaler",
		"HorizontalPodAutoscalerList",
		"Scale"
	],
	"autoscaling/v2": ["HorizontalPodAutoscaler", "HorizontalPodAutoscalerList"],
	"batch/v1": [
		"CronJob",
		"CronJobList",
		"Job",
		"JobList"
	],
	"certificates.k8s.io/v1": ["CertificateSigningRequest", "CertificateSigningRequestList"],
	"certificates.k8s.io/v1alpha1": ["ClusterTrustBundle", "ClusterTrustBundleList"],
	"coordination.k8s.io/v1": ["Lease", "LeaseList"],
	"discovery.k8s.io/v1": ["EndpointSlice", "EndpointSliceList"],
	"events.k8s.io/v1": ["Event", "EventList"],
	"flowcontrol.apiserver.k8s.io/v1": [
		"FlowSchema",
		"FlowSchemaList",
		"PriorityLevelConfiguration",
		"PriorityLevelConfigurationList"
	],
	"flowcontrol.apiserver.k8s.io/v1beta3": [
		"FlowSchema",
		"FlowSchemaList",
		"PriorityLevelConfiguration",
		"PriorityLevelConfigurationList"
	],
	"internal.apiserver.k8s.io/v1alpha1": ["StorageVersion", "StorageVersionList"],
	"networking.k8s.io/v1": [
		"Ingress",
		"IngressClass",
		"IngressClassList",
		"IngressList",
		"NetworkPolicy",
		"NetworkPolicyList"
	],
	"networking.k8s.io/v1alpha1": [
		"IPAddress",
		"IPAddressList",
		"ServiceCIDR",
		"ServiceCIDRList"
	],
	"node.k8s.io/v1": ["RuntimeClass", "RuntimeClassList"],
	"policy/v1": [
		"Eviction",
		"PodDisruptionBudget",
		"PodDisruptionBudgetList"
	],
	"rbac.authorization.k8s.io/v1": [
		"ClusterRole",
		"ClusterRoleBinding",
		"ClusterRoleBindingList",
		"ClusterRoleList",
		"Role",
		"RoleBinding",
		"RoleBindingList",
		"RoleList"
	],
	"resource.k8s.io/v1alpha2": [
		"PodSchedulingContext",
		"PodSchedulingContextList",
		"ResourceClaim",
		"ResourceClaimList",
		"ResourceClaimParameters",
		"ResourceClaimParametersList",
		"ResourceClaimTemplate",
		"ResourceClaimTemplateList",
		"ResourceClass",
		"ResourceClassList",
		"ResourceClassParameters",
		"ResourceClassParametersList",
		"ResourceSlice",
		"ResourceSliceList"
	],
	"scheduling.k8s.io/v1": ["PriorityClass", "PriorityClassList"],
	"storage.k8s.io/v1": [
		"CSIDriver",
		"CSIDriverList",
		"CSINode",
		"CSINodeList",
		"CSIStorageCapacity",
		"CSIStorageCapacityList",
		"StorageClass",
		"StorageClassList",
		"VolumeAttachment",
		"VolumeAttachmentList"
	],
	"storage.k8s.io/v1alpha1": ["VolumeAttributesClass", "VolumeAttributesClassList"],
	"storagemigration.k8s.io/v1alpha1": ["StorageVersionMigration", "StorageVersionMigrationList"]
};
let servings;
function servingOf(kind) {
	if (!servings) {
		const byKind = /* @__PURE__ */ new Map();
		for (const [apiVersion, kinds] of Object.entries(builtInKindsByApiVersion)) for (const name of kinds) {
			let serving = byKind.get(name);
			if (!serving) byKind.set(name, serving = {
				apiVersions: /* @__PURE__ */ new Set(),
				groups: /* @__PURE__ */ new Set(),
				everGroups: /* @__PURE__ */ new Set()
			});
			serving.apiVersions.add(apiVersion);
			serving.groups.add(apiGroupOf(apiVersion));
			serving.everGroups.add(apiGroupOf(apiVersion));
		}
		for (const entry of apiLifecycles) byKind.get(entry.kind)?.everGroups.add(entry.group);
		servings = byKind;
	}
	return servings.get(kind);
}
/** The API group of an apiVersion: '' for core ("v1", and "/v1", as the API server reads it). */
function apiGroupOf(apiVersion) {
	const slash = apiVersion.indexOf("/");
	return slash === -1 ? "" : apiVersion.slice(0, slash);
}
/** Groups served by Kubernetes itself (core, apps, batch, *.k8s.io) rather than by a custom resource. */
function isBuiltInGroup(group) {
	return !group.includes(".") || group.endsWith(".k8s.io");
}
/**
* The group a built-in kind is read in when its apiVersion names a built-in group that has never served
* it (Deployment under v1 or batch/v1): the one group that serves the kind, when exactly one does.
* Undefined when the apiVersion is fine as it is, names a custom resource's group (example.com/v1
* Deployment is someone's own kind), or the kind is served by several groups (Event: core and
* events.k8s.io), where nothing says which was meant.
*/
function correctedGroupOf(apiVersion, kind) {
	const group = apiGroupOf(apiVersion);
	if (!isBuiltInGroup(group)) return void 0;
	const serving = servingOf(kind);
	if (!serving || serving.everGroups.has(group) || serving.groups.size !== 1) return void 0;
	const [only] = serving.groups;
	return only;
}
/** Kubernetes API versions: v1, v2, v1beta1, v2alpha3. */
const versionPattern = /^v[1-9]\d*(?:(?:alpha|beta)[1-9]\d*)?$/;
/**
* The apiVersions that serve a built-in kind in the bundled release, when the one written does not serve
* it at the target release; undefined when it does, or when kubeready cannot tell. Only kinds of the
* bundled schemas under a built-in group are judged (custom resources never), and versions of the
* lifecycle table are left to api-removed and api-deprecated. A group that never served the kind is
* wrong at any target. An unknown version of a right group is wrong when it is no Kubernetes version at
* all (apps/1), or when the target is the bundled release, whose versions the table lists in full: at
* other targets a version added later, or an alpha dropped earlier, cannot be ruled out.
*/
function unservedApiVersion(apiVersion, kind, target) {
	const serving = servingOf(kind);
	if (!serving) return void 0;
	const written = apiVersion.startsWith("/") ? apiVersion.slice(1) : apiVersion;
	const group = apiGroupOf(written);
	if (!isBuiltInGroup(group) || serving.apiVersions.has(written) || lifecycleOf(written, kind)) return void 0;
	const served = [...serving.apiVersions];
	if (!serving.everGroups.has(group)) return served;
	const version = written.slice(written.indexOf("/") + 1);
	const release = parseMinorVersion(builtInKindsRelease);
	const targetRelease = parseMinorVersion(target);
	const covered = release !== void 0 && targetRelease !== void 0 && compareVersions(release, targetRelease) === 0;
	return !versionPattern.test(version) || covered ? served : void 0;
}

// dist/src/model/kinds.js
const groupsOfKind = {
	Pod: [""],
	Deployment: ["apps", "extensions"],
	StatefulSet: ["apps"],
	DaemonSet: ["apps", "extensions"],
	ReplicaSet: ["apps", "extensions"],
	ReplicationController: [""],
	Job: ["batch"],
	CronJob: ["batch"],
	Service: [""],
	ConfigMap: [""],
	Secret: [""]
};
/**
* The API group an object is judged in: its apiVersion's, except for a built-in kind written under a
* built-in group that never served it, read in the one group that serves it (a Deployment under v1 is
* judged as apps). api-version-unknown reports the apiVersion; every other check reviews the object as
* the kind it says it is, as it would once the apiVersion is fixed. A kind served by several groups
* (Event), and any kind under a custom resource's group (example.com/v1 Deployment), keeps its group.
* Checks that ask whether an object (or an index entry's ref) is a kind of a built-in group ask this.
*/
function groupOf(object) {
	return correctedGroupOf(object.apiVersion, object.kind) ?? apiGroupOf(object.apiVersion);
}
function isKind(object, kind) {
	if (object.kind !== kind) return false;
	const groups = groupsOfKind[kind];
	return groups.includes(apiGroupOf(object.apiVersion)) || groups.includes(groupOf(object));
}
const workloadKinds = [
	"Pod",
	"Deployment",
	"StatefulSet",
	"DaemonSet",
	"ReplicaSet",
	"ReplicationController",
	"Job",
	"CronJob"
];
const workloadKindNames = new Set(workloadKinds);
const podTemplateLists = /* @__PURE__ */ new WeakMap();
const templateViews = /* @__PURE__ */ new WeakMap();
const containerLists = /* @__PURE__ */ new WeakMap();
const labelMaps = /* @__PURE__ */ new WeakMap();
const noLabels = Object.freeze({});
const noTemplates = Object.freeze([]);
/**
* Yields the pod spec of any workload kind, so checks never repeat per-kind code. For a custom resource
* with several pod templates (a Ray cluster's head and worker groups, a JobSet's jobs) this is the first;
* the engine calls workload checks once per template (see podTemplateViews), and there it is that template.
*/
function podTemplateOf(object) {
	return podTemplatesOf(object)[0];
}
/** Every pod template of an object, in document order: one for the built-in workloads, several for some custom resources. */
function podTemplatesOf(object) {
	if (isBuiltInGroup(apiGroupOf(object.apiVersion)) && !workloadKindNames.has(object.kind) && !customKindsInBuiltInGroups.has(object.kind)) return noTemplates;
	let templates = podTemplateLists.get(object);
	if (templates === void 0) {
		templates = findPodTemplates(object);
		podTemplateLists.set(object, templates);
	}
	return templates;
}
/** True for a custom resource with a pod template (an Argo Rollout, a RayCluster, ...), as opposed to a built-in workload. */
function isCustomWorkload(object) {
	return podTemplatesOf(object)[0]?.custom !== void 0;
}
/**
* The object once per pod template: the object itself for the first, and for each further template a
* shallow copy of it (the same fields, so every path into it is a path into the object) whose
* podTemplateOf is that template. The engine calls workload checks on each, so a check written for one
* pod template reviews a Ray worker group or a JobSet's second job as it reviews a Deployment.
*/
function podTemplateViews(object) {
	const templates = podTemplatesOf(object);
	if (templates.length <= 1) return [object];
	let views = templateViews.get(object);
	if (!views) {
		views = templates.map((template, i) => {
			if (i === 0) return object;
			const view = { ...object };
			podTemplateLists.set(view, [template]);
			return view;
		});
		templateViews.set(object, views);
	}
	return views;
}
function findPodTemplates(object) {
	const builtIn = findPodTemplate(object);
	if (builtIn) return [builtIn];
	const custom = customPodTemplates(object);
	return custom.length > 0 ? custom : noTemplates;
}
function findPodTemplate(object) {
	if (!workloadKindNames.has(object.kind)) return void 0;
	if (isKind(object, "Pod")) return object.spec && isRecord(object.spec) ? {
		spec: object.spec,
		path: ["spec"],
		labels: labelsOf(object.metadata),
		metadataPath: ["metadata"]
	} : void 0;
	if (isKind(object, "CronJob")) return fromTemplate(object.spec?.jobTemplate?.spec?.template, [
		"spec",
		"jobTemplate",
		"spec",
		"template"
	]);
	for (const kind of workloadKinds) if (kind !== "Pod" && kind !== "CronJob" && isKind(object, kind)) {
		const spec = object.spec;
		return isRecord(spec) ? fromTemplate(spec["template"], ["spec", "template"]) : void 0;
	}
}
function fromTemplate(template, path, custom) {
	if (!isRecord(template)) return void 0;
	const pod = {
		spec: isRecord(template["spec"]) ? template["spec"] : {},
		path: path.concat("spec"),
		labels: labelsOf(template["metadata"]),
		metadataPath: path.concat("metadata")
	};
	if (custom) pod.custom = custom;
	return pod;
}
/** DeploymentConfig was served as plain `v1` by OpenShift 3: a kind in a built-in group that is not built in. */
const customKindsInBuiltInGroups = /* @__PURE__ */ new Set(["DeploymentConfig"]);
const knownCustomWorkloads = {
	"argoproj.io": { Rollout: (spec) => one(spec, ["template"], {
		name: "Rollout",
		longRunning: true,
		replicas: {
			path: ["spec", "replicas"],
			unset: 1
		}
	}) },
	"apps.openshift.io": { DeploymentConfig: (spec) => one(spec, ["template"], {
		name: "DeploymentConfig",
		longRunning: true,
		replicas: {
			path: ["spec", "replicas"],
			unset: void 0
		}
	}) },
	"": { DeploymentConfig: (spec) => one(spec, ["template"], {
		name: "DeploymentConfig",
		longRunning: true,
		replicas: {
			path: ["spec", "replicas"],
			unset: void 0
		}
	}) },
	"serving.knative.dev": {
		Service: (spec) => one(spec, ["template"], {
			name: "Knative Service",
			longRunning: true,
			defaultProbes: ["readinessProbe"]
		}),
		Configuration: (spec) => one(spec, ["template"], {
			name: "Knative Configuration",
			longRunning: true,
			defaultProbes: ["readinessProbe"]
		})
	},
	"keda.sh": { ScaledJob: (spec) => one(spec, ["jobTargetRef", "template"], {
		name: "ScaledJob",
		longRunning: false
	}) },
	"jobset.x-k8s.io": { JobSet: (spec) => each(spec["replicatedJobs"], ["spec", "replicatedJobs"], (job, path) => at(job, [
		"template",
		"spec",
		"template"
	], path, {
		name: `JobSet replicated job ${quoted(job["name"])}`,
		longRunning: false
	})) },
	"leaderworkerset.x-k8s.io": { LeaderWorkerSet: (spec) => [...one(spec, ["leaderWorkerTemplate", "leaderTemplate"], {
		name: "LeaderWorkerSet leader template",
		longRunning: true
	}), ...one(spec, ["leaderWorkerTemplate", "workerTemplate"], {
		name: "LeaderWorkerSet worker template",
		longRunning: true
	})] },
	"ray.io": {
		RayCluster: (spec) => rayCluster(spec, ["spec"], "RayCluster", true),
		RayJob: (spec) => [...isRecord(spec["rayClusterSpec"]) ? rayCluster(spec["rayClusterSpec"], ["spec", "rayClusterSpec"], "RayJob", false) : [], ...one(spec, ["submitterPodTemplate"], {
			name: "RayJob submitter",
			longRunning: false
		})],
		RayService: (spec) => isRecord(spec["rayClusterConfig"]) ? rayCluster(spec["rayClusterConfig"], ["spec", "rayClusterConfig"], "RayService", true) : []
	}
};
function kubeflowJob(spec, object) {
	const found = [];
	for (const [field, roles] of Object.entries(spec)) {
		if (!field.endsWith("ReplicaSpecs") || !isRecord(roles)) continue;
		for (const [role, replicaSpec] of Object.entries(roles)) {
			if (!isRecord(replicaSpec)) continue;
			const path = [
				"spec",
				field,
				role
			];
			const pod = at(replicaSpec, ["template"], path, {
				name: `${object.kind} replica spec ${quoted(role)}`,
				longRunning: false,
				replicas: {
					path: [...path, "replicas"],
					unset: 1
				}
			});
			found.push(...pod);
		}
	}
	return found;
}
function rayCluster(cluster, path, owner, longRunning) {
	const autoscaled = cluster["enableInTreeAutoscaling"] === true;
	const defaultProbes = ["livenessProbe", "readinessProbe"];
	return [...at(cluster, ["headGroupSpec", "template"], path, {
		name: `${owner} head group`,
		longRunning,
		defaultProbes
	}), ...each(cluster["workerGroupSpecs"], [...path, "workerGroupSpecs"], (group, groupPath) => {
		const pods = {
			name: `${owner} worker group ${quoted(group["groupName"])}`,
			longRunning,
			defaultProbes
		};
		if (!autoscaled) pods.replicas = {
			path: [...groupPath, "replicas"],
			unset: void 0
		};
		return at(group, ["template"], groupPath, pods);
	})];
}
function quoted(value) {
	return typeof value === "string" ? `"${value}"` : "?";
}
function one(spec, fields, custom) {
	return at(spec, fields, ["spec"], custom);
}
function at(record, fields, path, custom) {
	let node = record;
	for (const field of fields) node = isRecord(node) ? node[field] : void 0;
	const pod = fromTemplate(node, [...path, ...fields], custom);
	return pod ? [pod] : [];
}
function each(list, path, find) {
	if (!Array.isArray(list)) return [];
	return list.flatMap((item, i) => isRecord(item) ? find(item, [...path, i]) : []);
}
const notPodGroups = /(^|\.)(kyverno\.io|gatekeeper\.sh|kubewarden\.io)$/;
const notPodFields = /* @__PURE__ */ new Set([
	"metadata",
	"status",
	"values",
	"valuesContent",
	"valuesObject"
]);
const maxWalkDepth = 12;
/** The pod templates of a custom resource: a known kind's, else those a structural walk finds. */
function customPodTemplates(object) {
	const group = apiGroupOf(object.apiVersion);
	const spec = object["spec"];
	const kinds = Object.hasOwn(knownCustomWorkloads, group) ? knownCustomWorkloads[group] : void 0;
	const known = (kinds && Object.hasOwn(kinds, object.kind) ? kinds[object.kind] : void 0) ?? (group === "kubeflow.org" && object.kind.endsWith("Job") ? kubeflowJob : void 0);
	if (known) return isRecord(spec) ? known(spec, object) : [];
	if (isBuiltInGroup(group) || notPodGroups.test(group)) return [];
	const found = [];
	walk(object, [], 0, found, object.kind);
	return found;
}
/** Finds `template` fields holding a pod template with containers that name images, outside metadata and status. */
function walk(node, path, depth, found, kind) {
	if (depth > maxWalkDepth) return;
	if (Array.isArray(node)) {
		node.forEach((item, i) => walk(item, [...path, i], depth + 1, found, kind));
		return;
	}
	if (!isRecord(node)) return;
	for (const key of Object.keys(node)) {
		if (depth === 0 && (key === "apiVersion" || key === "kind")) continue;
		if (notPodFields.has(key)) continue;
		const value = node[key];
		if (key === "template" && isPodTemplate(value)) {
			const pod = fromTemplate(value, [...path, key], {
				name: `${kind} template at ${formatPath([...path, key])}`,
				longRunning: false
			});
			if (pod) found.push(pod);
			continue;
		}
		walk(value, [...path, key], depth + 1, found, kind);
	}
}
function isPodTemplate(value) {
	if (!isRecord(value) || !isRecord(value["spec"])) return false;
	const containers = value["spec"]["containers"];
	return Array.isArray(containers) && containers.some((container) => isRecord(container) && typeof container["image"] === "string");
}
const containerFields = [
	["containers", "container"],
	["initContainers", "initContainer"],
	["ephemeralContainers", "ephemeralContainer"]
];
const defaultRoles = ["container", "initContainer"];
/** Every container of a pod, init and ephemeral ones included, with its path. */
function containersOf(pod, roles = defaultRoles) {
	let key = 0;
	for (let i = 0; i < roles.length; i++) key |= roles[i] === "container" ? 1 : roles[i] === "initContainer" ? 2 : 4;
	let lists = containerLists.get(pod);
	const known = lists?.get(key);
	if (known) return known;
	const result = listContainers(pod, roles);
	if (!lists) containerLists.set(pod, lists = /* @__PURE__ */ new Map());
	lists.set(key, result);
	return result;
}
function listContainers(pod, roles) {
	const result = [];
	for (const [field, role] of containerFields) {
		if (!roles.includes(role)) continue;
		const list = pod.spec[field];
		if (!Array.isArray(list)) continue;
		list.forEach((container, i) => {
			if (isRecord(container)) result.push({
				container,
				role,
				path: [
					...pod.path,
					field,
					i
				]
			});
		});
	}
	return result;
}
function containerLabel(at) {
	const name = typeof at.container.name === "string" ? at.container.name : "?";
	return at.role === "container" ? `container "${name}"` : `${at.role === "initContainer" ? "init" : "ephemeral"} container "${name}"`;
}
/** `Container "app"`, `Init container "setup"`: a container as the subject that starts a sentence. */
function containerSubject(at) {
	const label = containerLabel(at);
	return label.charAt(0).toUpperCase() + label.slice(1);
}
/** The labels of metadata, every value as a string. */
function labelsOf(metadata) {
	const labels = metadata?.labels;
	if (!isRecord(labels)) return noLabels;
	let result = labelMaps.get(labels);
	if (!result) {
		if (Object.values(labels).every((value) => typeof value === "string")) result = labels;
		else {
			const strings = {};
			for (const key of Object.keys(labels)) setOwnField(strings, key, String(labels[key]));
			result = strings;
		}
		labelMaps.set(labels, result);
	}
	return result;
}
const parsedWithoutNulls = /* @__PURE__ */ new WeakSet();
function markParsedWithoutNulls(object) {
	parsedWithoutNulls.add(object);
}
function isParsedWithoutNulls(object) {
	return parsedWithoutNulls.has(object);
}
/** Sets an own field, `__proto__` included: a manifest may have a key of that name, and it is data. */
function setOwnField(record, key, value) {
	if (key === "__proto__") Object.defineProperty(record, key, {
		value,
		writable: true,
		enumerable: true,
		configurable: true
	});
	else record[key] = value;
}
function isRecord(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
/** A path as people read it: spec.template.spec.containers[0].image. */
function formatPath(path) {
	let result = "";
	for (const segment of path) if (typeof segment === "number") result += `[${segment}]`;
	else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) result += result ? `.${segment}` : segment;
	else result += `[${JSON.stringify(segment)}]`;
	return result;
}

// dist/src/engine/finding.js
/** The file name findings on standard input carry. */
const STDIN_NAME = "<stdin>";
const severityRank = {
	error: 3,
	warning: 2,
	info: 1
};
function compareFindings(a, b) {
	return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.checkId < b.checkId ? -1 : a.checkId > b.checkId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
/** True when --fix can apply the finding's fix (not only suggest it). */
function isFixable(finding) {
	return finding.fix?.at !== void 0;
}

// dist/src/engine/versions.js
/** "v1.29.3", "1.29" → "1.29"; undefined when it is not a version. */
function minorVersionOf(version) {
	const match = version ? /^v?(\d+)\.(\d+)/.exec(version.trim()) : null;
	return match ? `${match[1]}.${match[2]}` : void 0;
}

// dist/src/report/escape.js
/**
* Text from the linted files (values, object and container names, file names, the messages of helm and
* kustomize) is written by whoever wrote those files. These helpers show it without letting it act.
*/
/**
* Characters that act rather than show: C0 controls (tab and line breaks among them), DEL, C1 controls
* (U+0080 to U+009F), the Unicode line and paragraph separators, and the bidirectional controls that
* reorder the text shown around them (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069).
*/
const controls = /[\p{Cc}\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/gu;
const named = {
	"	": "\\t",
	"\n": "\\n",
	"\r": "\\r"
};
/** One character as a visible escape: `\n`, `\r`, `\t`, `\x1b` up to U+00FF, `\u202e` above. */
function escapeChar(char) {
	const short = named[char];
	if (short !== void 0) return short;
	const code = char.codePointAt(0) ?? 0;
	return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
/**
* The text with every control character (see `controls`) shown as a visible escape, the rest as it is.
* A backslash is left as it is: `\x1b` in the output is either an escape or those four characters in
* the input, never a character that acts.
*/
function escapeControls(text) {
	return text.replace(controls, escapeChar);
}
/**
* Text for a terminal or a CI log, inside a line kubeready writes: control characters escaped, and
* `##[`, which GitHub's runner takes as a workflow command anywhere in a line (the old syntax), broken
* as `##\x5b`. With `lineStart`, for text that begins a line, a leading `::` (after blanks), the start
* of a workflow command, is broken as `\x3a:` too.
*/
function forLog(text, options = {}) {
	const shown = escapeControls(text).replaceAll("##[", "##\\x5b");
	return options.lineStart ? shown.replace(/^(\s*):(?=:)/u, "$1\\x3a") : shown;
}

// dist/src/main.js
const formats = [
	"stylish",
	"json",
	"sarif",
	"github",
	"junit",
	"markdown",
	"html",
	"gitlab"
];
const help = `Usage: kubeready [options] <path|->...
       kubeready init          write a commented starter .kubeready.yaml here

Reviews Kubernetes manifests for production readiness, without a cluster.
Paths are files or directories (their .yaml, .yml and .json files); - reads stdin.

Options:
  --format FORMAT          output format: stylish (default), json, sarif (GitHub code scanning),
                           github (workflow-command annotations), junit (JUnit XML), markdown (a
                           pull-request comment), html (a self-contained report) or gitlab (GitLab
                           Code Quality); repeatable
  -o, --output FILE        write the output of the --format at the same position to FILE instead of
                           stdout; repeatable: --format sarif -o k.sarif --format html -o k.html
  --code-frame, --no-code-frame
                           show the source lines of each finding (stylish; default: on a terminal)
  --quiet                  list only errors (stylish)
  -c, --config FILE        config file (default: .kubeready.yaml here or in the nearest folder above);
                           flags win over it
  --fail-on error|warning|info
                           lowest severity that makes the exit code 1 (default: warning)
  --exclude GLOB           leave out matching files; repeatable
  --no-context             for files named here, check only them (by default the other manifests of
                           their folder are read too, their unit checked whole, and only findings in
                           the named files reported: what a pre-commit hook needs)
  --max-file-size SIZE     larger files are reported, not linted (default 10 MB; e.g. 512KB, 20MB)
  --pod-security LEVEL     Pod Security Standards level to hold workloads to: privileged, baseline
                           (default) or restricted; a namespace's enforce label wins
  --crd PATH               CustomResourceDefinition files or folders whose schemas validate custom
                           resources (not linted themselves); repeatable
  --strict-kinds           report objects whose kind has no known schema (schema-missing)
  --cache                  keep each file's parse in a cache and read unchanged files from it
  --cache-location PATH    the cache file, or a folder for it (default: node_modules/.cache/kubeready/);
                           implies --cache
  --jobs N                 parse and check in N threads, and render N charts at once (default: one
                           thread, and as many renders at once as cores)

Helm charts (folders with Chart.yaml) are rendered with helm template, Kustomize targets (folders with
a kustomization) built with kustomize build, or kubectl kustomize when only kubectl is installed:
  -f, --values FILE        values file for every chart; repeatable, applied in order
  --set KEY=VALUE          value for every chart; repeatable
  --release-name NAME      release name for helm template (default: release-name)
  --namespace NAME         namespace for helm template
  --kube-version VERSION   Kubernetes version the manifests target (default: newest known): picks the
                           schemas objects are validated against; also passed to helm template
  --helm-bin PATH          helm binary (default: helm on PATH)
  --kustomize-bin PATH     kustomize or kubectl binary (default: kustomize, else kubectl, on PATH)
  --render-timeout SECONDS stop a helm or kustomize run after this long (default 60)
  --render-max-output SIZE stop a helm or kustomize run that writes more than this (default 64MB)
  --allow-remote           let kustomize fetch remote resources (URLs, git repositories); without it
                           a unit that needs one is reported and nothing is fetched

Suppressions and gradual adoption:
  --no-inline-suppressions ignore kubeready.io/ignore annotations and # kubeready-ignore comments
  --write-baseline FILE    record the current findings in FILE (their fingerprints survive moved lines)
  --baseline FILE          report only findings that FILE does not record

Fixes:
  --fix                    apply the checks' fixes to the files (plain YAML and Kustomize bases and
                           overlays; never Helm templates), then lint again and report what remains
  --fix-dry-run            print what --fix would change as a unified diff (and the fixes of Helm
                           templates as suggestions) instead of the report; write nothing

  --list-checks            list every check and exit
  --explain CHECK          describe a check: what it finds, the risk, the fix, an example
  --version                print the version and exit
  -h, --help               print this help and exit

Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage or fatal error.`;
const processIo = {
	stdout: process.stdout,
	stderr: process.stderr,
	readStdin,
	env: process.env
};
/** Runs the command line and returns the exit code. Usage errors throw UsageError. */
async function main(argv, io = processIo) {
	const { values, positionals } = await parseCommandLine({
		args: [...argv],
		allowPositionals: true,
		strict: true,
		options: {
			format: {
				type: "string",
				multiple: true,
				default: []
			},
			output: {
				type: "string",
				short: "o",
				multiple: true,
				default: []
			},
			"code-frame": { type: "boolean" },
			"no-code-frame": { type: "boolean" },
			quiet: {
				type: "boolean",
				default: false
			},
			"no-inline-suppressions": {
				type: "boolean",
				default: false
			},
			baseline: { type: "string" },
			"write-baseline": { type: "string" },
			fix: {
				type: "boolean",
				default: false
			},
			"fix-dry-run": {
				type: "boolean",
				default: false
			},
			"fail-on": { type: "string" },
			config: {
				type: "string",
				short: "c"
			},
			exclude: {
				type: "string",
				multiple: true,
				default: []
			},
			"pod-security": { type: "string" },
			crd: {
				type: "string",
				multiple: true,
				default: []
			},
			"strict-kinds": { type: "boolean" },
			"max-file-size": { type: "string" },
			cache: {
				type: "boolean",
				default: false
			},
			"cache-location": { type: "string" },
			jobs: { type: "string" },
			values: {
				type: "string",
				short: "f",
				multiple: true,
				default: []
			},
			set: {
				type: "string",
				multiple: true,
				default: []
			},
			"release-name": { type: "string" },
			namespace: { type: "string" },
			"kube-version": { type: "string" },
			"helm-bin": { type: "string" },
			"kustomize-bin": { type: "string" },
			"render-timeout": { type: "string" },
			"render-max-output": { type: "string" },
			"allow-remote": {
				type: "boolean",
				default: false
			},
			"no-context": {
				type: "boolean",
				default: false
			},
			"list-checks": {
				type: "boolean",
				default: false
			},
			explain: { type: "string" },
			version: {
				type: "boolean",
				default: false
			},
			help: {
				type: "boolean",
				short: "h",
				default: false
			}
		}
	});
	if (values.help) {
		io.stdout.write(`${help}\n`);
		return 0;
	}
	if (values.version) {
		io.stdout.write(`${version()}\n`);
		return 0;
	}
	if (values["list-checks"]) {
		const { configFile, config } = await loadConfig(values.config, process.cwd());
		const { configureChecks } = await import("./config-CmRNnrzi.js");
		const checks = await loadChecks();
		io.stdout.write(listChecks(checks, configureChecks(checks, withStrictKinds(config.checks, values["strict-kinds"] ?? config.strictKinds))));
		if (configFile) io.stderr.write(`kubeready: checks as ${forLog(relative(process.cwd(), configFile) || configFile)} sets them\n`);
		return 0;
	}
	if (values.explain !== void 0) {
		const check = (await loadChecks()).find((candidate) => candidate.meta.id === values.explain);
		if (!check) throw new UsageError(`--explain: unknown check "${values.explain}" (see kubeready --list-checks)`);
		const { renderExplain } = await import("./check-docs-C41N-JZg.js");
		io.stdout.write(renderExplain(check));
		return 0;
	}
	const outputs = pairOutputs(await Promise.all(values.format.map((name) => oneOf(name, formats, "--format"))), values.output);
	if (positionals.length === 1 && positionals[0] === "init") return init(io);
	const cwd = process.cwd();
	const { configFile, config } = await loadConfig(values.config, cwd);
	const failOn = await oneOf(values["fail-on"] ?? config.failOn ?? "warning", severities, "--fail-on");
	const podSecurityLevel = await oneOf(values["pod-security"] ?? config.podSecurityLevel ?? "baseline", podSecurityLevels, "--pod-security");
	if (positionals.length === 0) throw new UsageError("no paths given (try: kubeready examples/, or kubeready --help)");
	const kubernetesVersion = kubeVersion(values["kube-version"]) ?? config.kubernetesVersion;
	const maxFileBytes = values["max-file-size"] === void 0 ? void 0 : await fileSize(values["max-file-size"]);
	const jobs = values.jobs === void 0 ? void 0 : jobCount(values.jobs);
	const cacheFile = values.cache || values["cache-location"] !== void 0 ? cacheFileAt(values["cache-location"] ?? defaultCacheFolder, cwd) : void 0;
	if (values.fix && values["fix-dry-run"]) throw new UsageError("--fix writes the fixes and --fix-dry-run shows them: give one of the two");
	const progress = io.stderr.isTTY ? progressLine(io) : void 0;
	const { lint } = await import("./api-DIQSuNEU.js");
	let stdin;
	const lintOptions = {
		exclude: [...config.exclude ?? [], ...values.exclude],
		podSecurityLevel,
		kubernetesVersion,
		crds: [...config.crds ?? [], ...values.crd],
		...config.units && { units: config.units },
		...config.images && { images: config.images },
		context: !values["no-context"],
		maxFileBytes,
		jobs,
		cacheFile,
		...cacheFile !== void 0 && { cacheKeyFile: (await import("./cache-key-CyMPdQmV.js")).defaultCacheKeyFile(io.env) },
		strictKinds: values["strict-kinds"] ?? config.strictKinds ?? false,
		config: config.checks,
		readStdin: () => stdin ??= io.readStdin(maxFileBytes),
		helm: {
			bin: values["helm-bin"],
			values: [...config.helm?.values ?? [], ...values.values],
			set: [...config.helm?.set ?? [], ...values.set],
			releaseName: values["release-name"] ?? config.helm?.releaseName,
			namespace: values.namespace ?? config.helm?.namespace,
			kubeVersion: kubernetesVersion,
			charts: config.helm?.charts
		},
		kustomize: {
			bin: values["kustomize-bin"],
			allowRemote: values["allow-remote"]
		},
		renderLimits: {
			...values["render-timeout"] !== void 0 && { timeoutMs: seconds(values["render-timeout"], "--render-timeout") * 1e3 },
			...values["render-max-output"] !== void 0 && { maxOutputBytes: await fileSize(values["render-max-output"], "--render-max-output") }
		},
		inlineSuppressions: !values["no-inline-suppressions"] && config.inlineSuppressions !== false,
		...config.fix && { fix: config.fix },
		...configFile && config.ignore && { ignore: {
			rules: config.ignore,
			file: resolve(configFile)
		} },
		onRendered: progress?.update,
		...io.onInput && { onInput: io.onInput }
	};
	const linted = await lint(positionals, lintOptions);
	progress?.clear();
	const baselined = (result) => values.baseline === void 0 ? result : applyBaseline(result, values.baseline, cwd, configFile);
	const fixing = values.fix || values["fix-dry-run"] ? await fixFindings((await baselined(linted)).findings, positionals, cwd, values["fix-dry-run"], io) : void 0;
	const result = fixing?.written ? await lint(positionals, lintOptions) : linted;
	const reported = await baselined(result);
	const reporting = {
		failOn,
		color: useColor(io),
		codeFrame: values["no-code-frame"] ? false : values["code-frame"] ?? io.stdout.isTTY === true,
		quiet: values.quiet,
		width: io.stdout.isTTY ? io.stdout.columns || 80 : void 0
	};
	const rendered = [];
	for (const { format, file } of outputs) rendered.push({
		file,
		pieces: await render(reported, format, {
			...reporting,
			color: file ? false : reporting.color,
			width: file ? void 0 : reporting.width
		})
	});
	const baselineFile = values["write-baseline"];
	if (baselineFile !== void 0) await writeBaseline(baselineFile, result.findings, cwd, configFile);
	for (const { file, pieces } of rendered) if (file) writeOutput(file, pieces);
	if (fixing?.diff !== void 0) io.stdout.write(fixing.diff);
	else for (const { file, pieces } of rendered) if (!file) for (const piece of pieces) io.stdout.write(piece);
	if (baselineFile !== void 0) {
		const count = result.findings.length;
		io.stderr.write(`kubeready: wrote ${count} finding${count === 1 ? "" : "s"} to ${forLog(baselineFile)}; pass --baseline ${forLog(baselineFile)} to report only new ones\n`);
	}
	if (result.cache?.loaded === "unused") io.stderr.write(`kubeready: warning: cache not used: ${result.cache.error ?? "no key"}\n`);
	else if (result.cache?.error !== void 0) io.stderr.write(`kubeready: warning: cache not written to ${forLog(relative(cwd, cacheFile ?? "") || (cacheFile ?? ""))}: ${forLog(result.cache.error)}\n`);
	for (const error of result.errors) io.stderr.write(`kubeready: ${forLog(error.file)}${error.line ? `:${error.line}` : ""}: ${forLog(error.message)}\n`);
	if (result.summary.objects === 0 && result.errors.length === 0) io.stderr.write(`kubeready: warning: no Kubernetes objects found in ${pathList(positionals)}\n`);
	if (result.errors.length > 0) return 2;
	if (baselineFile !== void 0) return 0;
	return (fixing?.remaining ?? reported.findings).some((finding) => severityRank[finding.severity] >= severityRank[failOn]) ? 1 : 0;
}
/**
* --fix and --fix-dry-run: writes the fixes of the findings, or shows them. A dry run's stdout is the diff,
* and its exit code that of the findings it would not fix.
*/
async function fixFindings(findings, paths, cwd, dryRun, io) {
	const { runFixes } = await import("./command-uX44YWUv.js");
	const outcome = runFixes(findings, paths, cwd, dryRun);
	for (const message of outcome.messages) io.stderr.write(`kubeready: ${message}\n`);
	if (!dryRun) return { written: outcome.files > 0 };
	const fixed = new Set(outcome.fixed);
	return {
		written: false,
		diff: outcome.output,
		remaining: findings.filter((finding) => !fixed.has(finding))
	};
}
/** The first few paths of the command line, for a message of one line: one holding a line break is quoted. */
function pathList(paths) {
	const shown = paths.slice(0, 3).map((path) => /\p{Cc}/u.test(path) ? JSON.stringify(path) : path);
	return paths.length > shown.length ? `${shown.join(", ")} and ${paths.length - shown.length} more` : shown.join(", ");
}
const defaultCacheFolder = join("node_modules", ".cache", "kubeready");
const cacheFileName = "parse-cache";
/** --cache-location names the file, or a folder (existing, or written with a trailing slash) to keep it in. */
function cacheFileAt(location, cwd) {
	const path = resolve(cwd, location);
	return location.endsWith("/") || location.endsWith(sep) || isDirectory(path) || location === defaultCacheFolder ? join(path, cacheFileName) : path;
}
function isDirectory(path) {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}
function jobCount(value) {
	const jobs = /^\d+$/.test(value) ? Number(value) : NaN;
	if (!Number.isSafeInteger(jobs) || jobs < 1) throw new UsageError(`--jobs: expected a whole number of threads, 1 or more, got "${value}"`);
	return jobs;
}
/** Each --output goes with the --format at the same position; formats without one go to stdout (one at most). */
function pairOutputs(chosen, files) {
	const list = chosen.length > 0 ? [...chosen] : ["stylish"];
	if (files.length > list.length) throw new UsageError(`${files.length} --output files for ${list.length} --format${list.length === 1 ? "" : "s"}: give a --format for each --output`);
	const paired = list.map((format, i) => ({
		format,
		file: files[i] === "-" ? void 0 : files[i]
	}));
	if (paired.filter((output) => output.file === void 0).length > 1) throw new UsageError("only one --format can go to stdout: give the others an --output FILE");
	return paired;
}
function writeOutput(file, pieces, flag = "--output") {
	try {
		const fd = openSync(file, "w");
		try {
			for (const piece of pieces) {
				const bytes = Buffer.from(piece);
				for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
			}
		} finally {
			closeSync(fd);
		}
	} catch (error) {
		throw new UsageError(`${flag} ${file}: cannot write: ${error.code ?? String(error)}`);
	}
}
/** Files are named relative to their repository, so the baseline matches from any folder. */
async function writeBaseline(file, findings, cwd, configFile) {
	const { baselineFileKey, createBaseline } = await import("./baseline-CGUHbZU8.js");
	const { jsonPieces } = await import("./json-pieces-Dlfyz6eE.js");
	writeOutput(file, jsonPieces(createBaseline(findings, baselineFileKey(cwd, configFile))), "--write-baseline");
}
/** The config of a run: -c FILE, else .kubeready.yaml in the working directory or the nearest folder above. */
async function loadConfig(file, cwd) {
	const configFile = file ?? findConfigFile(cwd);
	return {
		configFile,
		config: configFile ? (await import("./config-file-DrFgoPyz.js")).loadConfigFile(configFile, cwd).config : {}
	};
}
async function applyBaseline(result, file, cwd, configFile) {
	const { baselineFileKey, parseBaseline, withoutBaseline } = await import("./baseline-CGUHbZU8.js");
	let text;
	try {
		text = readFileSync(file, "utf8");
	} catch (error) {
		throw new UsageError(`--baseline ${file}: cannot read: ${error.code ?? String(error)}`);
	}
	const baseline = parseBaseline(text);
	if (typeof baseline === "string") throw new UsageError(`--baseline ${file}: ${baseline}`);
	const { findings, known } = withoutBaseline(result.findings, baseline, baselineFileKey(cwd, configFile));
	const summary = {
		...result.summary,
		error: 0,
		warning: 0,
		info: 0
	};
	for (const finding of findings) summary[finding.severity]++;
	return {
		...result,
		findings,
		summary,
		baselined: known
	};
}
/** `kubeready init`: a commented starter .kubeready.yaml in the working directory, never over an existing one. */
async function init(io) {
	const { starterConfig } = await import("./starter-DiExYTL6.js");
	const target = resolve(configFileNames[0]);
	try {
		writeFileSync(target, starterConfig(), { flag: "wx" });
	} catch (error) {
		const code = error.code;
		throw new UsageError(code === "EEXIST" ? `${configFileNames[0]} already exists; kubeready init leaves it as it is` : `cannot write ${configFileNames[0]}: ${code ?? String(error)}`);
	}
	io.stdout.write(`wrote ${configFileNames[0]}: uncomment what you need (kubeready reads it from this folder and the folders below)\n`);
	return 0;
}
/** One self-overwriting line on a terminal while charts and kustomizations render. */
function progressLine(io) {
	let shown = false;
	return {
		update(done, total, name) {
			if (total < 2) return;
			io.stderr.write(`\r\u001b[2Krendered ${done}/${total}: ${forLog(name)}`);
			shown = true;
		},
		clear() {
			if (shown) io.stderr.write("\r\x1B[2K");
		}
	};
}
/** A report as the pieces it is written in: the JSON formats in many (see jsonPieces), the others in one. */
async function render(result, format, reporting) {
	const inPieces = async (value) => (await import("./json-pieces-Dlfyz6eE.js")).jsonPieces(value);
	switch (format) {
		case "json": return await inPieces((await import("./json-DPkG5c6z.js")).jsonReport(result, reporting.failOn));
		case "sarif": return await inPieces((await import("./sarif-BUPVI0F0.js")).sarifLog(result, await loadChecks(), version(), readSource));
		case "github": return [(await import("./github-3WvRqN_4.js")).formatGithub(result)];
		case "junit": return [(await import("./junit-CWg3FjNF.js")).formatJunit(result, reporting.failOn)];
		case "markdown": return [(await import("./markdown-Bl6wVEjd.js")).formatMarkdown(result, {
			checks: await loadChecks(),
			version: version(),
			readSource,
			cwd: process.cwd()
		})];
		case "html": return [(await import("./html-DjhwsUey.js")).formatHtml(result, {
			checks: await loadChecks(),
			version: version(),
			readSource,
			cwd: process.cwd(),
			generatedAt: /* @__PURE__ */ new Date()
		})];
		case "gitlab": return await inPieces((await import("./gitlab-CbeMdYOL.js")).gitlabIssues(result, { cwd: process.cwd() }));
		case "stylish": return [(await import("./stylish-KjgISrCt.js")).formatStylish(result, {
			color: reporting.color,
			codeFrame: reporting.codeFrame,
			quiet: reporting.quiet,
			readSource,
			failOn: reporting.failOn,
			width: reporting.width
		})];
	}
}
async function loadChecks() {
	return (await import("./checks-o_cX1Es6.js")).checks;
}
/** A finding's file as the report shows it (relative to the working directory); stdin has no text to show. */
function readSource(file) {
	if (file === "<stdin>") return void 0;
	try {
		return readFileSync(resolve(file), "utf8");
	} catch {
		return;
	}
}
/** Colour only on a terminal, unless NO_COLOR or FORCE_COLOR says otherwise. */
function useColor(io) {
	if (io.env["NO_COLOR"]) return false;
	if (io.env["FORCE_COLOR"] && io.env["FORCE_COLOR"] !== "0") return true;
	return io.stdout.isTTY === true;
}
async function fileSize(value, flag = "--max-file-size") {
	const bytes = (await import("./read-s9kNOnyr.js").then((n) => n.o)).parseFileSize(value);
	if (bytes === void 0) throw new UsageError(`${flag} must be a size such as 10 (MB), 512KB or 20MB (got "${value}")`);
	return bytes;
}
function seconds(value, flag) {
	const number = /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : NaN;
	if (!(number > 0) || number > 86400) throw new UsageError(`${flag} must be a number of seconds between 0 and 86400 (got "${value}")`);
	return number;
}
function kubeVersion(value) {
	if (value !== void 0 && minorVersionOf(value) === void 0) throw new UsageError(`--kube-version must look like 1.29 or v1.29.3 (got "${value}")`);
	return value;
}
async function oneOf(value, allowed, flag) {
	if (allowed.includes(value)) return value;
	const suggestion = value === void 0 ? void 0 : (await import("./suggest-hYGlNV33.js")).closest(value, allowed);
	throw new UsageError(`${flag} must be one of ${allowed.join(", ")} (got "${value}"${suggestion ? `; did you mean ${suggestion}?` : ""})`);
}
/**
* parseArgs, where an unknown option, an option without its value, or a value given to an option that
* takes none is a usage error of one line saying what was likely meant.
*/
async function parseCommandLine(config) {
	try {
		return parseArgs(config);
	} catch (error) {
		throw await commandLineProblem(config) ?? error;
	}
}
async function commandLineProblem(config) {
	const options = config.options ?? {};
	const longNames = Object.keys(options);
	const { closest } = await import("./suggest-hYGlNV33.js");
	for (const token of parseArgs({
		...config,
		strict: false,
		tokens: true
	}).tokens) {
		if (token.kind !== "option") continue;
		const option = options[token.name];
		if (option === void 0) {
			const word = token.rawName.startsWith("--") ? token.name : (config.args?.[token.index] ?? "").replace(/^-/, "");
			const suggestion = word.length > 1 ? closest(word, longNames) : void 0;
			const shown = suggestion && !token.rawName.startsWith("--") ? `-${word}` : token.rawName;
			return new UsageError(`unknown option ${shown} (${suggestion ? `did you mean --${suggestion}? ` : ""}kubeready --help lists the options${suggestion ? "" : "; a path starting with - goes after --"})`);
		}
		if (option.type === "boolean" && token.value !== void 0) return new UsageError(`${token.rawName} takes no value (got ${token.rawName}=${token.value})`);
		if (option.type === "string" && token.value === void 0) return new UsageError(`${token.rawName} needs a value (kubeready --help lists the options)`);
		if (option.type === "string" && !token.inlineValue && token.value !== void 0 && token.value.length > 1 && token.value.startsWith("-")) return new UsageError(`${token.rawName} needs a value, not ${token.value} (for a value that starts with -, write --${token.name}=${token.value})`);
	}
}
/** As lint() reads --strict-kinds: schema-missing on, as a warning, unless the config sets it. */
function withStrictKinds(config, strictKinds) {
	if (!strictKinds || config?.["schema-missing"] !== void 0) return config;
	return {
		...config,
		"schema-missing": "warning"
	};
}
/** Each check with its state in a run with this config (off or its severity), and its default where that differs. */
function listChecks(checks, configured) {
	const running = new Map(configured.map((entry) => [entry.check, entry.severity ?? entry.check.meta.severity]));
	const width = Math.max(...checks.map((check) => check.meta.id.length));
	return checks.map((check) => {
		const { meta } = check;
		const state = running.get(check) ?? "off";
		const byDefault = meta.enabledByDefault === false ? "off" : meta.severity;
		return `${meta.id.padEnd(width)}  ${state.padEnd(7)}  ${meta.category.padEnd(12)}  ${meta.title}${state === byDefault ? "" : ` (default: ${byDefault})`}\n`;
	}).join("");
}
/** kubeready's package.json is two levels up from dist/src/main.js, one from src/main.ts (in-process runs). */
function version() {
	for (const candidate of ["../../package.json", "../package.json"]) {
		let manifest;
		try {
			manifest = JSON.parse(readFileSync(new URL(candidate, import.meta.url), "utf8"));
		} catch {
			continue;
		}
		if (manifest.name === "kubeready" && manifest.version) return manifest.version;
	}
	throw new Error("cannot find the package.json of kubeready");
}
/** Standard input, up to the size limit of a file (--max-file-size): past it, reading stops with an error. */
async function readStdin(maxBytes) {
	const { decodeSource, defaultMaxFileBytes } = await import("./read-s9kNOnyr.js").then((n) => n.o);
	const limit = maxBytes ?? defaultMaxFileBytes;
	const chunks = [];
	let total = 0;
	for await (const chunk of process.stdin) {
		total += chunk.length;
		if (total > limit) {
			process.stdin.destroy();
			throw new Error(`input is over the ${limit} byte limit (--max-file-size)`);
		}
		chunks.push(chunk);
	}
	return decodeSource(Buffer.concat(chunks)).text;
}
/** One line for any error that ends a run, never a stack trace; what it quotes of the input shown escaped. */
function describeFatal(error) {
	return forLog(fatalMessage(error));
}
function fatalMessage(error) {
	if (error instanceof UsageError || error instanceof ConfigError) return error.message;
	const code = error.code;
	if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) return error.message;
	const exhausted = exhaustionOf(error);
	if (exhausted !== void 0) return `cannot finish the run: the inputs are ${exhausted}`;
	return `internal error: ${error instanceof Error ? error.message : String(error)} (please report it)`;
}

// dist/src/cli.js
setV8Flags();
/** The exit code once a run ended early: 2, whatever ended it. */
const fatalCode = 2;
/** One line on stderr and exit code 2; the stack only with KUBEREADY_DEBUG. */
function fatal(error) {
	write(process.stderr, `kubeready: ${describeFatal(error)}\n`);
	if (process.env["KUBEREADY_DEBUG"] && error instanceof Error) write(process.stderr, `${error.stack}\n`);
	process.exitCode = fatalCode;
}
const closed = /* @__PURE__ */ new Set();
for (const stream of [process.stdout, process.stderr]) stream.on("error", (error) => {
	closed.add(stream);
	if (error.code === "EPIPE") return;
	if (stream !== process.stderr) write(process.stderr, `kubeready: cannot write the output: ${error.code ?? error.message}\n`);
	process.exitCode = fatalCode;
});
function write(stream, text) {
	if (closed.has(stream)) return;
	try {
		stream.write(text);
	} catch {
		closed.add(stream);
	}
}
process.on("uncaughtException", (error) => {
	fatal(error);
	process.exit(fatalCode);
});
const io = {
	...processIo,
	stdout: {
		write: (text) => write(process.stdout, text),
		isTTY: process.stdout.isTTY,
		columns: process.stdout.columns
	},
	stderr: {
		write: (text) => write(process.stderr, text),
		isTTY: process.stderr.isTTY
	},
	onInput: (characters) => void setHeapGrowthFor(characters)
};
main(process.argv.slice(2), io).then((code) => {
	process.exitCode ??= code;
}, fatal);

export { apiVersionOf as A, categories as B, setOwnField as C, correctedGroupOf as D, builtInKindsRelease as E, parseMinorVersion as F, newestKubernetesVersion as G, defineEngineCheck as H, statusAt as I, configFileNames as J, perOptions as K, ConfigError as L, lifecycleOf as M, migrationAdvice as N, isBuiltInGroup as O, migrationAt as P, UsageError as R, podTemplatesOf as S, apiGroupOf as T, defineObjectCheck as U, defaultRunSettings as V, defineSourceCheck as W, findConfigFile as Y, isRecord as _, STDIN_NAME as a, podTemplateOf as b, severityRank as c, containersOf as d, formatPath as f, isParsedWithoutNulls as g, isKind as h, minorVersionOf as i, compareVersions as j, unservedApiVersion as k, containerLabel as l, isCustomWorkload as m, escapeControls as n, compareFindings as o, groupOf as p, severities as q, forLog as r, isFixable as s, escapeChar as t, containerSubject as u, labelsOf as v, workloadKinds as w, podTemplateViews as x, markParsedWithoutNulls as y, exhaustionOf as z };