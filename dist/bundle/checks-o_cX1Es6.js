import { A as apiVersionOf, D as correctedGroupOf, E as builtInKindsRelease, F as parseMinorVersion, G as newestKubernetesVersion, H as defineEngineCheck, I as statusAt, K as perOptions, M as lifecycleOf, N as migrationAdvice, O as isBuiltInGroup, P as migrationAt, T as apiGroupOf, U as defineObjectCheck, W as defineSourceCheck, _ as isRecord, b as podTemplateOf, d as containersOf, f as formatPath, h as isKind, j as compareVersions, k as unservedApiVersion, l as containerLabel, p as groupOf, u as containerSubject, v as labelsOf$1, w as workloadKinds } from "./cli.js";
import { C as selectorCandidates, S as matchesLabelSelector, _ as unitKnowsPodsIn, b as labelLookup, c as entriesWhere, d as ownWorkloadsIn, f as perScope, i as withoutTrailing, l as memoize, m as sameNamespace, n as isRegExpSpace, o as createsServicesAtRunTime, r as wildcardMatches, s as entriesByKey, u as ownEntries, v as workloadsLabelledFor, x as matchesLabelMap, y as workloadsNamed } from "./text-scan-HIUIc5jP.js";
import { d as isRootUser, f as isShellProgram, g as parseImage, h as stageByName, i as execFormOf, l as isDockerfileObject, m as runScriptOf, o as finalStageIndex, p as runInstructionOf, r as dockerfileKind, s as finalUserOf, t as baseStageOf } from "./dockerfile--1PYcFcI.js";
import { createRequire } from "node:module";
import { Buffer as Buffer$1 } from "node:buffer";

// dist/src/model/workloads.js
/** Long-running workloads, as opposed to Jobs and CronJobs, which are meant to finish. */
const longRunningKinds$1 = [
	"Pod",
	"Deployment",
	"StatefulSet",
	"DaemonSet",
	"ReplicaSet",
	"ReplicationController"
];
/**
* Long-running workloads: the built-in ones above, and the pod templates of custom resources known to run
* continuously (an Argo Rollout, a DeploymentConfig, a Knative Service, a Ray cluster's groups).
*/
function isLongRunning(object) {
	if (longRunningKinds$1.some((kind) => isKind(object, kind))) return true;
	return podTemplateOf(object)?.custom?.longRunning === true;
}
/**
* Workloads whose replica count a person sets: Deployments and StatefulSets, and the long-running pod
* templates of custom resources whose replica field is known (spec.replicas of a Rollout, replicas of a
* Ray worker group). For others, the replica checks stay silent.
*/
function isReplicated(object) {
	if (isKind(object, "Deployment") || isKind(object, "StatefulSet")) return true;
	const custom = podTemplateOf(object)?.custom;
	return custom?.longRunning === true && custom.replicas !== void 0;
}
const specReplicas = ["spec", "replicas"];
/**
* The replica field of a workload: spec.replicas (1 when unset) for the built-in kinds, the field the
* custom resource defines for its pod template (podTemplateOf(object).custom.replicas), undefined when
* the resource has none kubeready knows.
*/
function replicaFieldOf(object) {
	const custom = podTemplateOf(object)?.custom;
	if (custom) return custom.replicas && {
		path: custom.replicas.path,
		value: valueAt$3(object, custom.replicas.path),
		unset: custom.replicas.unset
	};
	return {
		path: specReplicas,
		value: valueAt$3(object, specReplicas),
		unset: 1
	};
}
function valueAt$3(object, path) {
	let node = object;
	for (const segment of path) node = Array.isArray(node) ? node[segment] : isRecord(node) ? node[segment] : void 0;
	return node;
}
/** The replica count as written (undefined when unset or not a number): spec.replicas, or the custom resource's own field. */
function declaredReplicas(object) {
	const replicas = replicaFieldOf(object)?.value;
	return typeof replicas === "number" ? replicas : void 0;
}
/**
* The fewest replicas the workload runs with: the autoscaler's minimum when one manages it
* (HPA minReplicas defaults to 1; a KEDA ScaledObject's minReplicaCount to 0), else spec.replicas,
* which defaults to 1.
*/
function minimumReplicas(workload, index) {
	const minimums = index.autoscalersOf(workload).map((autoscaler) => {
		const spec = autoscaler.object["spec"];
		if (!isRecord(spec)) return 1;
		const value = autoscaler.ref.kind === "ScaledObject" ? spec["minReplicaCount"] ?? 0 : spec["minReplicas"] ?? 1;
		return typeof value === "number" ? value : 1;
	});
	if (minimums.length > 0) return minimums.reduce((least, value) => Math.min(least, value));
	return declaredReplicas(workload.object) ?? 1;
}

// dist/src/model/disruptions.js
/** Shared logic of the disruption checks: budgets, replica floors and preStop sleeps. */
/** A PodDisruptionBudget (policy/v1, policy/v1beta1, or a mistyped built-in version such as v1). */
function isBudget(object) {
	return object.kind === "PodDisruptionBudget" && isBuiltInGroup(apiGroupOf(object.apiVersion));
}
/** `Deployment "api"`, and the namespace when asked for. */
function describeRef(ref, withNamespace = false) {
	const name = `${ref.kind} "${ref.name}"`;
	return withNamespace ? `${name} ${namespaceText$3(ref.namespace)}` : name;
}
/**
* A workload as messages name it: its ref, and for one of several pod templates of a custom resource which
* one (`RayCluster "ray" worker group "cpu"`, `JobSet "train" replicated job "workers"`).
*/
function describeWorkload(workload) {
	const name = describeRef(workload.ref);
	const template = workload.pod?.custom?.name;
	const prefix = `${workload.ref.kind} `;
	return template?.startsWith(prefix) ? `${name} ${template.slice(prefix.length)}` : name;
}
/** `Deployment "a", Deployment "b" and 3 more`. */
function listRefs(entries, withNamespace = false, limit = 3) {
	const names = entries.slice(0, limit).map((entry) => describeRef(entry.ref, withNamespace));
	return entries.length > limit ? `${names.join(", ")} and ${entries.length - limit} more` : names.join(", ");
}
function namespaceText$3(namespace) {
	return namespace === "" ? "without a namespace" : `in namespace "${namespace}"`;
}
/** A selector with no matchLabels and no matchExpressions ({}, or both empty). */
function isEmptySelector(selector) {
	if (!isRecord(selector)) return false;
	const labels = selector["matchLabels"];
	const expressions = selector["matchExpressions"];
	return !(isRecord(labels) && Object.keys(labels).length > 0) && !(Array.isArray(expressions) && expressions.length > 0);
}
/**
* The selector of a budget as the disruption controller reads it. policy/v1 selects every pod of the
* namespace with an empty selector; policy/v1beta1 selected none, so there it counts as absent.
*/
function budgetSelector(budget) {
	const spec = budget["spec"];
	const selector = isRecord(spec) ? spec["selector"] : void 0;
	if (!isRecord(selector)) return void 0;
	if (budget.apiVersion.trim() === "policy/v1beta1" && isEmptySelector(selector)) return void 0;
	return selector;
}
/** True for a policy/v1beta1 budget whose empty selector selects nothing (unlike policy/v1). */
function isEmptyBetaSelector(budget) {
	const spec = budget["spec"];
	return isRecord(spec) && isEmptySelector(spec["selector"]) && budgetSelector(budget) === void 0;
}
/** The budgets that cover a workload's pods (same namespace; index.budgetsSelecting, v1beta1 corrected). */
function budgetsProtecting(workload, index) {
	return index.budgetsSelecting(workload).filter((budget) => !isEmptyBetaSelector(budget.object));
}
const budgetCandidates = (budgets) => selectorCandidates(budgets, (budget) => budgetSelector(budget.object)?.matchLabels);
/** Budgets of OTHER namespaces whose selector would match the workload's pods: a common mistake. */
function budgetsElsewhere(workload, index) {
	const labels = workload.pod?.labels ?? {};
	return index.sift(budgetCandidates, { kind: "PodDisruptionBudget" })(labels).filter((budget) => !sameNamespace(budget.ref.namespace, workload.ref.namespace) && isBudget(budget.object)).filter((budget) => {
		const selector = budgetSelector(budget.object);
		return selector !== void 0 && !isEmptySelector(selector) && matchesLabelSelector(selector, labels);
	});
}
/** The workloads of the budget's namespace whose pods the budget selects. */
function workloadsOfBudget(budget, namespace, index) {
	const selector = budgetSelector(budget);
	return selector === void 0 ? [] : index.podsSelectedBy(selector, namespace);
}
/**
* Custom resources of the namespace whose pods the selector probably selects: operators and
* controllers (Argo Rollouts, the Prometheus operator, database operators) create pods the index
* does not see. A custom resource counts when its own labels, its spec.template labels or its
* spec.podMetadata labels match.
*/
function customResourcesSelected(selector, namespace, index) {
	if (!isRecord(selector)) return [];
	return index.sift(customResourcesByLabel, { namespace })(selector.matchLabels).filter((entry) => customResourceLabelsOf(entry).some((map) => matchesLabelSelector(selector, map)));
}
function isCustomResource(entry) {
	return entry.pod === void 0 && !isBuiltInGroup(apiGroupOf(entry.ref.apiVersion));
}
const customResourceLabels = /* @__PURE__ */ new WeakMap();
/** A custom resource's own, spec.template and spec.podMetadata labels, the non-empty ones. */
function customResourceLabelsOf(entry) {
	let labels = customResourceLabels.get(entry.object);
	if (!labels) {
		const spec = entry.object["spec"];
		const template = isRecord(spec) ? spec["template"] : void 0;
		labels = [
			entry.object.metadata?.labels,
			isRecord(template) && isRecord(template["metadata"]) ? template["metadata"]["labels"] : void 0,
			isRecord(spec) && isRecord(spec["podMetadata"]) ? spec["podMetadata"]["labels"] : void 0
		].flatMap((found) => isRecord(found) && Object.keys(found).length > 0 ? [stringLabels$1(found)] : []);
		customResourceLabels.set(entry.object, labels);
	}
	return labels;
}
/** The custom resources without a pod template of a namespace, by their labels. */
const customResourcesByLabel = (objects) => labelLookup(objects.filter(isCustomResource), customResourceLabelsOf);
function stringLabels$1(labels) {
	return Object.fromEntries(Object.entries(labels).map(([key, value]) => [key, String(value)]));
}
/** A selector as kubectl writes it: `app=api,tier in (web,api),!canary`. */
function formatSelector(selector) {
	if (!isRecord(selector)) return "";
	const parts = [];
	const labels = selector["matchLabels"];
	if (isRecord(labels)) for (const [key, value] of Object.entries(labels)) parts.push(`${key}=${String(value)}`);
	const expressions = selector["matchExpressions"];
	if (Array.isArray(expressions)) for (const requirement of expressions) {
		if (!isRecord(requirement)) continue;
		const key = String(requirement["key"]);
		const values = Array.isArray(requirement["values"]) ? requirement["values"].map(String).join(",") : "";
		switch (requirement["operator"]) {
			case "In":
				parts.push(`${key} in (${values})`);
				break;
			case "NotIn":
				parts.push(`${key} notin (${values})`);
				break;
			case "Exists":
				parts.push(key);
				break;
			case "DoesNotExist":
				parts.push(`!${key}`);
				break;
			default: parts.push(`${key} ${String(requirement["operator"])} (${values})`);
		}
	}
	return parts.join(",");
}
/** A non-negative integer, also when written as a string of digits ("3"). Undefined otherwise. */
function intLike(value) {
	if (typeof value === "number") return Number.isInteger(value) && value >= 0 ? value : void 0;
	if (typeof value === "string" && /^\s*\d+\s*$/.test(value)) return Number(value);
}
/**
* The replica floor of a Deployment, StatefulSet, ReplicaSet, ReplicationController or custom resource
* with a known replica field (see replicaFieldOf): minimumReplicas
* when an autoscaler manages it (HPA minReplicas, KEDA minReplicaCount), else spec.replicas (a string
* of digits accepted), default 1. Undefined when spec.replicas is set to something that is not a count
* (a template expression, say).
*/
function replicaFloor(workload, index) {
	const autoscalers = index.autoscalersOf(workload);
	if (autoscalers.length > 0) {
		const count = minimumReplicas(workload, index);
		const lowest = autoscalers.find((autoscaler) => autoscalerMinimum(autoscaler) === count) ?? autoscalers[0];
		return {
			count,
			source: lowest ? autoscalerText(lowest) : "its autoscaler",
			autoscaled: true
		};
	}
	const field = replicaFieldOf(workload.object);
	if (!field) return void 0;
	const name = formatPath(field.path);
	if (field.value === void 0 || field.value === null) return field.unset === void 0 ? void 0 : {
		count: field.unset,
		source: `${name} unset, so ${field.unset}`,
		autoscaled: false
	};
	const count = declaredReplicas(workload.object) ?? intLike(field.value);
	return count === void 0 ? void 0 : {
		count,
		source: `${name} ${count}`,
		autoscaled: false
	};
}
/** The same minimum as minimumReplicas computes, for one autoscaler. */
function autoscalerMinimum(autoscaler) {
	const spec = autoscaler.object["spec"];
	if (!isRecord(spec)) return 1;
	const value = autoscaler.ref.kind === "ScaledObject" ? spec["minReplicaCount"] ?? 0 : spec["minReplicas"] ?? 1;
	return typeof value === "number" ? value : 1;
}
function autoscalerText(autoscaler) {
	const spec = autoscaler.object["spec"];
	const field = autoscaler.ref.kind === "ScaledObject" ? "minReplicaCount" : "minReplicas";
	const set = isRecord(spec) && typeof spec[field] === "number";
	return `${describeRef(autoscaler.ref)} ${field} ${autoscalerMinimum(autoscaler)}${set ? "" : " by default"}`;
}
const shells$1 = /* @__PURE__ */ new Set([
	"sh",
	"bash",
	"ash",
	"dash",
	"zsh",
	"ksh",
	"mksh"
]);
const units = {
	"": 1,
	s: 1,
	m: 60,
	h: 3600,
	d: 86400
};
/**
* The time a container's preStop hook sleeps: the native `sleep.seconds`, an exec `sleep N`
* (`5`, `"5"`, `"5s"`, `"1m"`, several arguments add up), or the sleeps of an `sh -c` script, added up.
* Undefined when the hook does not sleep a known time.
*/
function preStopSleepOf(at) {
	const lifecycle = at.container.lifecycle;
	const preStop = isRecord(lifecycle) ? lifecycle["preStop"] : void 0;
	if (!isRecord(preStop)) return void 0;
	const hookPath = [
		...at.path,
		"lifecycle",
		"preStop"
	];
	const sleep = preStop["sleep"];
	if (isRecord(sleep)) {
		const seconds = intLike(sleep["seconds"]);
		return seconds === void 0 ? void 0 : {
			seconds,
			path: [
				...hookPath,
				"sleep",
				"seconds"
			],
			text: `sleep.seconds ${seconds}`
		};
	}
	const exec = preStop["exec"];
	const command = isRecord(exec) ? exec["command"] : void 0;
	if (!Array.isArray(command)) return void 0;
	const words = command.map((word) => typeof word === "string" ? word : typeof word === "number" ? String(word) : "");
	const commandPath = [
		...hookPath,
		"exec",
		"command"
	];
	let first = 0;
	if (baseName(words[0]) === "busybox" || baseName(words[0]) === "env") first = 1;
	const program = baseName(words[first]);
	if (program === "sleep") {
		const seconds = sleepArguments(words.slice(first + 1));
		return seconds === void 0 ? void 0 : {
			seconds,
			path: [...commandPath, first + 1],
			text: words.slice(first).join(" ")
		};
	}
	if (shells$1.has(program)) {
		const flag = words.findIndex((word, i) => i > first && isScriptFlag(word));
		const script = flag === -1 ? void 0 : words[flag + 1];
		if (script === void 0) return void 0;
		const seconds = scriptSleeps(script);
		return seconds === void 0 ? void 0 : {
			seconds,
			path: [...commandPath, flag + 1],
			text: shorten(script)
		};
	}
}
/**
* `-c`, `-ec`, `-xec`: short flags of a shell, one of them c. (`^-[a-z]*c[a-z]*$` said the same in time
* quadratic in a word of c's.)
*/
function isScriptFlag(word) {
	return /^-[a-z]*$/.test(word) && word.includes("c");
}
/** The seconds a `sleep` with these arguments waits; several arguments add up, as in GNU sleep. */
function sleepArguments(args) {
	let total = 0;
	let any = false;
	for (const raw of args) {
		const arg = unquote$1(raw);
		if (arg === "" || /^[<>]|^\d*>/.test(arg)) break;
		if (arg === "infinity") return Infinity;
		const match = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(arg);
		if (!match?.[1]) return void 0;
		total += Number(match[1]) * (units[match[2] ?? ""] ?? 1);
		any = true;
	}
	return any ? total : void 0;
}
/** The sleeps of a shell script, added up; undefined when it has none of a known length. */
function scriptSleeps(script) {
	let total = 0;
	let any = false;
	for (const segment of script.split(/&&|\|\||[;&|\n]/)) {
		const tokens = segment.trim().split(/\s+/).map(unquote$1);
		while (tokens[0] === "exec" || tokens[0] === "command" || tokens[0] === "busybox") tokens.shift();
		if (baseName(tokens[0]) !== "sleep") continue;
		const seconds = sleepArguments(tokens.slice(1));
		if (seconds === void 0) continue;
		total += seconds;
		any = true;
	}
	return any ? total : void 0;
}
function unquote$1(word) {
	return word.trim().replace(/^(['"])(.*)\1$/, "$2");
}
function baseName(word) {
	if (word === void 0) return "";
	const clean = unquote$1(word);
	return clean.slice(clean.lastIndexOf("/") + 1);
}
function formatSeconds(seconds) {
	return Number.isFinite(seconds) ? `${Number(seconds.toFixed(3))}s` : "forever";
}
/** A script on one line, cut at 60 characters. */
function shorten(script) {
	const line = script.trim().replace(/\s+/g, (run) => run.includes("\n") ? "; " : " ");
	return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

// dist/src/model/fix-paths.js
/**
* Whether a fix's `set` at `path` can be applied to the object as written: every node on the way that
* exists is a mapping (or a list, for a numeric segment within it), and a missing part holds no list
* index, since a set creates mappings only. A null (`resources:` left empty) counts as missing, as it does
* to the API server; a string or a template value on the way means the manifest says something the fix
* cannot reason about, so no fix is offered.
*/
function canSetAt(object, path) {
	let node = object;
	for (let i = 0; i < path.length - 1; i++) {
		const segment = path[i];
		if (node === void 0 || node === null) return path.slice(i, -1).every((rest) => typeof rest === "string");
		if (typeof segment === "number") {
			if (!Array.isArray(node) || segment >= node.length) return false;
			node = node[segment];
		} else {
			if (!isRecord(node)) return false;
			node = Object.hasOwn(node, segment) ? node[segment] : void 0;
		}
	}
	const last = path[path.length - 1];
	if (last === void 0) return false;
	return node === void 0 || node === null ? typeof last === "string" : typeof last === "string" ? isRecord(node) : Array.isArray(node) && last < node.length;
}
/** Whether an `append` to the list at `path` can be applied: the way there is settable and the value there is a list or missing. */
function canAppendAt(object, path) {
	if (!canSetAt(object, path)) return false;
	const value = valueAt$2(object, path);
	return value === void 0 || value === null || Array.isArray(value);
}
/** The value at a path, undefined when any part of it is missing. */
function valueAt$2(object, path) {
	let node = object;
	for (const segment of path) if (typeof segment === "number") node = Array.isArray(node) ? node[segment] : void 0;
	else node = isRecord(node) && Object.hasOwn(node, segment) ? node[segment] : void 0;
	return node;
}
/** A copy of plain parsed data (mappings, lists, scalars), for values a fix writes out of the object's own. */
function copyData(value) {
	return structuredClone(value);
}
/** The labels of a mapping when every value is a string (as the API requires); undefined otherwise or when empty. */
function stringLabels(labels) {
	if (!isRecord(labels)) return void 0;
	const keys = Object.keys(labels);
	if (keys.length === 0 || keys.some((key) => typeof labels[key] !== "string")) return void 0;
	return { ...labels };
}

// dist/src/model/api-migration.js
const rename = () => ({
	edits: [],
	notes: []
});
const steps = new Map([
	"extensions/v1beta1 NetworkPolicy",
	"extensions/v1beta1 PodSecurityPolicy",
	"extensions/v1beta1 Ingress",
	"networking.k8s.io/v1beta1 IngressClass",
	"apiregistration.k8s.io/v1beta1 APIService",
	"authentication.k8s.io/v1beta1 TokenReview",
	"coordination.k8s.io/v1beta1 Lease",
	"rbac.authorization.k8s.io/v1beta1 ClusterRole",
	"rbac.authorization.k8s.io/v1beta1 ClusterRoleBinding",
	"rbac.authorization.k8s.io/v1beta1 Role",
	"rbac.authorization.k8s.io/v1beta1 RoleBinding",
	"scheduling.k8s.io/v1beta1 PriorityClass",
	"storage.k8s.io/v1beta1 CSIDriver",
	"storage.k8s.io/v1beta1 CSINode",
	"storage.k8s.io/v1beta1 StorageClass",
	"storage.k8s.io/v1beta1 VolumeAttachment",
	"storage.k8s.io/v1beta1 CSIStorageCapacity",
	"batch/v1beta1 CronJob",
	"node.k8s.io/v1beta1 RuntimeClass",
	"flowcontrol.apiserver.k8s.io/v1beta1 FlowSchema",
	"flowcontrol.apiserver.k8s.io/v1beta1 PriorityLevelConfiguration",
	"flowcontrol.apiserver.k8s.io/v1beta2 FlowSchema",
	"flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema"
].map((type) => [type, rename]));
steps.set("policy/v1beta1 PodDisruptionBudget", (object) => isEmptySelector(valueAt$2(object, ["spec", "selector"])) ? void 0 : rename(object));
steps.set("autoscaling/v2beta2 HorizontalPodAutoscaler", (object) => {
	const metrics = valueAt$2(object, ["spec", "metrics"]);
	if (metrics !== void 0 && !Array.isArray(metrics)) return void 0;
	return (metrics ?? []).some((metric) => isRecord(metric) && Object.values(metric).some((source) => isRecord(source) && Object.keys(source).some((key) => key.startsWith("target") && key !== "target"))) ? void 0 : rename(object);
});
for (const [apiVersion, kinds] of [
	["extensions/v1beta1", [
		"Deployment",
		"DaemonSet",
		"ReplicaSet"
	]],
	["apps/v1beta1", [
		"Deployment",
		"StatefulSet",
		"ReplicaSet"
	]],
	["apps/v1beta2", [
		"Deployment",
		"StatefulSet",
		"DaemonSet",
		"ReplicaSet"
	]]
]) for (const kind of kinds) {
	const keepsOnDelete = apiVersion === "extensions/v1beta1" && kind === "DaemonSet" || apiVersion === "apps/v1beta1" && kind === "StatefulSet";
	steps.set(`${apiVersion} ${kind}`, (object) => toAppsV1(object, keepsOnDelete));
}
function toAppsV1(object, keepsOnDelete) {
	const spec = object["spec"];
	if (!isRecord(spec) || Object.hasOwn(spec, "rollbackTo") || Object.hasOwn(spec, "templateGeneration")) return void 0;
	const edits = [];
	const notes = [];
	const selector = workloadSelector(object);
	if (!selector) return void 0;
	if (selector.defaulted) {
		edits.push({
			op: "set",
			path: ["spec", "selector"],
			value: selector.selector
		});
		notes.push("spec.selector from the template labels");
	}
	if (keepsOnDelete) {
		const strategy = spec["updateStrategy"];
		if (strategy !== void 0 && strategy !== null && !isRecord(strategy)) return void 0;
		const type = isRecord(strategy) ? strategy["type"] : void 0;
		if (type === void 0 || type === null || type === "") {
			edits.push({
				op: "set",
				path: [
					"spec",
					"updateStrategy",
					"type"
				],
				value: "OnDelete"
			});
			notes.push("updateStrategy.type OnDelete, the default of the old version");
		}
	}
	return {
		edits,
		notes
	};
}
/** The versions whose API server made a missing spec.selector from the template labels (apps/v1beta2 and apps/v1 require one). */
const selectorDefaulted = /* @__PURE__ */ new Set([
	"extensions/v1beta1 Deployment",
	"extensions/v1beta1 DaemonSet",
	"extensions/v1beta1 ReplicaSet",
	"apps/v1beta1 Deployment",
	"apps/v1beta1 StatefulSet",
	"apps/v1beta1 ReplicaSet"
]);
/**
* A workload's selector as the API server holds it: spec.selector as written, or, where an old apiVersion
* defaulted a missing one, matchLabels of the template labels (what the apps/v1 move writes out, so that
* fixes built on the selector agree with it in one run). Undefined when neither is a mapping.
*/
function workloadSelector(object) {
	const selector = valueAt$2(object, ["spec", "selector"]);
	if (isRecord(selector)) return {
		selector,
		defaulted: false
	};
	if (selector !== void 0 && selector !== null) return void 0;
	if (!selectorDefaulted.has(`${object.apiVersion.trim()} ${object.kind}`)) return void 0;
	const labels = stringLabels(valueAt$2(object, [
		"spec",
		"template",
		"metadata",
		"labels"
	]));
	return labels && {
		selector: { matchLabels: labels },
		defaulted: true
	};
}
/** What --fix does for api-deprecated and api-removed, which share the migration. */
const apiMigrationFixText = "Sets apiVersion to the replacement where the Deprecated API Migration Guide lists no change of shape for the move (RBAC, PriorityClass, storage, CronJob, PodDisruptionBudget unless its selector is empty, HorizontalPodAutoscaler v2beta2, FlowSchema, NetworkPolicy, RuntimeClass...). The core workloads move to apps/v1 with spec.selector made from the template labels where it was unset, and updateStrategy.type OnDelete written out where the old version defaulted to it (extensions/v1beta1 DaemonSet, apps/v1beta1 StatefulSet); apps/v1's other defaults apply from then on. Moves that change fields (Ingress to networking.k8s.io/v1, webhooks, CustomResourceDefinition, HPA v2beta1) and kinds without a successor (PodSecurityPolicy) get no fix.";
/**
* The fix for an object whose apiVersion is deprecated or removed at the target: the apiVersion the lifecycle
* table recommends, when every move on the way there is mechanical for this object and that version is served
* at the target.
*/
function apiMigrationFix(object, entry, target) {
	const migration = migrationAt(entry, target);
	const apiVersion = migration.apiVersion;
	if (apiVersion === void 0 || migration.servedFrom !== void 0) return void 0;
	const edits = [{
		op: "set",
		path: ["apiVersion"],
		value: apiVersion
	}];
	const notes = [];
	let current = entry;
	for (let hops = 0; current; hops++) {
		const moved = hops < 8 ? steps.get(`${apiVersionOf(current)} ${current.kind}`)?.(object) : void 0;
		if (!moved) return void 0;
		edits.push(...moved.edits);
		notes.push(...moved.notes);
		if (current.replacement === apiVersion) break;
		current = lifecycleOf(current.replacement, current.kind);
	}
	if (!current || !edits.every((edit) => canSetAt(object, edit.path))) return void 0;
	return {
		description: `sets apiVersion to ${apiVersion}${notes.length > 0 ? `, with ${notes.join(" and ")}` : ""}`,
		edits
	};
}

// dist/checks/anti-affinity-missing.js
const hostnameKey$1 = "kubernetes.io/hostname";
var anti_affinity_missing_default = defineObjectCheck({
	meta: {
		id: "anti-affinity-missing",
		title: "Replicas may all land on one node",
		severity: "warning",
		category: "disruptions",
		description: "A Deployment or StatefulSet with two or more replicas must keep them on different nodes: a pod anti-affinity term (required or preferred) or a topology spread constraint on kubernetes.io/hostname whose selector matches its own pods. The same holds for a custom resource whose replica field is known (an Argo Rollout's spec.replicas, a Ray worker group's replicas).",
		risk: "Nothing stops the scheduler from putting every replica on the same node. Then one node failure, drain or upgrade takes the whole workload down at once, and the extra replicas bought no availability.",
		mitigation: "Add a topologySpreadConstraints entry on kubernetes.io/hostname whose labelSelector selects the pods of this workload, or a preferred podAntiAffinity term with the same topology key and selector.",
		fix: "Appends a preferredDuringSchedulingIgnoredDuringExecution podAntiAffinity term of weight 100 on kubernetes.io/hostname whose labelSelector is the workload's own spec.selector (or the one its old apiVersion made from the template labels): soft, so that replicas still schedule when there are fewer nodes than replicas. Other affinity terms are kept; a workload without a selector matching its pod labels gets no fix.",
		example: `spec:
  replicas: 3
  template:
    metadata:
      labels: { app: api }
    spec:
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: ScheduleAnyway
          labelSelector: { matchLabels: { app: api } }`
	},
	kinds: ["Deployment", "StatefulSet"],
	check(object, { ref, report }) {
		if (!isReplicated(object)) return;
		const replicas = declaredReplicas(object);
		const pod = podTemplateOf(object);
		if (typeof replicas !== "number" || replicas < 2 || !pod) return;
		const selectsOwnPods = (term) => term.topologyKey === hostnameKey$1 && matchesLabelSelector(term.labelSelector, pod.labels) && (!("namespaces" in term) || !Array.isArray(term.namespaces) || term.namespaces.length === 0 || term.namespaces.includes(ref.namespace));
		const antiAffinity = pod.spec.affinity?.podAntiAffinity;
		if ([...listOf(antiAffinity?.requiredDuringSchedulingIgnoredDuringExecution), ...listOf(antiAffinity?.preferredDuringSchedulingIgnoredDuringExecution).map((weighted) => weighted.podAffinityTerm)].filter(isRecord).some(selectsOwnPods)) return;
		if (listOf(pod.spec.topologySpreadConstraints).filter(isRecord).some(selectsOwnPods)) return;
		report({
			path: [
				...pod.path,
				"affinity",
				"podAntiAffinity"
			],
			message: `${replicas} replicas, but neither a podAntiAffinity term nor a topologySpreadConstraint on ${hostnameKey$1} selects this workload's own pods.`,
			fix: spreadFix(object, pod)
		});
	}
});
/** A soft anti-affinity term over the workload's own selector, appended to the preferred terms. */
function spreadFix(object, pod) {
	const selector = workloadSelector(object)?.selector;
	if (!selector || isEmptySelector(selector) || !matchesLabelSelector(selector, pod.labels)) return void 0;
	const labelSelector = {};
	if (selector["matchLabels"] !== void 0) labelSelector["matchLabels"] = copyData(selector["matchLabels"]);
	if (selector["matchExpressions"] !== void 0) labelSelector["matchExpressions"] = copyData(selector["matchExpressions"]);
	const path = [
		...pod.path,
		"affinity",
		"podAntiAffinity",
		"preferredDuringSchedulingIgnoredDuringExecution"
	];
	if (!canAppendAt(object, path)) return void 0;
	return {
		description: `appends a preferred podAntiAffinity term (weight 100) on ${hostnameKey$1} selecting the workload's own pods`,
		edits: [{
			op: "append",
			path,
			value: {
				weight: 100,
				podAffinityTerm: {
					labelSelector,
					topologyKey: hostnameKey$1
				}
			}
		}]
	};
}
function listOf(value) {
	return Array.isArray(value) ? value : [];
}

// dist/checks/api-deprecated.js
var api_deprecated_default = defineObjectCheck({
	meta: {
		id: "api-deprecated",
		title: "Deprecated API version",
		severity: "warning",
		category: "correctness",
		description: "Looks up each object's apiVersion and kind in the table of Kubernetes' own deprecated API versions (from the official Deprecated API Migration Guide) and fires when that version is deprecated at the target release (--kube-version, default the newest known) but still served there. Versions already removed at the target are reported by api-removed instead.",
		risk: "The manifest still applies today, but a later upgrade stops serving this apiVersion and every apply of it then fails. Left until the upgrade, the migration lands under time pressure, together with the field and default changes the new version brings (selectors, backend names, defaulted strategies).",
		mitigation: "Move the manifest to the replacement apiVersion named in the finding now, while both versions are served and the change can be rolled out and checked on its own.",
		fix: apiMigrationFixText,
		example: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: api
spec:
  minAvailable: 1
  selector:
    matchLabels: { app: api }`
	},
	check(object, { settings, report }) {
		const entry = lifecycleOf(object.apiVersion, object.kind);
		if (!entry) return;
		const target = parseMinorVersion(settings.kubernetesVersion);
		if (!target || statusAt(entry, target) !== "deprecated") return;
		const removedIn = parseMinorVersion(entry.removedIn);
		const newest = parseMinorVersion(newestKubernetesVersion);
		const planned = removedIn && newest && compareVersions(removedIn, newest) > 0;
		const removal = removedIn ? ` and ${planned ? "scheduled for removal" : "removed"} in ${entry.removedIn}` : "";
		report({
			path: ["apiVersion"],
			message: `${apiVersionOf(entry)} ${entry.kind} is deprecated since ${entry.deprecatedIn}${removal}; ${migrationAdvice(migrationAt(entry, target))}.`,
			fix: apiMigrationFix(object, entry, target)
		});
	}
});

// dist/checks/api-removed.js
var api_removed_default = defineObjectCheck({
	meta: {
		id: "api-removed",
		title: "API version no longer served by the target Kubernetes release",
		severity: "error",
		category: "correctness",
		description: "Looks up each object's apiVersion and kind in the table of Kubernetes' own deprecated API versions (from the official Deprecated API Migration Guide) and fires when that version stopped being served at or before the target release (--kube-version, default the newest known). Only the listed kind of that group/version counts; custom resources are never judged.",
		risk: "The API server of the target release does not know this apiVersion: kubectl apply, Helm and GitOps controllers fail with \"no matches for kind\", so the object is never created or updated. Found during a cluster upgrade, it blocks the deploy pipeline or leaves a release half applied, with the old object still running unmanaged.",
		mitigation: "Rewrite the manifest for the replacement apiVersion named in the finding (kubectl convert helps) and apply the field changes the migration guide lists for it, such as the Ingress backend rename or the required Deployment selector. For PodSecurityPolicy, move to Pod Security Admission.",
		fix: apiMigrationFixText,
		example: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: { name: web, port: { number: 80 } }`
	},
	check(object, { settings, report }) {
		const entry = lifecycleOf(object.apiVersion, object.kind);
		if (!entry) return;
		const target = parseMinorVersion(settings.kubernetesVersion);
		if (!target || statusAt(entry, target) !== "removed") return;
		report({
			path: ["apiVersion"],
			message: `${apiVersionOf(entry)} ${entry.kind} was removed in Kubernetes ${entry.removedIn}; ${migrationAdvice(migrationAt(entry, target))}.`,
			fix: apiMigrationFix(object, entry, target)
		});
	}
});

// dist/src/model/placeholder.js
const finder = (pattern) => (value) => pattern.exec(value)?.[0];
const goTemplate = finder(/\{\{[^{}]+\}\}/);
const otherPlaceholders = [
	envPlaceholder,
	finder(/__[A-Z][A-Z0-9_]*[A-Z0-9]__/),
	finder(/%[A-Z][A-Z0-9_]*[A-Z0-9]%/),
	finder(/@[A-Z][A-Z0-9_]*[A-Z0-9]@/),
	finder(/<[A-Z][A-Z0-9_-]*[A-Z0-9]>/),
	finder(/<(?:your|my|insert|replace|enter)[-_ ][\w .-]+>/i),
	finder(/\b(?:REPLACE[_-]?ME|CHANGE[_-]?ME)\b/i)
];
const allPlaceholders = [goTemplate, ...otherPlaceholders];
/**
* The first `${NAME}`, `${NAME:-default}`, `${NAME?message}`... : a name, then `}` or an operator and
* anything up to the first `}`. Not `${pvc.name}` nor `${pv.name}`. The regular expression that said so
* (`[\w.:-]*(?:[:?+-][^}]*)?}`) rescanned the rest of the value from every `${` and every `:` of a name;
* here each `${` is looked at once, against the first `}` after it.
*/
function envPlaceholder(value) {
	let close = -1;
	for (let open = value.indexOf("${"); open !== -1; open = value.indexOf("${", open + 1)) {
		if (close < open) close = value.indexOf("}", open + 2);
		if (close === -1) return void 0;
		if (isEnvPlaceholderBody(value, open + 2, close)) return value.slice(open, close + 1);
	}
}
/** Whether value[from, to) is `NAME`, or `NAME` then one of `:?+-` then anything: NAME as in `[A-Za-z_][\w.]*`. */
function isEnvPlaceholderBody(value, from, to) {
	if (value.startsWith("pv.", from) || value.startsWith("pvc.", from)) return false;
	if (from >= to || !/[A-Za-z_]/.test(value.charAt(from))) return false;
	let i = from + 1;
	while (i < to && /[\w.]/.test(value.charAt(i))) i++;
	return i === to || ":?+-".includes(value.charAt(i));
}
const anyPlaceholderCharacter = /[{$%@<]|__|e[-_]?me/i;
const withGoTemplates = { goTemplates: true };
/** The first placeholder in a string value, if any. */
function findPlaceholder(value, options = withGoTemplates) {
	if (!anyPlaceholderCharacter.test(value)) return void 0;
	const finders = options.goTemplates ? allPlaceholders : otherPlaceholders;
	for (let i = 0; i < finders.length; i++) {
		const found = finders[i]?.(value);
		if (found !== void 0) return found;
	}
}
const lowercaseFields = /* @__PURE__ */ new Set([
	"namespace",
	"serviceAccountName",
	"serviceAccount",
	"volumeName",
	"claimName",
	"storageClassName",
	"secretName",
	"priorityClassName",
	"nodeName",
	"image"
]);
/**
* A bare SHOUTED_NAME (with an underscore) where Kubernetes only accepts lowercase names: the
* placeholder style of tutorials that say "replace KSA_NAME with your service account".
*/
function shoutedPlaceholder(path, value) {
	const first = value.charCodeAt(0);
	if (first < 65 || first > 90 || !/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value)) return void 0;
	const key = path.at(-1);
	const parent = path.at(-2);
	return typeof key === "string" && lowercaseFields.has(key) || key === "name" && (parent === "metadata" || typeof parent === "string" && /(?:Ref|^configMap|^secret)$/.test(parent)) ? value : void 0;
}
/**
* An unquoted `{{VAR}}` is valid YAML: a flow mapping whose only key is another flow mapping.
* The parser hands it over as a one-key object such as `{ "{ VAR }": null }`.
*/
function unquotedMustache(value) {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return void 0;
	let only;
	for (const key in value) {
		if (!Object.hasOwn(value, key)) continue;
		if (only !== void 0) return void 0;
		only = key;
	}
	if (only === void 0 || value[only] !== null || !/^\{.*\}$/s.test(only)) return void 0;
	return `{${only}}`;
}

// dist/checks/api-version-unknown.js
var api_version_unknown_default = defineObjectCheck({
	meta: {
		id: "api-version-unknown",
		title: "Built-in kind under an apiVersion that does not serve it",
		severity: "error",
		category: "correctness",
		description: "Fires on an object of a kind Kubernetes serves itself (every kind of the bundled schemas) whose apiVersion names a built-in group that has never served that kind, such as `apiVersion: v1` on a Deployment, or a version of the right group that is no Kubernetes version (apps/1). An unknown version of the right group (apps/v1beta3) is judged only when --kube-version is the release of the bundled schemas, the one whose versions kubeready knows in full. Versions Kubernetes served once and stopped serving are api-removed's finding (extensions/v1beta1 Deployment is reported there only), an apiVersion that is still a placeholder template-placeholder's, and custom resources are never judged: a kind of another group (example.com/v1 Deployment) is not the built-in one. Where exactly one group serves the kind, the other checks review the object as that kind anyway (a Deployment under v1 as apps/v1), so that its other problems show up in the same run; a kind that several groups serve (Event) is not guessed.",
		risk: "The API server has no such kind at that apiVersion: kubectl apply, Helm and GitOps controllers fail with \"no matches for kind\", so the object is never created, and whatever depends on it (the Service behind it, the rollout of a release) fails with it. Until then nothing reviews the manifest as the kind it is meant to be.",
		mitigation: "Write the apiVersion the message names for the kind (apps/v1 for Deployment, StatefulSet, DaemonSet and ReplicaSet; batch/v1 for Job and CronJob; networking.k8s.io/v1 for Ingress and NetworkPolicy). `kubectl api-resources` lists what a cluster serves.",
		example: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.4.2`
	},
	check(object, { settings, report }) {
		if (findPlaceholder(object.apiVersion)) return;
		const unserved = unservedApiVersion(object.apiVersion, object.kind, settings.kubernetesVersion);
		if (!unserved) return;
		const { kind, apiVersion } = object;
		const served = unserved.join(" or ");
		const group = correctedGroupOf(apiVersion, kind);
		const reviewed = group !== void 0 ? ` The other checks review it as a ${kind} of ${group || "the core group"}.` : "";
		report({
			path: ["apiVersion"],
			message: `The API server serves no ${kind} in version ${JSON.stringify(apiVersion)} and rejects the object ("no matches for kind"); Kubernetes ${builtInKindsRelease} serves it as ${served}.${reviewed}`
		});
	}
});

// dist/src/model/quantity.js
const suffixes = {
	n: 1e-9,
	u: 1e-6,
	m: .001,
	"": 1,
	k: 1e3,
	K: 1e3,
	M: 1e6,
	G: 1e9,
	T: 0xe8d4a51000,
	P: 0x38d7ea4c68000,
	E: 0xde0b6b3a7640000,
	Ki: 1024,
	Mi: 2 ** 20,
	Gi: 2 ** 30,
	Ti: 2 ** 40,
	Pi: 2 ** 50,
	Ei: 2 ** 60
};
/**
* A Kubernetes quantity as a number of base units: cores for cpu ("250m" is 0.25), bytes for memory
* ("1Gi" is 1073741824). Undefined when it is not a quantity.
*/
function parseQuantity(value) {
	if (typeof value === "number") return Number.isFinite(value) ? value : void 0;
	if (typeof value !== "string") return void 0;
	const match = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(Ki|Mi|Gi|Ti|Pi|Ei|[numkKMGTPE]?)$/.exec(value.trim());
	if (!match?.[1]) return void 0;
	const multiplier = suffixes[match[2] ?? ""];
	return multiplier === void 0 ? void 0 : Number(match[1]) * multiplier;
}
const strictQuantity = /^([+-]?)(\d*)(?:\.(\d*))?(?:(Ki|Mi|Gi|Ti|Pi|Ei)|([numkMGTPE])|[eE]([+-]?\d+))?$/;
const binaryPowers = {
	Ki: 10,
	Mi: 20,
	Gi: 30,
	Ti: 40,
	Pi: 50,
	Ei: 60
};
const decimalPowers = {
	n: -9,
	u: -6,
	m: -3,
	k: 3,
	M: 6,
	G: 9,
	T: 12,
	P: 15,
	E: 18
};
function exactQuantity(value) {
	const text = typeof value === "number" ? Number.isFinite(value) ? String(value) : "" : value;
	if (typeof text !== "string") return void 0;
	const match = strictQuantity.exec(text);
	if (!match) return void 0;
	const [, sign = "", whole = "", fraction = "", binarySuffix, decimalSuffix, exponent] = match;
	if (whole === "" && fraction === "") return void 0;
	let decimal = -fraction.length;
	if (decimalSuffix) decimal += decimalPowers[decimalSuffix] ?? 0;
	if (exponent !== void 0) {
		const shift = Number(exponent);
		if (!Number.isSafeInteger(shift) || Math.abs(shift) > 1e3) return void 0;
		decimal += shift;
	}
	const digits = BigInt(`${whole}${fraction}` || "0");
	return {
		digits: sign === "-" ? -digits : digits,
		decimal,
		binary: binarySuffix ? binaryPowers[binarySuffix] ?? 0 : 0
	};
}
/**
* Compares two quantities exactly, as the API server's Quantity.Cmp does ("1Gi" equals "1073741824",
* "300m" equals "0.3"): -1, 0 or 1, or undefined when either is not a quantity the API server parses.
*/
function compareQuantities(a, b) {
	const x = exactQuantity(a);
	const y = exactQuantity(b);
	if (!x || !y) return void 0;
	const decimal = Math.min(x.decimal, y.decimal);
	const binary = Math.min(x.binary, y.binary);
	const scale = (q) => q.digits * 10n ** BigInt(q.decimal - decimal) * 2n ** BigInt(q.binary - binary);
	const left = scale(x);
	const right = scale(y);
	return left < right ? -1 : left > right ? 1 : 0;
}

// dist/src/model/resources-scaling.js
/**
* Shared logic of the resources and scaling checks: container requests as Kubernetes defaults them,
* the effective request of a pod, LimitRange defaults, and what autoscalers scale on.
*/
const computeResources = ["cpu", "memory"];
function isComputeResource(value) {
	return value === "cpu" || value === "memory";
}
/** A quantity field counts as set when it holds something other than null or an empty string. */
function isQuantitySet(list, name) {
	if (!isRecord(list)) return false;
	const value = list[name];
	return value !== void 0 && value !== null && value !== "";
}
/**
* A quantity in whole scheduler units: millicores for cpu, bytes for memory, rounded up as the API
* server does ("0.1" is 100m, "100u" is 1m). Undefined when it is not a quantity or is negative.
*/
function toUnits(resource, value) {
	const parsed = parseQuantity(value);
	if (parsed === void 0 || parsed < 0) return void 0;
	const scaled = resource === "cpu" ? parsed * 1e3 : parsed;
	return Math.ceil(Math.round(scaled * 1e6) / 1e6);
}
const binaryUnits = [
	["Ei", 2 ** 60],
	["Pi", 2 ** 50],
	["Ti", 2 ** 40],
	["Gi", 2 ** 30],
	["Mi", 2 ** 20],
	["Ki", 1024]
];
const decimalUnits = [
	["E", 0xde0b6b3a7640000],
	["P", 0x38d7ea4c68000],
	["T", 0xe8d4a51000],
	["G", 1e9],
	["M", 1e6],
	["k", 1e3]
];
/** Millicores as written in a manifest: "2" for whole cores, else "1930m". */
function formatCpu(millicores) {
	if (!Number.isFinite(millicores)) return "unlimited";
	return millicores % 1e3 === 0 ? String(millicores / 1e3) : `${millicores}m`;
}
/** Bytes in the largest unit that divides them exactly (binary first: "7837Mi", "1G"), else in Gi or Mi. */
function formatMemory(bytes) {
	if (!Number.isFinite(bytes)) return "unlimited";
	if (bytes === 0) return "0";
	for (const [suffix, size] of binaryUnits) if (bytes % size === 0) return `${bytes / size}${suffix}`;
	for (const [suffix, size] of decimalUnits) if (bytes % size === 0) return `${bytes / size}${suffix}`;
	if (bytes >= 2 ** 30) return `${(bytes / 2 ** 30).toFixed(2)}Gi`;
	if (bytes >= 2 ** 20) return `${(bytes / 2 ** 20).toFixed(2)}Mi`;
	return String(bytes);
}
function formatResource(resource, units) {
	return resource === "cpu" ? formatCpu(units) : formatMemory(units);
}
/**
* The Container defaults of the LimitRanges in a namespace of the scope. Several LimitRanges each fill
* in what is still missing, so the first one that defines a value wins.
*/
function containerDefaults(index, namespace) {
	const items = [];
	for (const entry of index.ofKind("LimitRange", namespace)) {
		if (groupOf(entry.ref) !== "") continue;
		const spec = entry.object["spec"];
		const limits = isRecord(spec) ? spec["limits"] : void 0;
		if (!Array.isArray(limits)) continue;
		for (const item of limits) if (isRecord(item) && item["type"] === "Container") items.push({
			item,
			name: entry.ref.name
		});
	}
	const first = (fields, resource) => {
		for (const { item, name } of items) for (const field of fields) if (isQuantitySet(item[field], resource)) return {
			value: item[field][resource],
			from: `LimitRange "${name}" ${field}`
		};
	};
	return {
		request: (resource) => first([
			"defaultRequest",
			"default",
			"max",
			"min"
		], resource),
		limit: (resource) => first(["default", "max"], resource)
	};
}
/**
* The request of a resource: requests.<r>, else limits.<r> (the API defaults the request to the limit),
* else a LimitRange default of the namespace. Undefined when none applies.
*/
function containerRequest(container, resource, defaults) {
	const resources = container.resources;
	const requests = isRecord(resources) ? resources["requests"] : void 0;
	const limits = isRecord(resources) ? resources["limits"] : void 0;
	if (isQuantitySet(requests, resource)) return {
		value: requests[resource],
		source: "request"
	};
	if (isQuantitySet(limits, resource)) return {
		value: limits[resource],
		source: "limit"
	};
	const fallback = defaults?.request(resource);
	return fallback ? {
		value: fallback.value,
		source: "limitRange",
		from: fallback.from
	} : void 0;
}
/** An init container with restartPolicy Always: a sidecar, which runs alongside the regular containers. */
function isSidecar$1(at) {
	return at.role === "initContainer" && at.container.restartPolicy === "Always";
}
/** The containers that run for the pod's whole life: regular containers and sidecars. */
function runningContainers(pod) {
	return containersOf(pod).filter((at) => at.role === "container" || isSidecar$1(at));
}
/**
* The effective request of a pod, as the scheduler computes it: the larger of the sum over regular
* containers and sidecars, and of each init container's phase (its request plus the sidecars started
* before it), plus spec.overhead. Pod-level requests (spec.resources) take precedence when set.
*/
function podRequest(pod, resource, defaults) {
	const overhead = toUnits(resource, isRecord(pod.spec.overhead) ? pod.spec.overhead[resource] : void 0) ?? 0;
	const podResources = pod.spec["resources"];
	if (isRecord(podResources)) {
		const requests = podResources["requests"];
		const limits = podResources["limits"];
		const units = toUnits(resource, isQuantitySet(requests, resource) ? requests[resource] : isQuantitySet(limits, resource) ? limits[resource] : void 0);
		if (units !== void 0) return {
			units: units + overhead,
			shares: [],
			podLevel: true,
			overhead,
			running: units
		};
	}
	const unitsOf = (at) => {
		const request = containerRequest(at.container, resource, defaults);
		return request ? toUnits(resource, request.value) ?? 0 : 0;
	};
	const running = containersOf(pod, ["container"]).map((at) => ({
		at,
		units: unitsOf(at)
	}));
	const sidecarsSoFar = [];
	let initMax = 0;
	let initPhase;
	let initShares = [];
	for (const at of containersOf(pod, ["initContainer"])) {
		const share = {
			at,
			units: unitsOf(at)
		};
		let phase;
		if (isSidecar$1(at)) {
			sidecarsSoFar.push(share);
			running.push(share);
			phase = [...sidecarsSoFar];
		} else phase = [share, ...sidecarsSoFar];
		const total = sum(phase);
		if (total > initMax) {
			initMax = total;
			initPhase = at;
			initShares = phase;
		}
	}
	const runningTotal = sum(running);
	if (initPhase && initMax > runningTotal) return {
		units: initMax + overhead,
		shares: initShares,
		initPhase,
		overhead,
		running: runningTotal
	};
	return {
		units: runningTotal + overhead,
		shares: running,
		overhead,
		running: runningTotal
	};
}
function sum(shares) {
	return shares.reduce((total, share) => total + share.units, 0);
}
function isHorizontalPodAutoscaler(object) {
	return object.kind === "HorizontalPodAutoscaler" && groupOf(object) === "autoscaling";
}
function isScaledObject(object) {
	return object.kind === "ScaledObject" && apiGroupOf(object.apiVersion) === "keda.sh";
}
function isVerticalPodAutoscaler(object) {
	return object.kind === "VerticalPodAutoscaler" && apiGroupOf(object.apiVersion) === "autoscaling.k8s.io";
}
/** "HorizontalPodAutoscaler "api"", for messages. */
function describeObject$1(object) {
	const name = object.metadata?.name;
	return `${object.kind} "${typeof name === "string" ? name : "?"}"`;
}
/**
* The cpu and memory metrics of an HPA (autoscaling/v1, v2, v2beta2, v2beta1) or a KEDA ScaledObject.
* An HPA without metrics (or a v1 HPA without targetCPUUtilizationPercentage) scales on 80% cpu
* utilization, which the API server fills in. Custom, object, pods and external metrics are left out.
*/
function resourceMetricsOf(autoscaler) {
	const spec = autoscaler["spec"];
	if (!isRecord(spec)) return [];
	if (isScaledObject(autoscaler)) return kedaMetrics(spec);
	if (!isHorizontalPodAutoscaler(autoscaler)) return [];
	const metrics = spec["metrics"];
	const isV1 = autoscaler.apiVersion === "autoscaling/v1";
	if (!isV1 && Array.isArray(metrics) && metrics.length > 0) {
		const result = [];
		metrics.forEach((metric, i) => {
			const found = isRecord(metric) ? hpaMetric(metric, [
				"spec",
				"metrics",
				i
			]) : void 0;
			if (found) result.push(found);
		});
		return result;
	}
	const percent = spec["targetCPUUtilizationPercentage"];
	if (percent !== void 0 && percent !== null) return [{
		resource: "cpu",
		utilization: true,
		path: ["spec", "targetCPUUtilizationPercentage"],
		label: `cpu utilization (target ${String(percent)}%)`
	}];
	return [{
		resource: "cpu",
		utilization: true,
		path: isV1 ? ["spec", "targetCPUUtilizationPercentage"] : ["spec", "metrics"],
		label: "cpu utilization (the default target of 80%, as no metric is set)"
	}];
}
function hpaMetric(metric, path) {
	const type = metric["type"];
	const field = type === "ContainerResource" ? "containerResource" : type === "Resource" || type === void 0 ? "resource" : void 0;
	const source = field ? metric[field] : void 0;
	if (!isRecord(source) || !isComputeResource(source["name"])) return void 0;
	const resource = source["name"];
	const container = field === "containerResource" && typeof source["container"] === "string" ? source["container"] : void 0;
	const target = source["target"];
	let utilization = false;
	let detail = "";
	if (isRecord(target)) {
		const targetType = target["type"];
		utilization = targetType === "Utilization" || targetType === void 0 && target["averageUtilization"] !== void 0;
		detail = utilization ? `target ${String(target["averageUtilization"])}%` : `target ${String(target["averageValue"] ?? target["value"])}`;
	} else if (source["targetAverageUtilization"] !== void 0) {
		utilization = true;
		detail = `target ${String(source["targetAverageUtilization"])}%`;
	} else if (source["targetAverageValue"] !== void 0) detail = `target ${String(source["targetAverageValue"])}`;
	const what = `${container ? `container "${container}" ` : ""}${resource} ${utilization ? "utilization" : "usage"}`;
	return {
		resource,
		utilization,
		...container !== void 0 && { container },
		path,
		label: detail ? `${what} (${detail})` : what
	};
}
/** KEDA cpu and memory triggers: metricType (or the older metadata.type) defaults to Utilization. */
function kedaMetrics(spec) {
	const triggers = spec["triggers"];
	if (!Array.isArray(triggers)) return [];
	const result = [];
	triggers.forEach((trigger, i) => {
		if (!isRecord(trigger) || !isComputeResource(trigger["type"])) return;
		const resource = trigger["type"];
		const metadata = isRecord(trigger["metadata"]) ? trigger["metadata"] : {};
		const utilization = (trigger["metricType"] ?? metadata["type"] ?? "Utilization") === "Utilization";
		const container = typeof metadata["containerName"] === "string" && metadata["containerName"] !== "" ? metadata["containerName"] : void 0;
		const value = metadata["value"];
		const what = `${container ? `container "${container}" ` : ""}${resource} ${utilization ? "utilization" : "usage"}`;
		const detail = value === void 0 ? "" : ` (target ${String(value)}${utilization ? "%" : ""})`;
		result.push({
			resource,
			utilization,
			...container !== void 0 && { container },
			path: [
				"spec",
				"triggers",
				i
			],
			label: `${what}${detail}`
		});
	});
	return result;
}
/** The scale target reference of an HPA or ScaledObject (scaleTargetRef) or a VPA (targetRef). */
function targetRefOf(autoscaler) {
	const field = isVerticalPodAutoscaler(autoscaler) ? "targetRef" : "scaleTargetRef";
	const spec = autoscaler["spec"];
	const ref = isRecord(spec) ? spec[field] : void 0;
	return {
		ref: isRecord(ref) ? ref : void 0,
		field
	};
}
/** Joins labels as prose: "a", "a and b", "a, b and c". */
function joinLabels(labels) {
	if (labels.length <= 1) return labels.join("");
	return `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
}
function capitalize$2(text) {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

// dist/checks/autoscaling-spec-invalid.js
var autoscaling_spec_invalid_default = defineObjectCheck({
	meta: {
		id: "autoscaling-spec-invalid",
		title: "Autoscaler or disruption budget the API server rejects",
		severity: "error",
		category: "correctness",
		description: "Fires on a HorizontalPodAutoscaler (any autoscaling version) whose minReplicas is above maxReplicas (\"must be greater than or equal to `minReplicas`\", reported on maxReplicas as the server does), whose maxReplicas is below 1, or whose minReplicas is below 1 (validateHorizontalPodAutoscalerSpec with the lower bound of 1 that the registry uses unless the alpha HPAScaleToZero feature gate is on); and on a PodDisruptionBudget that sets both minAvailable and maxUnavailable (\"minAvailable and maxUnavailable cannot be both set\", ValidatePodDisruptionBudgetSpec, reported on the second of them), or sets either to a negative number, a percentage above 100%, or a string that is not a percentage such as \"1\" (ValidatePositiveIntOrPercent, IsNotMoreThan100Percent). Values of the wrong type are left to schema-invalid and placeholders to template-placeholder. hpa-min-replicas-low judges a valid but low minReplicas, and pdb-blocks-eviction a valid budget that allows no eviction.",
		risk: "kubectl apply, Helm or the GitOps controller fails on the object: the autoscaler or the budget is never created, so the workload runs unscaled or without disruption protection, and a release that includes it fails part-way.",
		mitigation: "Keep 1 <= minReplicas <= maxReplicas. Give a PodDisruptionBudget one of minAvailable or maxUnavailable, as an integer of 0 or more or a percentage from \"0%\" to \"100%\" (quote percentages, not counts).",
		example: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: { name: api }
spec:
  maxUnavailable: 1
  selector:
    matchLabels: { app: api }`
	},
	kinds: ["HorizontalPodAutoscaler", "PodDisruptionBudget"],
	check(object, { report }) {
		const spec = object["spec"];
		if (!isRecord(spec)) return;
		const name = `${object.kind} "${nameOf$3(object)}"`;
		if (isHorizontalPodAutoscaler(object)) {
			const min = integerOf(spec["minReplicas"]);
			const max = integerOf(spec["maxReplicas"]);
			if (min !== void 0 && min < 1) report({
				path: ["spec", "minReplicas"],
				message: `${name} sets minReplicas ${min}: the server rejects a minReplicas below 1 ("must be greater than or equal to 1") unless the cluster enables the alpha HPAScaleToZero feature gate.`
			});
			if (max !== void 0 && max < 1) report({
				path: ["spec", "maxReplicas"],
				message: `${name} sets maxReplicas ${max}: the server rejects a maxReplicas below 1 ("must be greater than 0").`
			});
			else if (min !== void 0 && max !== void 0 && min > max) report({
				path: ["spec", "maxReplicas"],
				message: `${name} sets maxReplicas ${max} below minReplicas ${min}, which the server rejects ("must be greater than or equal to \`minReplicas\`").`
			});
			return;
		}
		if (!isBudget(object)) return;
		const fields = Object.keys(spec).filter((key) => (key === "minAvailable" || key === "maxUnavailable") && isSet$3(spec[key]));
		if (fields.length === 2) {
			const second = fields[1];
			report({
				path: ["spec", second],
				message: `${name} sets both minAvailable (${JSON.stringify(spec["minAvailable"])}) and maxUnavailable (${JSON.stringify(spec["maxUnavailable"])}): the server rejects it ("minAvailable and maxUnavailable cannot be both set"). Keep one.`
			});
		}
		for (const field of fields) {
			const problem = intOrPercentProblem(spec[field]);
			if (problem) report({
				path: ["spec", field],
				message: `${name} sets ${field} to ${JSON.stringify(spec[field])}: ${problem}`
			});
		}
	}
});
/** Why the server refuses an int-or-percent budget value; undefined when it accepts it or kubeready cannot tell. */
function intOrPercentProblem(value) {
	if (typeof value === "number") return Number.isInteger(value) && value < 0 ? "the server rejects a negative count (\"must be greater than or equal to 0\")." : void 0;
	if (typeof value !== "string" || findPlaceholder(value) !== void 0) return void 0;
	const percent = /^([0-9]+)%$/.exec(value);
	if (percent) return Number(percent[1]) > 100 ? "the server rejects a percentage above 100% (\"must not be greater than 100%\")." : void 0;
	return /^-?[0-9]+$/.test(value) ? "a quoted number is a string to the server, and a string must be a percentage such as \"50%\", so it rejects the budget. Write the count unquoted." : "the server accepts only an integer or a percentage such as \"50%\" here, and rejects the budget.";
}
function integerOf(value) {
	return typeof value === "number" && Number.isInteger(value) ? value : void 0;
}
function isSet$3(value) {
	return value !== void 0 && value !== null;
}
function nameOf$3(object) {
	const name = object.metadata?.name;
	return typeof name === "string" ? name : "?";
}

// dist/src/model/credential-shapes.js
/**
* Credentials recognised by their shape, whatever key or variable holds them: access tokens whose issuers
* give them a fixed prefix and alphabet. Values come from the input, so nothing here takes more than time
* linear in the value: the value is cut once into runs of token characters, and each run is tested against
* patterns tried at its start only (sticky) and anchored at its end whose character classes leave no choice (no class of a pattern overlaps
* the text that follows it), so a match attempt never backtracks.
*/
const shapes = [
	{
		name: "an AWS access key id",
		pattern: /(?:AKIA|ASIA)[0-9A-Z]{16}$/y
	},
	{
		name: "a GitHub token",
		pattern: /gh[pousr]_[A-Za-z0-9]{36}$/y
	},
	{
		name: "a GitHub fine-grained token",
		pattern: /github_pat_[A-Za-z0-9_]{22,255}$/y
	},
	{
		name: "a Slack token",
		pattern: /xox[abeoprs]-[A-Za-z0-9-]{10,250}$/y
	},
	{
		name: "a Stripe secret key",
		pattern: /[sr]k_live_[A-Za-z0-9]{20,250}$/y
	},
	{
		name: "a JSON Web Token",
		pattern: /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}$/y
	}
];
const exampleMarks = ["EXAMPLE", "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"];
/** A letter, digit, `_`, `-` or `.`: the characters of the tokens above. */
function isTokenCharacter(code) {
	return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95 || code === 45 || code === 46;
}
/** The shortest token any shape accepts: runs shorter than this are not tried. */
const shortest = 20;
/** What kind of token the value holds (`a GitHub token`), or undefined when it holds none. */
function knownTokenIn(value) {
	let start = -1;
	for (let i = 0; i <= value.length; i++) {
		if (i < value.length && isTokenCharacter(value.charCodeAt(i))) {
			if (start === -1) start = i;
			continue;
		}
		if (start !== -1 && i - start >= shortest) {
			const found = shapeOf(value.slice(start, i));
			if (found) return found;
		}
		start = -1;
	}
}
function shapeOf(token) {
	const trimmed = token.endsWith(".") ? token.slice(0, -1) : token;
	for (const shape of shapes) {
		shape.pattern.lastIndex = 0;
		if (shape.pattern.test(trimmed)) return exampleMarks.some((mark) => trimmed.includes(mark)) ? void 0 : shape.name;
	}
}

// dist/src/model/secrets-rbac.js
/**
* Shared logic of the secrets and RBAC checks: RBAC rules read the way the authorizer matches them,
* role and binding lookups, and what an environment variable name or a Secret key says about its value.
*/
const rbacGroup = "rbac.authorization.k8s.io";
/** An RBAC object of any served version (v1, and the v1beta1/v1alpha1 of old manifests). */
function isRbac(object, ...kinds) {
	return kinds.includes(object.kind) && groupOf(object) === "rbac.authorization.k8s.io";
}
function entries(value) {
	if (typeof value === "string") return [{
		value,
		index: -1
	}];
	if (!Array.isArray(value)) return [];
	const result = [];
	value.forEach((item, index) => {
		if (typeof item === "string") result.push({
			value: item,
			index
		});
	});
	return result;
}
/** The path of one entry of a rule's list (the field itself when it was written as a bare string). */
function entryPath(rule, field, entry) {
	return entry.index < 0 ? [...rule.path, field] : [
		...rule.path,
		field,
		entry.index
	];
}
/** The rules written in a Role or ClusterRole, as they stand in the manifest. */
function writtenRules(object) {
	const rules = object["rules"];
	if (!Array.isArray(rules)) return [];
	const result = [];
	rules.forEach((rule, index) => {
		if (!isRecord(rule)) return;
		result.push({
			index,
			path: ["rules", index],
			verbs: entries(rule["verbs"]),
			apiGroups: entries(rule["apiGroups"]),
			resources: entries(rule["resources"]),
			resourceNames: entries(rule["resourceNames"]),
			nonResourceURLs: entries(rule["nonResourceURLs"])
		});
	});
	return result;
}
/** A ClusterRole whose rules the aggregation controller fills in from other ClusterRoles. */
function isAggregated(object) {
	return isRbac(object, "ClusterRole") && isRecord(object["aggregationRule"]);
}
/**
* The ClusterRoles Kubernetes creates and reconciles itself. Their permissions are by design, so the
* rule checks leave them alone when a manifest dump carries them: cluster-admin, admin, edit, view and
* everything named `system:...` (a reserved prefix, Roles in kube-system included).
*/
function isDefaultRole(object) {
	const name = object.metadata?.name;
	if (typeof name !== "string") return false;
	if (name.startsWith("system:")) return true;
	return isRbac(object, "ClusterRole") && defaultUserFacingRoles.has(name);
}
const defaultUserFacingRoles = /* @__PURE__ */ new Set([
	"cluster-admin",
	"admin",
	"edit",
	"view"
]);
/**
* The rules the rule checks judge on a Role or ClusterRole: none for default roles, none for an
* aggregated ClusterRole (whatever it writes under `rules` is overwritten by the controller; the rules
* that count are those of the source ClusterRoles, reported there), else the written ones.
*/
function rulesToJudge(object) {
	if (!isRbac(object, "Role", "ClusterRole") || isDefaultRole(object) || isAggregated(object)) return [];
	return writtenRules(object);
}
function selectorsOf(aggregate) {
	const rule = aggregate["aggregationRule"];
	if (!isRecord(rule) || !Array.isArray(rule["clusterRoleSelectors"])) return [];
	return rule["clusterRoleSelectors"].filter(isRecord);
}
const builtInAggregates = [
	"admin",
	"edit",
	"view"
];
/**
* The ClusterRoles a source ClusterRole's rules are copied into: the built-in admin, edit and view
* through their `rbac.authorization.k8s.io/aggregate-to-*` labels, and every aggregated ClusterRole of
* the scope whose selectors match its labels.
*/
function aggregatedInto(object, index) {
	if (!isRbac(object, "ClusterRole")) return [];
	const labels = labelsOf$1(object.metadata);
	const names = builtInAggregates.filter((name) => labels[`${rbacGroup}/aggregate-to-${name}`] === "true");
	for (const entry of index.ofKind("ClusterRole")) {
		if (entry.object === object || !isAggregated(entry.object) || !isRbac(entry.object, "ClusterRole")) continue;
		if (selectorsOf(entry.object).some((selector) => matchesLabelSelector(selector, labels))) {
			if (!names.includes(entry.ref.name)) names.push(entry.ref.name);
		}
	}
	return names;
}
/** A sentence for messages on a source ClusterRole's rules: which roles also get them. */
function aggregationNote(object, index) {
	const names = aggregatedInto(object, index);
	if (names.length === 0) return "";
	const builtIn = names.filter((name) => builtInAggregates.includes(name));
	const list = names.map((name) => `"${name}"`).join(", ");
	const reach = builtIn.length > 0 ? `, so every subject bound to ${builtIn.map((name) => `"${name}"`).join(" or ")} gets it too` : "";
	return ` The rule is aggregated into ClusterRole${names.length > 1 ? "s" : ""} ${list}${reach}.`;
}
/**
* The rules a role grants once the aggregation controller has run: the written rules, or for an
* aggregated ClusterRole the rules of the scope's ClusterRoles its selectors match.
*/
function effectiveRules(role, index) {
	if (!isAggregated(role.object)) return [{
		rules: writtenRules(role.object),
		from: role
	}];
	const selectors = selectorsOf(role.object);
	return index.ofKind("ClusterRole").filter((entry) => entry !== role && isRbac(entry.object, "ClusterRole") && !isAggregated(entry.object)).filter((entry) => selectors.some((selector) => matchesLabelSelector(selector, labelsOf$1(entry.object.metadata)))).map((entry) => ({
		rules: writtenRules(entry.object),
		from: entry
	}));
}
function roleRefOf(binding) {
	const ref = binding["roleRef"];
	if (!isRecord(ref) || typeof ref["name"] !== "string") return void 0;
	return {
		kind: typeof ref["kind"] === "string" ? ref["kind"] : "",
		name: ref["name"]
	};
}
/** The role a binding refers to, when it is in scope: a ClusterRole by name, or a Role of the binding's namespace. */
function boundRole(ref, bindingNamespace, index) {
	if (ref.kind === "ClusterRole") return index.named("ClusterRole", ref.name).find((entry) => isRbac(entry.object, "ClusterRole"));
	if (ref.kind === "Role") return index.named("Role", ref.name, bindingNamespace).find((entry) => isRbac(entry.object, "Role"));
}
function subjectsOf(binding) {
	const subjects = binding["subjects"];
	if (!Array.isArray(subjects)) return [];
	const result = [];
	subjects.forEach((subject, i) => {
		if (!isRecord(subject) || typeof subject["name"] !== "string") return;
		result.push({
			kind: typeof subject["kind"] === "string" ? subject["kind"] : "",
			name: subject["name"],
			namespace: typeof subject["namespace"] === "string" ? subject["namespace"] : "",
			path: ["subjects", i]
		});
	});
	return result;
}
function subjectLabel(subject, bindingNamespace) {
	if (subject.kind === "ServiceAccount") {
		const namespace = subject.namespace || bindingNamespace || "default";
		return `ServiceAccount "${subject.name}" (namespace "${namespace}")`;
	}
	return `${subject.kind || "subject"} "${subject.name}"`;
}
/**
* Whether a rule grants `verb` on `resource` (with `/subresource` when there is one) in `group`, by
* the authorizer's own matching: `*` matches every verb, group or resource, `*\/sub` matches that
* subresource of every resource, and anything else must be equal (so `pods/*` matches nothing and
* `pods` does not reach `pods/exec`). resourceNames are left to the caller.
*/
function grants(rule, verb, group, resource) {
	const verbEntry = rule.verbs.find((entry) => entry.value === "*" || entry.value === verb);
	const groupEntry = rule.apiGroups.find((entry) => entry.value === "*" || entry.value === group);
	const slash = resource.indexOf("/");
	const subresource = slash === -1 ? "" : resource.slice(slash + 1);
	const resourceEntry = rule.resources.find((entry) => entry.value === "*" || entry.value === resource || subresource !== "" && entry.value === `*/${subresource}`);
	return verbEntry && groupEntry && resourceEntry ? {
		verb: verbEntry,
		apiGroup: groupEntry,
		resource: resourceEntry
	} : void 0;
}
/** A rule that grants every verb on every resource of every group, with no resourceNames: cluster-admin's own. */
function isFullAccess(rule) {
	return rule.resourceNames.length === 0 && rule.verbs.some((entry) => entry.value === "*") && rule.apiGroups.some((entry) => entry.value === "*") && rule.resources.some((entry) => entry.value === "*");
}
/**
* Where a role's rules apply, for messages: a Role in its namespace; a ClusterRole in every namespace
* when a ClusterRoleBinding of the scope binds it, in the namespaces of the RoleBindings that bind it,
* or, with no binding in scope, wherever it will be bound.
*/
function reachOf(object, namespace, index) {
	if (!isRbac(object, "ClusterRole")) return `namespace "${namespace || "default"}"`;
	const name = object.metadata?.name;
	const bindings = (kind) => index.ofKind(kind).filter((entry) => {
		const ref = isRbac(entry.object, kind) ? roleRefOf(entry.object) : void 0;
		return ref?.kind === "ClusterRole" && ref.name === name;
	});
	const cluster = bindings("ClusterRoleBinding");
	if (cluster.length > 0) return `every namespace (ClusterRoleBinding ${quoteList(cluster.map((entry) => entry.ref.name), 3)})`;
	const namespaces = [...new Set(bindings("RoleBinding").map((entry) => entry.ref.namespace || "default"))];
	if (namespaces.length > 0) return `namespace${namespaces.length > 1 ? "s" : ""} ${quoteList(namespaces, 3)} (through RoleBinding${namespaces.length > 1 ? "s" : ""})`;
	return "every namespace once a ClusterRoleBinding binds it";
}
function roleLabel(object) {
	const name = object.metadata?.name;
	return `${object.kind} "${typeof name === "string" ? name : "?"}"`;
}
function quoteList(values, max = 6) {
	const shown = values.slice(0, max).map((value) => `"${value}"`);
	return values.length > max ? `${shown.join(", ")} and ${values.length - max} more` : shown.join(", ");
}
/** Splits DB_PASSWORD, dbPassword, db-password, APIKey and db.password2 into lowercase words. */
function nameWords(name) {
	return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[A-Z](?=[A-Z][a-z])/g, "$& ").replace(/([A-Za-z])(\d)/g, "$1 $2").split(/[^A-Za-z0-9]+/).filter((word) => word !== "").map((word) => word.toLowerCase());
}
const credentialWords = /* @__PURE__ */ new Set([
	"password",
	"passwd",
	"pwd",
	"pass",
	"passphrase",
	"secret",
	"token",
	"apikey",
	"apikeys",
	"credential",
	"credentials",
	"creds",
	"bearer"
]);
const keyQualifiers = /* @__PURE__ */ new Set([
	"api",
	"private",
	"access",
	"secret",
	"encryption",
	"signing",
	"master",
	"hmac",
	"account",
	"storage",
	"shared",
	"auth",
	"ssh"
]);
const switchWords = /* @__PURE__ */ new Set([
	"no",
	"allow",
	"empty",
	"random",
	"onetime",
	"generate",
	"skip",
	"disable",
	"disabled",
	"enable",
	"enabled",
	"require",
	"required",
	"use",
	"with",
	"without",
	"anonymous",
	"force",
	"reset"
]);
/**
* Words that may follow the credential word and still name the credential itself (DB_PASSWORD_2,
* JWT_SECRET_B64, SECRET_KEY_BASE). Any other word after it names something about the credential, not
* the credential: TOKEN_URL, PASSWORD_FILE, SECRET_NAME, AUTH_ENABLED, TOKEN_TTL, PASSWORD_MIN_LENGTH.
*/
const trailingQualifiers = /* @__PURE__ */ new Set([
	"value",
	"b64",
	"base",
	"base64",
	"encoded",
	"hash",
	"hashed",
	"raw",
	"plain",
	"plaintext",
	"string",
	"str",
	"txt",
	"old",
	"new",
	"current",
	"next",
	"previous",
	"primary",
	"secondary",
	"default",
	"override"
]);
const shellNames = /* @__PURE__ */ new Set(["PWD", "OLDPWD"]);
/**
* Whether an environment variable name says its value is a credential; the words that say so, or
* undefined. The credential word must be a whole word of the name, the last one or followed only by
* qualifiers (see trailingQualifiers): a name about a credential (its file, path, URL, name, TTL) is not one.
*/
function credentialNameWords(name) {
	if (credentialNames.has(name)) return credentialNames.get(name);
	if (credentialNames.size >= 1e4) credentialNames.clear();
	const words = readCredentialName(name);
	credentialNames.set(name, words);
	return words;
}
const credentialNames = /* @__PURE__ */ new Map();
function readCredentialName(name) {
	if (shellNames.has(name)) return void 0;
	const words = nameWords(name);
	let end = words.length;
	while (end > 0 && (trailingQualifiers.has(words[end - 1] ?? "") || /^\d+$/.test(words[end - 1] ?? ""))) end--;
	if (end === 0) return void 0;
	const head = words[end - 1] ?? "";
	const before = words[end - 2] ?? "";
	if (words.slice(0, end - 1).some((word) => switchWords.has(word))) return void 0;
	if (credentialWords.has(head)) return head;
	if ((head === "key" || head === "keys") && keyQualifiers.has(before)) return `${before} ${head}`;
	if (head === "auth" && end >= 2) return head;
	const compound = /(password|passwd|secret|token|apikey)$/.exec(head);
	if (compound && head.length > (compound[0]?.length ?? 0)) return compound[1];
}
/** A value that switches something on or off rather than holding a credential: AUTH=true. */
function isSwitchValue(value) {
	return /^(?:true|false|yes|no|on|off|enabled?|disabled?|none|null|0|1)$/i.test(value.trim());
}
/** An absolute file path: where a credential is, not the credential (GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/key.json). */
function isFilePath(value) {
	return /^\/[^\s]*$/.test(value.trim());
}
/** AZURE_STORAGE_CONNECTION_STRING, DB_CONNECTION_STRING, connectionString: a credential only if its value holds one. */
function isConnectionStringName(name) {
	if (!/string[^A-Za-z0-9]*$/i.test(name)) return false;
	const words = nameWords(name);
	return words.at(-2) === "connection" && words.at(-1) === "string";
}
/** A connection string that carries a password or key (Password=, AccountKey=, SharedAccessKey=). */
function holdsConnectionSecret(value) {
	return /(?:^|;)\s*(?:password|pwd|accountkey|sharedaccesskey|sharedaccesssignature|secret)\s*=\s*[^;$\s]/i.test(value) || holdsUrlPassword(value);
}
/**
* A value Kubernetes builds from other variables ($(DB_PASS), Bearer $(TOKEN), $(USER):$(PASS)), or
* that a deploy step fills in (${DB_PASSWORD}, {{ .Values.password }}): no credential is written here.
*/
function isIndirectValue(value) {
	if (findPlaceholder(value)) return true;
	if (!/\$\([A-Za-z_][A-Za-z0-9_.-]*\)/.test(value)) return false;
	const rest = value.replace(/\$?\$\([A-Za-z_][A-Za-z0-9_.-]*\)/g, "").replace(/\b(?:bearer|basic|token)\b/gi, "");
	return !/[A-Za-z0-9]/.test(rest);
}
const privateKeyHeader = /BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY\s*---/y;
/**
* A PEM private key block in a value: `-----BEGIN ... PRIVATE KEY-----`, dashes and spaces around as
* `-{3,}\s*BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY\s*-{3,}` said. Tried at each `BEGIN ` that has three dashes
* before it, where that expression restarted at every dash of a long run and scanned the run again.
*/
function holdsPrivateKey(value) {
	for (let at = value.indexOf("BEGIN "); at !== -1; at = value.indexOf("BEGIN ", at + 1)) {
		let dashes = at;
		while (dashes > 0 && isRegExpSpace(value.charCodeAt(dashes - 1))) dashes--;
		if (!value.endsWith("---", dashes)) continue;
		privateKeyHeader.lastIndex = at;
		if (privateKeyHeader.test(value)) return true;
	}
	return false;
}
/** A URL with a password in its user info: postgres://app:s3cret@db:5432/app. */
function holdsUrlPassword(value) {
	const match = /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:([^/\s@]+)@/i.exec(value.trim());
	return match !== null && !isIndirectValue(match[1] ?? "");
}
/** SOPS writes encrypted values as ENC[AES256_GCM,data:...,iv:...,tag:...,type:str]. */
function isSopsValue(value) {
	return typeof value === "string" && /^ENC\[[A-Za-z0-9_]+,.*\]$/s.test(value.trim());
}
/** The variables each cloud's SDKs read static credentials from (or the path of a key file). */
const cloudVariables = {
	AWS_ACCESS_KEY_ID: "AWS",
	AWS_SECRET_ACCESS_KEY: "AWS",
	AWS_SESSION_TOKEN: "AWS",
	AWS_SECURITY_TOKEN: "AWS",
	AWS_ACCESS_KEY: "AWS",
	AWS_SECRET_KEY: "AWS",
	GOOGLE_APPLICATION_CREDENTIALS: "Google Cloud",
	GOOGLE_CREDENTIALS: "Google Cloud",
	GOOGLE_CLOUD_KEYFILE_JSON: "Google Cloud",
	GCLOUD_KEYFILE_JSON: "Google Cloud",
	CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE: "Google Cloud",
	CLOUDSDK_AUTH_ACCESS_TOKEN: "Google Cloud",
	GOOGLE_OAUTH_ACCESS_TOKEN: "Google Cloud",
	AZURE_CLIENT_SECRET: "Azure",
	AZURE_CLIENT_CERTIFICATE_PATH: "Azure",
	AZURE_CLIENT_CERTIFICATE_PASSWORD: "Azure",
	AZURE_PASSWORD: "Azure",
	AZURE_STORAGE_KEY: "Azure",
	AZURE_STORAGE_ACCESS_KEY: "Azure",
	AZURE_STORAGE_CONNECTION_STRING: "Azure",
	ARM_CLIENT_SECRET: "Azure",
	ARM_CLIENT_CERTIFICATE_PATH: "Azure",
	ARM_ACCESS_KEY: "Azure",
	ALIBABA_CLOUD_ACCESS_KEY_ID: "Alibaba Cloud",
	ALIBABA_CLOUD_ACCESS_KEY_SECRET: "Alibaba Cloud",
	ALICLOUD_ACCESS_KEY: "Alibaba Cloud",
	ALICLOUD_SECRET_KEY: "Alibaba Cloud",
	OCI_CLI_KEY_CONTENT: "Oracle Cloud",
	OCI_CLI_KEY_FILE: "Oracle Cloud"
};
function cloudOfVariable(name) {
	return Object.hasOwn(cloudVariables, name) ? cloudVariables[name] : void 0;
}
const workloadIdentity = {
	AWS: "IRSA or EKS Pod Identity",
	"Google Cloud": "GKE Workload Identity Federation",
	Azure: "Microsoft Entra Workload ID (Azure Workload Identity)",
	"Alibaba Cloud": "RRSA (RAM Roles for Service Accounts)",
	"Oracle Cloud": "OKE Workload Identity"
};
/**
* The cloud whose credentials a Secret mounted at this path most likely holds: a path part naming the
* cloud (/var/secrets/google, /root/.aws, /etc/azure-creds) or a Google key file name (key.json).
*/
function cloudOfMountPath(path) {
	const words = path.toLowerCase().split("/").flatMap((segment) => segment.split(/[^a-z0-9]+/)).filter((word) => word !== "");
	if (words.includes("aws")) return "AWS";
	if (words.some((word) => [
		"google",
		"gcp",
		"gcloud",
		"gcs"
	].includes(word))) return "Google Cloud";
	if (words.includes("azure")) return "Azure";
	if (words.some((word) => [
		"aliyun",
		"alibaba",
		"alicloud"
	].includes(word))) return "Alibaba Cloud";
	const file = path.split("/").filter((segment) => segment !== "").at(-1) ?? "";
	if (/^(?:.*[-_.])?(?:key|credentials|service-?account(?:-?key)?|sa(?:-?key)?)\.json$/i.test(file)) return "Google Cloud";
}
/**
* The keys a Secret (or ConfigMap) of the scope would hand to envFrom: its data and stringData keys,
* or those of a SealedSecret or ExternalSecret that produces a Secret of that name. Undefined when no
* such object is in scope.
*/
function keysOfSource(kind, name, namespace, index) {
	const keysOf = (value) => isRecord(value) ? Object.keys(value) : [];
	for (const entry of index.named(kind, name, namespace)) {
		if (groupOf(entry.ref) !== "") continue;
		return {
			keys: (kind === "Secret" ? ["data", "stringData"] : ["data", "binaryData"]).flatMap((field) => keysOf(entry.object[field])),
			from: `${kind} "${name}"`
		};
	}
	if (kind === "ConfigMap") return void 0;
	for (const entry of index.named("SealedSecret", name, namespace)) {
		if (apiGroupOf(entry.ref.apiVersion) !== "bitnami.com") continue;
		const spec = entry.object["spec"];
		return {
			keys: isRecord(spec) ? keysOf(spec["encryptedData"]) : [],
			from: `SealedSecret "${name}"`
		};
	}
	for (const entry of index.ofKind("ExternalSecret", namespace)) {
		if (apiGroupOf(entry.ref.apiVersion) !== "external-secrets.io") continue;
		const spec = entry.object["spec"];
		const target = isRecord(spec) ? spec["target"] : void 0;
		if ((isRecord(target) && typeof target["name"] === "string" ? target["name"] : entry.ref.name) !== name) continue;
		const data = isRecord(spec) ? spec["data"] : void 0;
		return {
			keys: Array.isArray(data) ? data.filter(isRecord).flatMap((item) => typeof item["secretKey"] === "string" ? [item["secretKey"]] : []) : [],
			from: `ExternalSecret "${entry.ref.name}"`
		};
	}
}

// dist/src/model/sops.js
/**
* True when an object carries the metadata block SOPS adds to every file it encrypts: a top-level `sops`
* mapping with SOPS's own bookkeeping, the MAC of the values (`mac`) and the time of the last edit
* (`lastmodified`), beside the keys that decrypt it. Flux and Argo CD (the ksops plugin) decrypt such a
* file and drop the block before anything is applied, so it never reaches the API server.
*/
function hasSopsMetadata(object) {
	const sops = object["sops"];
	return isRecord(sops) && (Object.hasOwn(sops, "mac") || Object.hasOwn(sops, "lastmodified"));
}

// dist/checks/configmap-credential.js
const exampleWords = [
	"changeme",
	"change-me",
	"change_me",
	"change me",
	"replaceme",
	"replace-me",
	"replace_me",
	"replace with",
	"your-",
	"your_",
	"yourpassword",
	"yoursecret",
	"yourtoken",
	"example",
	"placeholder",
	"dummy",
	"redacted",
	"fixme",
	"todo",
	"notset",
	"not-set"
];
const credentialWordValues = /* @__PURE__ */ new Set([
	"password",
	"passwd",
	"secret",
	"token",
	"apikey",
	"api_key",
	"api-key",
	"pass",
	"credentials"
]);
function isExampleValue(value) {
	const lower = value.trim().toLowerCase();
	if (credentialWordValues.has(lower)) return true;
	if (/^(?:x+|\*+|\.+|-+|_+|#+|0+)$/.test(lower)) return true;
	if (/^<[^<>]*>$/.test(lower)) return true;
	return exampleWords.some((word) => lower.includes(word));
}
const referencePattern = /^(?:ref\+[a-z0-9]+:\/\/|op:\/\/|vault:|secretref:|arn:aws:(?:secretsmanager|ssm):|projects\/[^/\s]+\/secrets\/|sm:\/\/|awssm:|gcpsm:|azkv:|akv:\/\/)/i;
const settingsFile = /\.(?:properties|ini|conf|cfg|env|ya?ml|json|toml)$/i;
/**
* The first line of a configuration file that sets a credential-named setting to a literal
* (spring.datasource.password=admin, `LDAP_ADMIN_PASSWORD: admin`, `"token": "..."`): the setting's name.
* Read line by line with indexOf, in time linear in the value.
*/
function credentialSetting(text) {
	let start = 0;
	while (start < text.length) {
		let end = text.indexOf("\n", start);
		if (end === -1) end = text.length;
		const line = text.slice(start, end).trim();
		start = end + 1;
		if (line === "" || line.startsWith("#") || line.startsWith("//") || line.startsWith(";")) continue;
		const colon = line.indexOf(":");
		const equals = line.indexOf("=");
		const at = colon === -1 ? equals : equals === -1 ? colon : Math.min(colon, equals);
		if (at <= 0) continue;
		const name = unquote(line.slice(0, at).trim().replace(/^-\s*/, "").replace(/^export\s+/, ""));
		if (name === "" || /\s/.test(name) || name.toLowerCase() === "passwd") continue;
		let value = line.slice(at + 1).trim();
		const comment = value.indexOf(" #");
		if (comment !== -1) value = value.slice(0, comment).trim();
		if (value.endsWith(",")) value = value.slice(0, -1).trim();
		value = unquote(value);
		if (value === "" || /^[$!&*|>{[]/.test(value) || value.includes("${") || value.includes("$(")) continue;
		if (credentialNameWords(name) === void 0 || !literalCredential(value)) continue;
		return name;
	}
}
function unquote(text) {
	const first = text.charAt(0);
	return text.length >= 2 && (first === "\"" || first === "'") && text.endsWith(first) ? text.slice(1, -1) : text;
}
/** A value that is a credential written out: not a switch, a path, a placeholder, a reference or a fill-in. */
function literalCredential(value) {
	return value.trim() !== "" && !isSopsValue(value) && !isIndirectValue(value) && !referencePattern.test(value.trim()) && !isSwitchValue(value) && !isFilePath(value) && !isExampleValue(value);
}
function judgeData(key, raw) {
	if (typeof raw !== "string" && typeof raw !== "number") return void 0;
	const value = String(raw);
	if (value.trim() === "" || isSopsValue(value)) return void 0;
	if (holdsPrivateKey(value)) return "holds a PEM private key";
	const token = nameWords(key).some((word) => word === "anon" || word === "public" || word === "publishable") ? void 0 : knownTokenIn(value);
	if (token) return `holds what has the shape of ${token}`;
	if (isIndirectValue(value) || referencePattern.test(value.trim())) return void 0;
	const words = credentialNameWords(key);
	if (words !== void 0 && literalCredential(value)) return `has a literal value while its name says "${words}"`;
	if (settingsFile.test(key)) {
		const setting = credentialSetting(value);
		if (setting !== void 0) return `is a configuration file that sets ${setting} to a literal value`;
	}
	if (isConnectionStringName(key) && holdsConnectionSecret(value)) return "holds a connection string with a password or key in it";
	if (holdsUrlPassword(value)) return "holds a URL with a password in it";
}
function judgeBinary(raw) {
	if (typeof raw !== "string" || raw.trim() === "") return void 0;
	const decoded = Buffer$1.from(raw, "base64").toString("latin1");
	return holdsPrivateKey(decoded) ? "holds a PEM private key (base64 under binaryData)" : void 0;
}
var configmap_credential_default = defineObjectCheck({
	meta: {
		id: "configmap-credential",
		title: "Credential in a ConfigMap",
		severity: "error",
		category: "security",
		description: "Flags a key of a core v1 ConfigMap's data or binaryData that holds a credential: a PEM private key (under any key, and decoded from binaryData), a token recognised by its shape (AWS access key id AKIA/ASIA, GitHub ghp_/gho_/ghu_/ghs_/ghr_ and github_pat_ tokens, Slack xox* tokens, Stripe live secret keys, JSON Web Tokens), unless the key calls it public (anon, public, publishable), a URL with a password or a connection string with Password= or AccountKey=, or a key whose name says it is a credential (password, secret, token, api key..., read as env-literal-credential reads variable names, so PASSWORD_FILE, TOKEN_URL and SECRET_NAME are not) with a literal value; in a key named as a configuration file (.properties, .ini, .conf, .cfg, .env, .yaml, .json, .toml), a line that sets such a name to a literal (spring.datasource.password=admin, `admin_password: admin`; values starting with $, !, & or a bracket, and scripts, are not read). Values left alone: empty ones, on/off switches, file paths, $(VAR) and deploy-time placeholders, references a secret manager or a deploy tool resolves (ref+vault://, op://, vault:, Secrets Manager ARNs) and obvious fill-ins (changeme, <password>, xxxx, a value equal to \"password\", documentation examples such as AKIAIOSFODNN7EXAMPLE). SOPS-encrypted ConfigMaps and values are skipped. Keys are named, values never printed. From Polaris's sensitiveConfigmapContent and kube-linter's configmap-with-credentials.",
		risk: "A ConfigMap is not meant to hold secrets: RBAC roles commonly grant read on ConfigMaps to far more subjects than on Secrets (the built-in view role included), its data is printed by kubectl describe and shipped to logs, dashboards and support bundles, and it is never encrypted at rest by the API server's secret encryption. Whatever is committed in the manifest is also in the repository and its history.",
		mitigation: "Move the value into a Secret that is not committed in plain text (a SealedSecret, an ExternalSecret, SOPS) and reference it (valueFrom.secretKeyRef, a secret volume), then rotate the credential: it has already been exposed wherever the ConfigMap went.",
		example: `apiVersion: v1
kind: ConfigMap
metadata:
  name: api
data:
  DB_HOST: db.shop.svc
  DB_PASSWORD_FILE: /var/run/secrets/db/password   # the password itself comes from a Secret volume`
	},
	kinds: ["ConfigMap"],
	check(object, { ref, report }) {
		if (!isKind(object, "ConfigMap") || hasSopsMetadata(object)) return;
		const found = [];
		const data = object["data"];
		if (isRecord(data)) for (const [key, value] of Object.entries(data)) {
			const why = judgeData(key, value);
			if (why) found.push({
				key,
				field: "data",
				why
			});
		}
		const binary = object["binaryData"];
		if (isRecord(binary)) for (const [key, value] of Object.entries(binary)) {
			const why = judgeBinary(value);
			if (why) found.push({
				key,
				field: "binaryData",
				why
			});
		}
		for (const { key, field, why } of found) report({
			path: [field, key],
			message: `ConfigMap "${ref.name || "?"}": key "${key}" ${why}. A ConfigMap is readable by more than its Secrets are, and unencrypted.`
		});
	}
});

// dist/checks/cronjob-deadline-missing.js
var cronjob_deadline_missing_default = defineObjectCheck({
	meta: {
		id: "cronjob-deadline-missing",
		title: "CronJob without a starting deadline",
		severity: "info",
		category: "disruptions",
		description: "Fires on a batch CronJob that sets no spec.startingDeadlineSeconds. Without one, the CronJob controller (pkg/controller/cronjob, mostRecentScheduleTime and nextScheduleTime) counts missed schedules from the last run however long ago it was, and starts the most recent missed one however late it is; past 100 missed schedules it only records a TooManyMissedTimes warning event (the controller before v2 stopped scheduling the CronJob altogether). From kube-score's cronjob-has-deadline.",
		risk: "A run that was missed (the controller was down or restarting, the CronJob was suspended, concurrencyPolicy Forbid kept it waiting behind a long run) starts as soon as the controller gets to it: a nightly batch or backup meant for 02:00 starts at noon, under peak load, or right when suspend is lifted. Nothing says how late is too late.",
		mitigation: "Set spec.startingDeadlineSeconds to how late a run may still start to be useful (say 300 for a job every few minutes, a few hours for a nightly one): a run that cannot start by then is skipped and counted as missed, and the next one starts on time. Keep it above 10 seconds, the controller's sync period.",
		example: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "0 2 * * *"
  startingDeadlineSeconds: 3600
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: registry.example.com/report:2.1.0`
	},
	kinds: ["CronJob"],
	check(object, { ref, report }) {
		if (!isKind(object, "CronJob")) return;
		const spec = object["spec"];
		if (!isRecord(spec)) return;
		const deadline = spec["startingDeadlineSeconds"];
		if (deadline !== void 0 && deadline !== null) return;
		const forbid = spec["concurrencyPolicy"] === "Forbid" ? ", or that waited behind a run still active (concurrencyPolicy Forbid)," : "";
		report({
			path: typeof spec["schedule"] === "string" ? ["spec", "schedule"] : ["spec"],
			message: `CronJob "${ref.name || "?"}" sets no spec.startingDeadlineSeconds: a run missed while the controller was down or the CronJob suspended${forbid} starts whenever the controller gets to it, however late.`
		});
	}
});

// dist/checks/cronjob-schedule-invalid.js
/**
* What cron.ParseStandard (github.com/robfig/cron/v3, the parser ValidateCronJobSpec calls) finds wrong with
* a schedule, if anything. A port of its parser: a descriptor (@daily, @every <Go duration>), or exactly five
* whitespace-separated fields, each a comma-separated list of `*`, `?`, `N` or `N-M`, optionally `/step`,
* with month and weekday names. Every step looks at each character a bounded number of times.
*/
function cronScheduleProblem(schedule) {
	if (schedule.length === 0) return "is empty";
	if (schedule.startsWith("@")) return descriptorProblem(schedule);
	const fields = goFields(schedule);
	if (fields.length !== 5) return `has ${fields.length} field${fields.length === 1 ? "" : "s"}, not the 5 of minute, hour, day of month, month and day of week`;
	for (let i = 0; i < 5; i++) {
		const problem = fieldProblem(fields[i] ?? "", cronFields[i]);
		if (problem) return problem;
	}
}
const cronFields = [
	{
		name: "minute",
		min: 0,
		max: 59
	},
	{
		name: "hour",
		min: 0,
		max: 23
	},
	{
		name: "day of month",
		min: 1,
		max: 31
	},
	{
		name: "month",
		min: 1,
		max: 12,
		names: new Map([
			"jan",
			"feb",
			"mar",
			"apr",
			"may",
			"jun",
			"jul",
			"aug",
			"sep",
			"oct",
			"nov",
			"dec"
		].map((month, i) => [month, i + 1]))
	},
	{
		name: "day of week",
		min: 0,
		max: 6,
		names: new Map([
			"sun",
			"mon",
			"tue",
			"wed",
			"thu",
			"fri",
			"sat"
		].map((day, i) => [day, i]))
	}
];
const descriptors = /* @__PURE__ */ new Set([
	"@yearly",
	"@annually",
	"@monthly",
	"@weekly",
	"@daily",
	"@midnight",
	"@hourly"
]);
function descriptorProblem(schedule) {
	if (descriptors.has(schedule)) return void 0;
	if (schedule.startsWith("@every ")) return isGoDuration(schedule.slice(7)) ? void 0 : `has "${schedule.slice(7)}" after @every, which is not a Go duration such as 90s, 15m or 1h30m`;
	return "is not a known descriptor (@yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly or @every <duration>)";
}
/** unicode.IsSpace, which strings.Fields splits on. */
function isGoSpace(code) {
	return code >= 9 && code <= 13 || code === 32 || code === 133 || code === 160 || code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288;
}
function goFields(text) {
	const fields = [];
	let start = -1;
	for (let i = 0; i <= text.length; i++) {
		const space = i === text.length || isGoSpace(text.charCodeAt(i));
		if (space && start !== -1) {
			fields.push(text.slice(start, i));
			start = -1;
		} else if (!space && start === -1) start = i;
	}
	return fields;
}
function fieldProblem(field, bounds) {
	for (const expression of field.split(",")) {
		if (expression === "") continue;
		const problem = rangeProblem(expression, bounds);
		if (problem) return `has ${bounds.name} field "${field}": ${problem}`;
	}
}
function rangeProblem(expression, bounds) {
	const rangeAndStep = expression.split("/");
	const lowAndHigh = (rangeAndStep[0] ?? "").split("-");
	const low = lowAndHigh[0] ?? "";
	let start;
	let end;
	if (low === "*" || low === "?") {
		start = bounds.min;
		end = bounds.max;
	} else {
		const first = intOrName(low, bounds);
		if (typeof first === "string") return first;
		start = first;
		if (lowAndHigh.length === 1) end = start;
		else if (lowAndHigh.length === 2) {
			const last = intOrName(lowAndHigh[1] ?? "", bounds);
			if (typeof last === "string") return last;
			end = last;
		} else return `"${expression}" has more than one '-'`;
	}
	if (rangeAndStep.length > 2) return `"${expression}" has more than one '/'`;
	if (rangeAndStep.length === 2) {
		const step = goAtoi(rangeAndStep[1] ?? "");
		if (step === void 0) return `step "${rangeAndStep[1] ?? ""}" of "${expression}" is not a number`;
		if (step < 0) return `step of "${expression}" is negative`;
		if (lowAndHigh.length === 1) end = bounds.max;
		if (start < bounds.min) return `${start} is below the minimum ${bounds.min}`;
		if (end > bounds.max) return `${end} is above the maximum ${bounds.max}`;
		if (start > end) return `range "${expression}" starts after it ends`;
		if (step === 0) return `step of "${expression}" is 0`;
		return;
	}
	if (start < bounds.min) return `${start} is below the minimum ${bounds.min}`;
	if (end > bounds.max) return `${end} is above the maximum ${bounds.max}${bounds.name === "day of week" && end === 7 ? " (Sunday is 0)" : ""}`;
	if (start > end) return `range "${expression}" starts after it ends`;
}
/** A month or weekday name (any case), or a non-negative integer; otherwise what is wrong. */
function intOrName(text, bounds) {
	const named = bounds.names?.get(text.toLowerCase());
	if (named !== void 0) return named;
	const value = goAtoi(text);
	if (value === void 0) return `"${text}" is not a number${bounds.names ? " or a three-letter name" : ""}`;
	if (value < 0) return `"${text}" is negative`;
	return value;
}
const maxInt64 = 9223372036854775807n;
/** strconv.Atoi: an optional sign, then decimal digits (leading zeros too), within int64. */
function goAtoi(text) {
	let i = 0;
	let negative = false;
	if (text.startsWith("+") || text.startsWith("-")) {
		negative = text.startsWith("-");
		i = 1;
	}
	if (i === text.length) return void 0;
	for (let j = i; j < text.length; j++) {
		const code = text.charCodeAt(j);
		if (code < 48 || code > 57) return void 0;
	}
	const digits = text.slice(i);
	if (BigInt(digits) > maxInt64 + (negative ? 1n : 0n)) return void 0;
	const value = Number(digits);
	return negative ? -value : value;
}
const durationUnits = /* @__PURE__ */ new Set([
	"ns",
	"us",
	"µs",
	"μs",
	"ms",
	"s",
	"m",
	"h"
]);
/** time.ParseDuration's grammar: `[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+`, or "0" (overflow not judged). */
function isGoDuration(text) {
	let s = text;
	if (s.startsWith("-") || s.startsWith("+")) s = s.slice(1);
	if (s === "0") return true;
	if (s === "") return false;
	let i = 0;
	const isDigit = (at) => {
		const code = s.charCodeAt(at);
		return code >= 48 && code <= 57;
	};
	while (i < s.length) {
		if (!(s[i] === "." || isDigit(i))) return false;
		const before = i;
		while (i < s.length && isDigit(i)) i++;
		let digits = i > before;
		if (s[i] === ".") {
			i++;
			const after = i;
			while (i < s.length && isDigit(i)) i++;
			digits ||= i > after;
		}
		if (!digits) return false;
		const unitStart = i;
		while (i < s.length && s[i] !== "." && !isDigit(i)) i++;
		if (!durationUnits.has(s.slice(unitStart, i))) return false;
	}
	return true;
}
const timeZonePart = /^[A-Za-z._\-0-9+]{1,14}$/;
const extraZones = /* @__PURE__ */ new Set([
	"Factory",
	"posixrules",
	"America/Ciudad_Juarez",
	"America/Coyhaique",
	"Europe/Kyiv",
	"Pacific/Kanton"
]);
/** What validateTimeZone finds wrong with a timeZone, if anything; names are looked up in the runtime's Intl. */
function timeZoneProblem(zone) {
	if (zone === "") return "is empty: leave timeZone out for the controller's local time zone, or name one";
	for (const part of zone.split("/")) if (part === "." || part === ".." || part.startsWith("-") || !timeZonePart.test(part)) return "is not a time zone name of the tz database";
	if (zone.toLowerCase() === "local") return "is not allowed: the time zone must be explicit, as Europe/Berlin or Etc/UTC";
	if (extraZones.has(zone)) return void 0;
	try {
		new Intl.DateTimeFormat("en", { timeZone: zone });
		return;
	} catch (error) {
		return error instanceof RangeError ? "is not a time zone of the tz database (as Europe/Berlin, America/New_York or Etc/UTC)" : void 0;
	}
}
const shouted$1 = /^[A-Z][A-Z0-9_]*$/;
/** Creating a CronJob with TZ in its schedule fails from 1.27 (kubernetes#116252); timeZone is validated from 1.25. */
const tzForbiddenSince = [1, 27];
const timeZoneSince = [1, 25];
var cronjob_schedule_invalid_default = defineObjectCheck({
	meta: {
		id: "cronjob-schedule-invalid",
		title: "CronJob schedule or time zone the API server rejects",
		severity: "error",
		category: "correctness",
		description: "Fires where ValidateCronJobCreate (pkg/apis/batch/validation) rejects a CronJob's spec.schedule or spec.timeZone. The schedule must parse with cron.ParseStandard of github.com/robfig/cron/v3: one of @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly or \"@every <duration>\" (a Go duration such as 1h30m), or exactly five fields (minute 0-59, hour 0-23, day of month 1-31, month 1-12 or jan-dec, day of week 0-6 or sun-sat; no 7 for Sunday, no L, W or #) of comma-separated `*`, `?`, `N` or `N-M`, each optionally with `/step`; and from Kubernetes 1.27 it may not contain TZ (CRON_TZ= or TZ=: the timeZone field replaces them). A timeZone must be a non-empty tz database name other than Local, of parts of at most 14 letters, digits, \".\", \"_\", \"-\" and \"+\", that the tz database knows (judged by the runtime's Intl time zones, which accept every name Go's database has and more, so a near miss in case only is not reported). Schedules holding template placeholders are left to template-placeholder.",
		risk: "The API server refuses the CronJob, so kubectl apply, Helm or the GitOps controller fails at deploy time, and the job it schedules (a backup, a cleanup, a report) never runs until someone notices.",
		mitigation: "Write five fields with values in range (Sunday is 0), or a descriptor such as @daily, and set the time zone with spec.timeZone (an IANA name such as Europe/Berlin) instead of CRON_TZ= in the schedule.",
		example: `apiVersion: batch/v1
kind: CronJob
metadata: { name: nightly-backup }
spec:
  schedule: "30 2 * * 1-5"
  timeZone: Europe/Berlin
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers: [{ name: backup, image: "registry.example.com/backup:1.4.2" }]`
	},
	kinds: ["CronJob"],
	check(object, { settings, report }) {
		if (!isKind(object, "CronJob")) return;
		const spec = object["spec"];
		if (!isRecord(spec)) return;
		const name = typeof object.metadata?.name === "string" ? object.metadata.name : "";
		const target = parseMinorVersion(settings.kubernetesVersion);
		const reached = (since) => target === void 0 || compareVersions(target, since) >= 0;
		const schedule = spec["schedule"];
		if (typeof schedule === "string" && findPlaceholder(schedule) === void 0 && !shouted$1.test(schedule)) {
			if (schedule.includes("TZ")) {
				if (reached(tzForbiddenSince)) report({
					path: ["spec", "schedule"],
					message: `The schedule ${JSON.stringify(schedule)} of CronJob "${name}" contains TZ: the API server refuses CRON_TZ= and TZ= in new CronJobs; set spec.timeZone instead.`
				});
			} else {
				const problem = cronScheduleProblem(schedule);
				if (problem) report({
					path: ["spec", "schedule"],
					message: `The schedule ${JSON.stringify(schedule)} of CronJob "${name}" ${problem}.`
				});
			}
		}
		const timeZone = spec["timeZone"];
		if (typeof timeZone === "string" && findPlaceholder(timeZone) === void 0 && reached(timeZoneSince)) {
			const problem = timeZoneProblem(timeZone);
			if (problem) report({
				path: ["spec", "timeZone"],
				message: `timeZone ${JSON.stringify(timeZone)} of CronJob "${name}" ${problem}.`
			});
		}
	}
});

// dist/src/model/shell.js
const operatorStarts = /* @__PURE__ */ new Set([
	"|",
	"&",
	";",
	"(",
	")",
	"\n"
]);
function shellTokens(script) {
	const tokens = [];
	let word = "";
	let inWord = false;
	const end = () => {
		if (inWord) tokens.push({
			kind: "word",
			text: word
		});
		word = "";
		inWord = false;
	};
	let i = 0;
	while (i < script.length) {
		const c = script[i] ?? "";
		if (c === "\\") {
			if (script[i + 1] === "\n") {
				i += 2;
				continue;
			}
			word += script[i + 1] ?? "";
			inWord = true;
			i += 2;
			continue;
		}
		if (c === "'") {
			const close = script.indexOf("'", i + 1);
			const stop = close === -1 ? script.length : close;
			word += script.slice(i + 1, stop);
			inWord = true;
			i = stop + 1;
			continue;
		}
		if (c === "\"") {
			i++;
			while (i < script.length && script[i] !== "\"") {
				if (script[i] === "\\" && i + 1 < script.length) i++;
				word += script[i] ?? "";
				i++;
			}
			inWord = true;
			i++;
			continue;
		}
		if (c === "#" && !inWord) {
			const newline = script.indexOf("\n", i);
			i = newline === -1 ? script.length : newline;
			continue;
		}
		if (c === " " || c === "	" || c === "\r") {
			end();
			i++;
			continue;
		}
		if (operatorStarts.has(c)) {
			end();
			const next = script[i + 1];
			const double = (c === "|" || c === "&" || c === ";") && next === c;
			const text = double ? c + c : c === "|" && next === "&" ? "|" : c;
			tokens.push({
				kind: "operator",
				text
			});
			i += double || c === "|" && next === "&" ? 2 : 1;
			continue;
		}
		word += c;
		inWord = true;
		i++;
	}
	end();
	return tokens;
}
/** The commands of each pipeline (`a | b | c`), each command its words, in order. */
function pipelines(tokens) {
	const found = [];
	let pipeline = [];
	let command = [];
	const endCommand = () => {
		if (command.length > 0) pipeline.push(command);
		command = [];
	};
	const endPipeline = () => {
		endCommand();
		if (pipeline.length > 0) found.push(pipeline);
		pipeline = [];
	};
	for (const token of tokens) if (token.kind === "word") command.push(token.text);
	else if (token.text === "|") endCommand();
	else endPipeline();
	endPipeline();
	return found;
}
/** Words that run the command after them: `sudo -E bash`, `env X=1 sh`, `exec sh`. */
const wrappers = /* @__PURE__ */ new Set([
	"sudo",
	"env",
	"exec",
	"command",
	"nohup",
	"time",
	"doas"
]);
/** The index of the word naming the program a command runs: past variable assignments, wrappers and their options; -1 when none. */
function programIndex(command) {
	for (const [i, word] of command.entries()) {
		if (word.startsWith("-")) continue;
		const equals = word.indexOf("=");
		if (equals > 0 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(word.slice(0, equals))) continue;
		if (wrappers.has(word.slice(word.lastIndexOf("/") + 1))) continue;
		return i;
	}
	return -1;
}
/** The program a command runs, as a base name (see programIndex). */
function programOf(command) {
	const word = command[programIndex(command)];
	return word === void 0 ? void 0 : word.slice(word.lastIndexOf("/") + 1);
}

// dist/checks/dockerfile-add-remote.js
const downloaders = /* @__PURE__ */ new Set(["curl", "wget"]);
/** An http or https source that is not a git repository (`https://host/repo.git#ref`, which ADD clones). */
function isUrl(word) {
	const lower = word.slice(0, 8).toLowerCase();
	if (!lower.startsWith("http://") && !lower.startsWith("https://")) return false;
	const hash = word.indexOf("#");
	return !(hash === -1 ? word : word.slice(0, hash)).endsWith(".git");
}
/** The downloader and the shell of the first pipeline that pipes a download into a shell. */
function downloadIntoShell(script) {
	for (const pipeline of pipelines(shellTokens(script))) {
		let downloader;
		for (const command of pipeline) {
			const program = programOf(command);
			if (program === void 0) continue;
			if (downloaders.has(program)) downloader ??= program;
			else if (downloader && isShellProgram(program)) return {
				downloader,
				shell: program
			};
		}
	}
}
var dockerfile_add_remote_default = defineObjectCheck({
	meta: {
		id: "dockerfile-add-remote",
		title: "Dockerfile that adds a download without checking it, or pipes one into a shell",
		severity: "warning",
		category: "security",
		description: "Flags, in Dockerfiles, an ADD whose source is an http or https URL without --checksum (which makes docker build verify the download), and a RUN that pipes curl or wget into a shell (curl ... | sh, wget -O- ... | sudo bash), in shell form or as `sh -c` in exec form, and in an ONBUILD RUN. The RUN text is split into shell words and pipelines (quotes, escapes, comments, line continuations and heredocs read as a shell reads them), so a pipe inside quotes or a comment is not one. A download saved to a file and checked before it runs is left alone, as are ADD of local files and git sources.",
		risk: "Whatever the server (or anyone between it and the build) returns goes into the image, or runs as root during the build, unchecked: a compromised download site or a moved URL ships its code to production, and two builds of the same commit differ.",
		mitigation: "Give ADD a --checksum=sha256:... of the expected file, or download with curl, verify the checksum or signature (sha256sum -c), then run it; better, install from a package manager or copy from a pinned image.",
		example: `ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d \\
    https://github.com/tini/tini/releases/download/v0.19.0/tini /tini
RUN curl -fsSLo /tmp/install.sh https://example.com/install.sh \\
 && echo "4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac  /tmp/install.sh" | sha256sum -c - \\
 && sh /tmp/install.sh`
	},
	kinds: [dockerfileKind],
	check(object, { report }) {
		if (!isDockerfileObject(object)) return;
		object.stages.forEach((stage, s) => {
			stage.instructions.forEach((instruction, i) => {
				if (instruction.keyword === "ADD") {
					if (instruction.flags.some((flag) => flag.name === "checksum")) return;
					const exec = execFormOf(instruction);
					(exec ?? instruction.words).slice(0, -1).forEach((source, w) => {
						if (!isUrl(source)) return;
						report({
							path: exec ? [
								"stages",
								s,
								"instructions",
								i
							] : [
								"stages",
								s,
								"instructions",
								i,
								"words",
								w
							],
							message: `ADD downloads "${source}" without --checksum: whatever the server returns goes into the image unchecked.`
						});
					});
				} else {
					const run = runInstructionOf(instruction);
					const script = run === void 0 ? void 0 : runScriptOf(run);
					const found = script === void 0 ? void 0 : downloadIntoShell(script);
					if (found) report({
						path: [
							"stages",
							s,
							"instructions",
							i
						],
						message: `${instruction.keyword === "ONBUILD" ? "ONBUILD RUN" : "RUN"} pipes a download (${found.downloader}) into a shell (${found.shell}): the build runs whatever the server returns, unchecked.`
					});
				}
			});
		});
	}
});

// dist/checks/dockerfile-base-not-minimal.js
const defaults = {
	fullImages: [
		"ubuntu",
		"debian",
		"centos",
		"fedora",
		"rockylinux",
		"almalinux",
		"amazonlinux",
		"oraclelinux",
		"opensuse/leap",
		"registry.access.redhat.com/ubi8/ubi",
		"registry.access.redhat.com/ubi9/ubi",
		"node",
		"python",
		"golang",
		"openjdk",
		"eclipse-temurin",
		"ruby",
		"php",
		"perl",
		"rust",
		"maven",
		"gradle",
		"buildpack-deps"
	],
	minimalTagWords: [
		"slim",
		"alpine",
		"minimal",
		"micro",
		"distroless",
		"busybox",
		"jre",
		"chiseled"
	]
};
/** docker.io/library/node and node are the same repository. */
function repositoryOf(image) {
	const ref = parseImage(image);
	const registry = ref.registry === void 0 || ref.registry === "docker.io" || ref.registry === "index.docker.io" ? void 0 : ref.registry;
	const repository = registry === void 0 && ref.repository.startsWith("library/") ? ref.repository.slice(8) : ref.repository;
	return (registry === void 0 ? repository : `${registry}/${repository}`).toLowerCase();
}
const listsOf = perOptions((options) => {
	const strings = (value, fallback) => Array.isArray(value) ? value.filter((item) => typeof item === "string") : fallback;
	return {
		full: new Set(strings(options.fullImages, defaults.fullImages).map((image) => repositoryOf(image))),
		minimal: strings(options.minimalTagWords, defaults.minimalTagWords).map((word) => word.toLowerCase())
	};
});
/** The image the final stage is built on, following FROM <stage> back to an image. */
function finalBaseOf(object) {
	const seen = /* @__PURE__ */ new Set();
	let index = finalStageIndex(object);
	while (index !== -1 && !seen.has(index)) {
		seen.add(index);
		const base = baseStageOf(object, index);
		if (base === -1) {
			const from = object.stages[index]?.from;
			return from && from.known && from.resolved !== "" ? {
				image: from.resolved,
				stage: index
			} : void 0;
		}
		index = base;
	}
}
var dockerfile_base_not_minimal_default = defineObjectCheck({
	meta: {
		id: "dockerfile-base-not-minimal",
		title: "Dockerfile whose image is built on a full distribution",
		severity: "info",
		category: "images",
		description: "Flags a Dockerfile whose final stage (followed back through FROM <stage> to an image) is built on a full distribution or language image (ubuntu, debian, node, python, golang... the fullImages option) without a small variant in its tag (slim, alpine, minimal, micro, distroless, jre, chiseled: the minimalTagWords option, each the start of a -separated part of the tag, so alpine3.20 counts). Build stages are left alone: only the final stage ships. A base set by an ARG without a default is unknown and left alone.",
		risk: "A full distribution ships a shell, a package manager, compilers and hundreds of packages the application never uses: each is a vulnerability to patch and a tool for an attacker who gets in, and a larger image pulls more slowly on every node that scales up.",
		mitigation: "Build in a full image and copy the result into a small final stage: distroless (gcr.io/distroless/...), scratch for static binaries, alpine, or the -slim variant of the language image.",
		example: `FROM golang:1.23 AS build
RUN CGO_ENABLED=0 go build -o /app .
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /app /app`
	},
	options: {
		defaults,
		schema: {
			type: "object",
			properties: {
				fullImages: {
					type: "array",
					items: { type: "string" },
					description: "Repositories of full distribution or language images (node, debian, registry.example.com/base/full); the list replaces the default one."
				},
				minimalTagWords: {
					type: "array",
					items: { type: "string" },
					description: "Words that mark a small variant when a -, _ or .-separated part of the tag starts with one (slim, alpine...); the list replaces the default one."
				}
			},
			additionalProperties: false
		}
	},
	kinds: [dockerfileKind],
	check(object, { options, report }) {
		if (!isDockerfileObject(object)) return;
		const found = finalBaseOf(object);
		if (!found) return;
		const { full, minimal } = listsOf(options);
		if (!full.has(repositoryOf(found.image))) return;
		if ((parseImage(found.image).tag ?? "").toLowerCase().split(/[-_.]/).some((part) => minimal.some((word) => part.startsWith(word)))) return;
		const through = found.stage === finalStageIndex(object) ? "The final stage is" : `The final stage is, through stage ${found.stage + 1},`;
		report({
			path: [
				"stages",
				found.stage,
				"from",
				"image"
			],
			message: `${through} built on "${found.image}", a full distribution image: a distroless, scratch, alpine or -slim base ships far less.`
		});
	}
});

// dist/checks/dockerfile-base-unpinned.js
var dockerfile_base_unpinned_default = defineObjectCheck({
	meta: {
		id: "dockerfile-base-unpinned",
		title: "Dockerfile base image without a tag, or tagged latest",
		severity: "warning",
		category: "images",
		description: "Flags, in Dockerfiles, a FROM whose image has no tag or the tag latest, in every stage. A digest pins it; scratch is no image; a FROM naming an earlier stage (FROM build) is that stage, not an image. `${VAR}` in the image is replaced by the defaults of the ARGs declared before the first FROM, as docker build replaces them: `ARG TAG=latest` then `FROM app:${TAG}` is flagged, and an ARG without a default leaves the image unknown and the check silent. hadolint's DL3006 and DL3007 flag the same, except that hadolint skips every FROM holding a variable, where kubeready resolves the defaults.",
		risk: "An untagged base resolves to :latest, which moves: two builds of the same commit produce different images, a rebuild for a one-line fix pulls a new major version of the base, and nobody can say which operating system is in production.",
		mitigation: "Pin the base to a version tag (node:20.19-slim), or better to a digest (node@sha256:...) that a bot such as Renovate or Dependabot updates in reviewed pull requests.",
		example: `ARG NODE_VERSION=20.19
FROM node:\${NODE_VERSION}-slim AS build
RUN npm ci && npm run build
FROM gcr.io/distroless/nodejs20-debian12@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac
COPY --from=build /app /app`
	},
	kinds: [dockerfileKind],
	check(object, { report }) {
		if (!isDockerfileObject(object)) return;
		object.stages.forEach((stage, i) => {
			const { image, resolved, known } = stage.from;
			if (!known || resolved === "" || resolved.toLowerCase() === "scratch" || baseStageOf(object, i) !== -1) return;
			const ref = parseImage(resolved);
			if (ref.digest !== void 0) return;
			const reason = ref.tag === void 0 ? "has no tag, so it resolves to :latest" : ref.tag === "latest" ? "uses the moving tag :latest" : void 0;
			if (!reason) return;
			const shown = resolved === image ? `"${image}"` : `"${image}" (after the ARG defaults, "${resolved}")`;
			const of = stage.name === void 0 ? `stage ${i + 1}` : `stage "${stage.name}"`;
			report({
				path: [
					"stages",
					i,
					"from",
					"image"
				],
				message: `The base image ${shown} of ${of} ${reason}.`
			});
		});
	}
});

// dist/checks/dockerfile-packages-unpinned.js
const isPathOrUrl = (word) => word.startsWith(".") || word.startsWith("/") || word.startsWith("~") || word.includes("://");
/** pip's version control URLs (git+https://host/repo.git@ref): pinned by an @ref after the host, not by the user's @ in front of it. */
function pipVcsPinned(word) {
	const hash = word.indexOf("#");
	const url = hash === -1 ? word : word.slice(0, hash);
	const scheme = url.indexOf("://");
	const path = url.indexOf("/", scheme === -1 ? 0 : scheme + 3);
	return path !== -1 && url.includes("@", path);
}
/** npm's git sources (git+ssh://..., github:user/repo, user/repo): pinned by a #commit, tag or #semver: range. */
function isNpmGitSource(word) {
	return /^git(?:\+[a-z]+)?:\/\//.test(word) || [
		"github:",
		"gitlab:",
		"bitbucket:",
		"gist:"
	].some((prefix) => word.startsWith(prefix)) || !word.startsWith("@") && !isPathOrUrl(word) && word.includes("/");
}
const apt = {
	subcommands: /* @__PURE__ */ new Set(["install"]),
	valued: /* @__PURE__ */ new Set([
		"-o",
		"-t",
		"-c",
		"--target-release",
		"--option",
		"--config-file",
		"--default-release"
	]),
	pinned: (word) => word.includes("=") || word.endsWith(".deb") || isPathOrUrl(word),
	example: "name=version"
};
const apk = {
	subcommands: /* @__PURE__ */ new Set(["add"]),
	valued: /* @__PURE__ */ new Set([
		"-t",
		"--virtual",
		"-X",
		"--repository",
		"--repositories-file",
		"-p",
		"--root",
		"--arch",
		"--cache-dir",
		"--keys-dir"
	]),
	pinned: (word) => word.includes("=") || word.includes("~") || word.includes("<") || word.includes(">") || word.endsWith(".apk") || isPathOrUrl(word),
	example: "name=version"
};
const pip = {
	subcommands: /* @__PURE__ */ new Set(["install"]),
	valued: /* @__PURE__ */ new Set([
		"-r",
		"--requirement",
		"-c",
		"--constraint",
		"-e",
		"--editable",
		"-i",
		"--index-url",
		"--extra-index-url",
		"-f",
		"--find-links",
		"-t",
		"--target",
		"--prefix",
		"--root",
		"--trusted-host",
		"--platform",
		"--python-version",
		"--implementation",
		"--abi",
		"--src",
		"--upgrade-strategy",
		"--cache-dir",
		"--log",
		"--proxy",
		"--retries",
		"--timeout",
		"--cert",
		"--client-cert",
		"--no-binary",
		"--only-binary",
		"--progress-bar",
		"--exists-action"
	]),
	skipWith: /* @__PURE__ */ new Set(["-c", "--constraint"]),
	pinned: (word) => {
		if (/^(?:git|hg|svn|bzr)\+/.test(word)) return pipVcsPinned(word);
		return [
			"==",
			">=",
			"<=",
			"~=",
			"!=",
			"<",
			">",
			"@"
		].some((operator) => word.includes(operator)) || isPathOrUrl(word) || word.includes("/") || word.endsWith(".whl") || word.endsWith(".tar.gz") || word.endsWith(".zip");
	},
	example: "name==version"
};
const installers = /* @__PURE__ */ new Map([
	["apt-get", apt],
	["apt", apt],
	["apk", apk],
	["pip", pip],
	["pip3", pip],
	["npm", {
		subcommands: /* @__PURE__ */ new Set([
			"install",
			"i",
			"add"
		]),
		valued: /* @__PURE__ */ new Set([
			"--prefix",
			"--registry",
			"--cache",
			"--userconfig",
			"--tag",
			"--loglevel",
			"--omit",
			"--include",
			"--workspace",
			"-w",
			"--before"
		]),
		requires: /* @__PURE__ */ new Set([
			"-g",
			"--global",
			"--location=global"
		]),
		pinned: (word) => {
			if (isNpmGitSource(word)) return word.includes("#");
			const at = word.indexOf("@", 1);
			if (at !== -1) return ![
				"latest",
				"next",
				""
			].includes(word.slice(at + 1));
			return isPathOrUrl(word) || [
				".tgz",
				".tar",
				".tar.gz"
			].some((suffix) => word.endsWith(suffix));
		},
		example: "name@version"
	}]
]);
/** The installer a command runs and the words after its program: `python3 -m pip install` is pip. */
function installerOf(command) {
	const at = programIndex(command);
	if (at === -1) return void 0;
	const word = command[at] ?? "";
	const program = word.slice(word.lastIndexOf("/") + 1);
	if (/^python[0-9.]*$/.test(program) && command[at + 1] === "-m" && (command[at + 2] === "pip" || command[at + 2] === "pip3")) return {
		name: "pip",
		installer: pip,
		rest: command.slice(at + 3)
	};
	const name = /^pip[0-9.]*$/.test(program) ? "pip" : program;
	const installer = installers.get(name);
	return installer ? {
		name,
		installer,
		rest: command.slice(at + 1)
	} : void 0;
}
/** The packages without a version that one command installs, or undefined when it installs none. */
function unpinnedOf(installer, rest) {
	let subcommand = false;
	const options = /* @__PURE__ */ new Set();
	const unpinned = [];
	for (let i = 0; i < rest.length; i++) {
		const word = rest[i] ?? "";
		if (word.startsWith("-")) {
			const name = word.includes("=") ? word.slice(0, word.indexOf("=")) : word;
			options.add(word.includes("=") && installer.requires?.has(word) ? word : name);
			if (!word.includes("=") && installer.valued.has(word)) i++;
			continue;
		}
		if (!subcommand) {
			if (!installer.subcommands.has(word)) return void 0;
			subcommand = true;
			continue;
		}
		if (word === "" || word.includes("$") || installer.pinned(word)) continue;
		unpinned.push(word);
	}
	if (!subcommand) return void 0;
	if (installer.skipWith && [...installer.skipWith].some((option) => options.has(option))) return void 0;
	if (installer.requires && ![...installer.requires].some((option) => options.has(option))) return void 0;
	return unpinned;
}
var dockerfile_packages_unpinned_default = defineObjectCheck({
	meta: {
		id: "dockerfile-packages-unpinned",
		title: "Dockerfile installing packages without versions",
		severity: "info",
		category: "images",
		description: "Flags, in the RUN instructions of Dockerfiles (and ONBUILD RUN, which runs in the build of every image made FROM this one), apt-get and apt install, apk add, pip install (pip3, python -m pip) and npm install -g (or npm i -g, npm add -g) of packages named without a version. The RUN text is split into shell words and commands (src/model/shell.ts), not matched by a pattern. Left alone: packages with a version (apt and apk `name=version`, apk `~`, `<` and `>`, pip `==`, `>=` and the other specifiers, npm `name@version` other than @latest and @next), files, paths and URLs, git sources at a ref (pip `git+https://host/repo.git@ref`, npm `#ref`; without a ref they install whatever the branch holds that day, and are flagged), words holding a variable, and pip with a constraints file (-c). hadolint's DL3008, DL3018, DL3013 and DL3016 flag the same, with these differences. hadolint's DL3008 reads apt-get only, and counts name/release as pinned, though that release's version moves. DL3018 takes only = and ~, where kubeready takes apk's < and > constraints too. DL3013 skips a command that installs a requirements file, where kubeready still flags a package named beside a requirements file. DL3016 also flags a local npm install of named packages, which kubeready leaves to the lock file; it reads the word install only, where npm i and npm add install the same; and hadolint counts any @ as a version (@latest too) but not a #ref on GitHub's user/repo. hadolint flags words holding a variable, whose value only the build knows.",
		risk: "An unpinned package installs whatever version the mirror has on the day of the build: two builds of the same commit differ, and a rebuild for an unrelated fix can bring a new major version or a broken release.",
		mitigation: "Pin each package to a version (apt-get install curl=7.88.1-10+deb12u8, apk add curl=8.9.1-r1, pip install requests==2.32.3 or a requirements file with hashes, npm install -g typescript@5.9.3), or install from a pinned base image that carries them.",
		example: `FROM debian:12.7-slim
RUN apt-get update \\
 && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\
 && rm -rf /var/lib/apt/lists/*`
	},
	kinds: [dockerfileKind],
	check(object, { report }) {
		if (!isDockerfileObject(object)) return;
		object.stages.forEach((stage, s) => {
			stage.instructions.forEach((instruction, i) => {
				const run = runInstructionOf(instruction);
				const script = run && runScriptOf(run);
				if (script === void 0) return;
				for (const pipeline of pipelines(shellTokens(script))) for (const command of pipeline) {
					const found = installerOf(command);
					const unpinned = found && unpinnedOf(found.installer, found.rest);
					if (!found || !unpinned || unpinned.length === 0) continue;
					const shown = unpinned.slice(0, 5).map((name) => `"${name}"`).join(", ") + (unpinned.length > 5 ? ` and ${unpinned.length - 5} more` : "");
					report({
						path: [
							"stages",
							s,
							"instructions",
							i
						],
						message: `${found.name} installs ${shown} without a version, so each build takes whatever the mirror has that day (pin it as ${found.installer.example}).`
					});
				}
			});
		});
	}
});

// dist/checks/dockerfile-secret-in-build.js
/** A value made only of `$NAME` and `${NAME...}` references (and spaces): the build passes it in, nothing is written. */
function isReference(value) {
	let i = 0;
	let referenced = false;
	while (i < value.length) {
		const c = value[i];
		if (c === " ") {
			i++;
			continue;
		}
		if (c !== "$") return false;
		if (value[i + 1] === "{") {
			const close = value.indexOf("}", i + 2);
			if (close === -1) return false;
			i = close + 1;
		} else {
			let end = i + 1;
			while (end < value.length && /[A-Za-z0-9_]/.test(value[end] ?? "")) end++;
			if (end === i + 1) return false;
			i = end;
		}
		referenced = true;
	}
	return referenced;
}
/** File names that hold a private key or a login: SSH keys, key stores, .netrc, cloud credentials. */
const keyFileNames = /* @__PURE__ */ new Set([
	"id_rsa",
	"id_dsa",
	"id_ecdsa",
	"id_ed25519",
	".netrc",
	"_netrc",
	".pgpass",
	".git-credentials",
	"credentials"
]);
const keyFileExtensions = [
	".key",
	".p12",
	".pfx",
	".jks",
	".keystore"
];
function keyFileOf(source) {
	const trimmed = source.endsWith("/") ? source.slice(0, -1) : source;
	const name = trimmed.slice(trimmed.lastIndexOf("/") + 1);
	if (name.includes("$") || name.includes("*")) return void 0;
	if (keyFileNames.has(name)) return name;
	return keyFileExtensions.some((extension) => name.length > extension.length && name.toLowerCase().endsWith(extension)) ? name : void 0;
}
var dockerfile_secret_in_build_default = defineObjectCheck({
	meta: {
		id: "dockerfile-secret-in-build",
		title: "Dockerfile that bakes a credential into the image",
		severity: "error",
		category: "security",
		description: "Flags, in every stage of a Dockerfile, an ENV value or ARG default that is a credential: its name says so (PASSWORD, TOKEN, API_KEY, SECRET... as env-literal-credential reads names; TOKEN_URL or PASSWORD_FILE are not) and it holds a literal, or whatever its name it holds a PEM private key, a URL with a password or a known token shape (a GitHub or AWS key...). Values made only of ${VAR} references, empty values, switches and absolute paths are left alone, as is an ARG without a default. Also flags COPY and ADD of key files by name: SSH private keys (id_rsa, id_ed25519...), .netrc, .pgpass, .git-credentials, cloud credentials files and *.key, *.p12, *.pfx, *.jks key stores. What COPY . copies depends on .dockerignore, which kubeready does not read. The value is never printed.",
		risk: "ENV values and ARG defaults are stored in the image's configuration and history (docker history, docker inspect), and copied files in its layers, for anyone who can pull the image: removing them in a later step hides nothing. The credential leaks with every copy of the image, in every registry and node cache.",
		mitigation: "Pass build-time credentials as BuildKit secrets (RUN --mount=type=secret,id=npm_token ...) or SSH forwarding (RUN --mount=type=ssh), never as ARG or ENV; give runtime credentials to the container from a Kubernetes Secret; keep key files out of the build context with .dockerignore.",
		example: `# syntax=docker/dockerfile:1
FROM node:20.19-slim
RUN --mount=type=secret,id=npm_token \\
    NPM_TOKEN="$(cat /run/secrets/npm_token)" npm ci
ENV TOKEN_URL=https://auth.example.com/token`
	},
	kinds: [dockerfileKind],
	check(object, { report }) {
		if (!isDockerfileObject(object)) return;
		const judge = (name, value, path, what) => {
			if (value === void 0 || value.trim() === "" || isReference(value)) return;
			const words = credentialNameWords(name);
			if (words !== void 0 && !isSwitchValue(value) && !isFilePath(value)) {
				report({
					path,
					message: `${what} ${name} (its name says "${words}") holds a literal value, stored in the image for anyone who can pull it.`
				});
				return;
			}
			const shape = holdsPrivateKey(value) ? "a PEM private key" : holdsUrlPassword(value) ? "a URL with a password" : knownTokenIn(value);
			if (shape) report({
				path,
				message: `${what} ${name} holds ${shape}, stored in the image for anyone who can pull it.`
			});
		};
		object.args.forEach((arg, i) => judge(arg.name, arg.default, ["args", i], "The ARG"));
		object.stages.forEach((stage, s) => {
			stage.instructions.forEach((instruction, i) => {
				if (instruction.keyword === "ENV" || instruction.keyword === "ARG") (instruction.variables ?? []).forEach((variable, v) => judge(variable.name, variable.default, [
					"stages",
					s,
					"instructions",
					i,
					"variables",
					v,
					"default"
				], `The ${instruction.keyword}`));
				else if (instruction.keyword === "COPY" || instruction.keyword === "ADD") {
					const exec = execFormOf(instruction);
					(exec ?? instruction.words).slice(0, -1).forEach((source, w) => {
						const key = keyFileOf(source);
						const path = exec ? [
							"stages",
							s,
							"instructions",
							i
						] : [
							"stages",
							s,
							"instructions",
							i,
							"words",
							w
						];
						if (key) report({
							path,
							message: `${instruction.keyword} copies "${source}", a key or login file, into a layer of the image for anyone who can pull it.`
						});
					});
				}
			});
		});
	}
});

// dist/checks/dockerfile-syntax.js
const consequence$1 = { DOCKERFILE_INVALID_UTF8: ": the rest of the file is linted as if the byte were U+FFFD" };
var dockerfile_syntax_default = defineSourceCheck({
	meta: {
		id: "dockerfile-syntax",
		title: "Dockerfile that docker build refuses",
		severity: "error",
		category: "correctness",
		description: "Reports, in Dockerfiles and Containerfiles, what docker build refuses before it runs a step: a file without FROM (it is then not linted further), an instruction other than ARG before the first FROM, an unknown instruction, and bytes that are not UTF-8, at the line and column where they are; also an instruction with more than 256 flags, which no real file has and which the parser would take minutes over (the file is then not linted further). The YAML and JSON of the same run are yaml-syntax's.",
		risk: "The image is not built, so the release that needs it fails in CI or, worse, ships the previous image.",
		mitigation: "Fix the instruction at the reported position; start the file (after ARGs and parser directives) with FROM.",
		example: `# syntax=docker/dockerfile:1
ARG NODE_VERSION=20.19
FROM node:\${NODE_VERSION}-slim
USER node`
	},
	check(problems, { report }) {
		for (const problem of problems) {
			if (!problem.code.startsWith("DOCKERFILE_")) continue;
			report({
				start: problem.start,
				end: problem.end,
				message: `${problem.message}${consequence$1[problem.code] ?? ""}.`
			});
		}
	}
});

// dist/checks/dockerfile-user-root.js
var dockerfile_user_root_default = defineObjectCheck({
	meta: {
		id: "dockerfile-user-root",
		title: "Dockerfile whose image runs as root",
		severity: "warning",
		category: "security",
		description: "Flags a Dockerfile whose final stage (what docker build builds without --target) runs as root: its last USER is root or 0 (with any group), or it sets no USER at all. A USER of an earlier stage does not carry over, except into a stage built FROM that stage. Without a USER the image runs as its base image's user, which kubeready cannot see and which is root for nearly every base; the one base trusted without a USER is gcr.io/distroless with a nonroot tag (:nonroot, :latest-nonroot, :debug-nonroot). A USER holding a variable is left alone. hadolint's DL3002 flags only an explicit root USER as the last one; kubeready flags a missing USER too, since such an image runs as root just the same, which is what the review finds. DL3002 also flags an earlier stage whose last USER is root; kubeready judges only the final stage, the image that runs, since a build stage often needs root.",
		risk: "A process running as root in the container is root on the node's kernel: a container escape, a writable host mount or a kernel bug turns an application bug into a node compromise. A pod that sets runAsNonRoot: true for such an image does not start at all.",
		mitigation: "Create an unprivileged user in the image and end the final stage with USER and its numeric id (USER 10001), so that Kubernetes can verify runAsNonRoot; or build on a base that runs as non-root, such as gcr.io/distroless/static:nonroot.",
		example: `FROM node:20.19-slim
WORKDIR /app
COPY --chown=1000:1000 . .
USER 1000
CMD ["node", "server.js"]`
	},
	kinds: [dockerfileKind],
	check(object, { report }) {
		if (!isDockerfileObject(object)) return;
		const final = finalStageIndex(object);
		if (final < 0) return;
		const found = finalUserOf(object, final);
		if (found.kind === "nonroot-base") return;
		if (found.kind === "none") {
			const base = found.stage === final ? "" : ` (it is built on stage ${found.stage + 1}, which sets none either)`;
			const image = found.image === "" ? "" : ` "${found.image}"`;
			report({
				path: [
					"stages",
					final,
					"from"
				],
				message: `The final stage sets no USER${base}, so the image runs as its base image${image}'s user, root unless that image says otherwise.`
			});
			return;
		}
		if (found.user.includes("$") || !isRootUser(found.user)) return;
		const where = found.stage === final ? "The final stage" : `The final stage, built on stage ${found.stage + 1},`;
		report({
			path: [
				"stages",
				found.stage,
				"instructions",
				found.instruction,
				"user"
			],
			message: `${where} runs as root: its last USER is "${found.user}".`
		});
	}
});

// dist/checks/env-duplicate.js
var env_duplicate_default = defineObjectCheck({
	meta: {
		id: "env-duplicate",
		title: "Environment variable defined twice in one container",
		severity: "warning",
		category: "correctness",
		description: "Flags an env entry whose name an earlier entry of the same container already uses (regular, init and ephemeral containers of any workload), on the later entry, naming the index of the first. The API server accepts it and answers with a warning (\"hides previous definition of ..., which may be dropped when using apply\", pkg/api/pod/warnings.go); kube-linter calls it duplicate-env-var. As upstream, a later entry whose value builds on the earlier one ($(NAME) inside a longer value, such as PATH=$(PATH):/opt/bin) is not flagged; names holding template placeholders are not compared.",
		risk: "Only the last definition takes effect, so the value someone reads first in the manifest is not the one the process gets. env is a list merged by name: kubectl apply, strategic merge patches and server-side apply can drop or merge one of the entries, so the container may run with a different value after the next apply than after the first one. This usually comes from a chart or overlay adding a variable the base already sets.",
		mitigation: "Keep one entry per name: delete the earlier one, or fix the chart value or overlay that adds the variable a second time. To extend a value, reference it under another name or as $(NAME) in the later value.",
		example: `containers:
  - name: api
    image: registry.example.com/api:1.4.2
    env:
      - name: LOG_LEVEL
        value: info
      - name: PATH
        value: $(PATH):/opt/api/bin`
	},
	kinds: workloadKinds,
	check(object, { report }) {
		const pod = podTemplateOf(object);
		if (!pod) return;
		for (const at of containersOf(pod, [
			"container",
			"initContainer",
			"ephemeralContainer"
		])) {
			const env = at.container.env;
			if (!Array.isArray(env) || env.length < 2) continue;
			const first = /* @__PURE__ */ new Map();
			env.forEach((variable, i) => {
				if (!isRecord(variable)) return;
				const name = variable["name"];
				if (typeof name !== "string" || name === "" || findPlaceholder(name) !== void 0) return;
				const earlier = first.get(name);
				if (earlier === void 0) {
					first.set(name, i);
					return;
				}
				if (buildsOnEarlier(name, variable)) return;
				report({
					path: [
						...at.path,
						"env",
						i,
						"name"
					],
					message: `${containerSubject(at)} defines env var ${name} again at env[${i}], after env[${earlier}]: only the last definition takes effect, and an apply or patch may drop one of them.`
				});
			});
		}
	}
});
/** X=$(X):more after an earlier X: the later value extends the earlier one, as upstream allows. */
function buildsOnEarlier(name, variable) {
	if (variable["valueFrom"] !== void 0 && variable["valueFrom"] !== null) return false;
	const value = variable["value"];
	if (typeof value !== "string") return false;
	const reference = `$(${name})`;
	return value !== reference && value.includes(reference);
}

// dist/checks/env-literal-credential.js
var env_literal_credential_default = defineObjectCheck({
	meta: {
		id: "env-literal-credential",
		title: "Credential written as a literal environment value",
		severity: "error",
		category: "security",
		description: "Flags an environment variable of any container (init and ephemeral ones included) that holds a literal value while its name says it is a credential: password, passwd, pwd, pass, passphrase, secret, token, api key, a private/access/secret/signing/encryption key, credentials, or auth after another word (BASIC_AUTH), as a whole word of the name (DB_PASSWORD, dbPassword, APITOKEN), the last one or followed only by words such as _VALUE, _B64 or a number. Names about a credential are not flagged (TOKEN_URL, PASSWORD_FILE, SECRET_NAME, TOKEN_TTL, AUTH_ENABLED, MYSQL_ALLOW_EMPTY_PASSWORD), nor are valueFrom, empty values, on/off switches, absolute file paths, values built only from $(VAR) references, and deploy-time placeholders. Whatever the name, a literal holding a PEM private key, a URL with a password, or a connection string with Password= or AccountKey= is flagged too. The value is never printed.",
		risk: "A literal value is stored in the repository, in the workload object that everyone with read access to Deployments can see, and in kubectl describe output; unlike a Secret, no RBAC rule or encryption at rest protects it. The credential leaks with every copy of the manifest, and rotating it means a new commit and a rollout.",
		mitigation: "Move the value into a Secret (created from a secret manager, a SealedSecret or SOPS, not committed in plain text) and reference it with valueFrom.secretKeyRef, or mount it as a file and point the application at the file.",
		example: `env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef: { name: db, key: password }
  - name: TOKEN_URL
    value: https://auth.example.com/token`
	},
	kinds: workloadKinds,
	check(object, { report }) {
		const pod = podTemplateOf(object);
		if (!pod) return;
		for (const at of containersOf(pod, [
			"container",
			"initContainer",
			"ephemeralContainer"
		])) {
			const env = at.container.env;
			if (!Array.isArray(env)) continue;
			for (const [i, variable] of env.entries()) {
				if (!isRecord(variable) || typeof variable["name"] !== "string") continue;
				const raw = variable["value"];
				if (typeof raw !== "string" && typeof raw !== "number") continue;
				const value = String(raw);
				if (value.trim() === "" || isIndirectValue(value)) continue;
				const name = variable["name"];
				const words = credentialNameWords(name);
				const path = () => [
					...at.path,
					"env",
					i,
					"value"
				];
				if (words !== void 0 && !isSwitchValue(value) && !isFilePath(value)) report({
					path: path(),
					message: `The ${containerLabel(at)} sets ${name} (its name says "${words}") to a literal value written in the manifest.`
				});
				else if (isConnectionStringName(name) && holdsConnectionSecret(value)) report({
					path: path(),
					message: `The ${containerLabel(at)} sets ${name} to a literal connection string with a password or key in it.`
				});
				else if (holdsPrivateKey(value)) report({
					path: path(),
					message: `The ${containerLabel(at)} sets ${name} to a literal value that holds a PEM private key.`
				});
				else if (holdsUrlPassword(value)) report({
					path: path(),
					message: `The ${containerLabel(at)} sets ${name} to a literal URL with a password in it.`
				});
			}
		}
	}
});

// dist/src/model/networking.js
/**
* Shared logic of the networking and environments checks: Ingress backends in every API shape, the
* ports a Service exposes, and the short name of an image.
*/
/** Ingress from networking.k8s.io (v1, v1beta1) or the old extensions/v1beta1. */
function isIngress(object) {
	const group = groupOf(object);
	return object.kind === "Ingress" && (group === "networking.k8s.io" || group === "extensions");
}
/**
* Every Service backend of an Ingress: the default backend (spec.defaultBackend, or spec.backend in
* v1beta1) and each rules[].http.paths[].backend. Resource backends and malformed entries are left out.
*/
function ingressBackends(object) {
	if (!isIngress(object)) return [];
	const spec = object["spec"];
	if (!isRecord(spec)) return [];
	const result = [];
	for (const field of ["defaultBackend", "backend"]) {
		const backend = serviceBackendAt(spec[field], ["spec", field]);
		if (backend) result.push(backend);
	}
	const rules = spec["rules"];
	if (!Array.isArray(rules)) return result;
	rules.forEach((rule, i) => {
		if (!isRecord(rule) || !isRecord(rule["http"])) return;
		const paths = rule["http"]["paths"];
		if (!Array.isArray(paths)) return;
		paths.forEach((entry, j) => {
			if (!isRecord(entry)) return;
			const backend = serviceBackendAt(entry["backend"], [
				"spec",
				"rules",
				i,
				"http",
				"paths",
				j,
				"backend"
			]);
			if (backend) result.push(backend);
		});
	});
	return result;
}
function serviceBackendAt(backend, path) {
	if (!isRecord(backend)) return void 0;
	const service = backend["service"];
	if (isRecord(service)) {
		const name = service["name"];
		if (typeof name !== "string" || name === "") return void 0;
		const port = service["port"];
		let found;
		if (isRecord(port)) {
			if (typeof port["number"] === "number" || typeof port["number"] === "string") found = {
				value: port["number"],
				path: [
					...path,
					"service",
					"port",
					"number"
				]
			};
			else if (typeof port["name"] === "string") found = {
				value: port["name"],
				path: [
					...path,
					"service",
					"port",
					"name"
				]
			};
		}
		return {
			path,
			serviceName: name,
			namePath: [
				...path,
				"service",
				"name"
			],
			port: found,
			portParentPath: [...path, "service"]
		};
	}
	const name = backend["serviceName"];
	if (typeof name !== "string" || name === "") return void 0;
	const port = backend["servicePort"];
	return {
		path,
		serviceName: name,
		namePath: [...path, "serviceName"],
		port: typeof port === "number" || typeof port === "string" ? {
			value: port,
			path: [...path, "servicePort"]
		} : void 0,
		portParentPath: path
	};
}
/** The well-formed entries of a Service's spec.ports. */
function servicePortsOf$1(service) {
	const spec = service["spec"];
	const ports = isRecord(spec) ? spec["ports"] : void 0;
	return Array.isArray(ports) ? ports.filter(isRecord) : [];
}
/**
* The Service port a backend port refers to: a number (or a string of digits) matches `port`, any other
* string matches the port's `name`.
*/
function findServicePort(ports, wanted) {
	if (typeof wanted === "number" || /^\d+$/.test(wanted.trim())) {
		const number = Number(wanted);
		return ports.find((port) => Number(port.port) === number);
	}
	return ports.find((port) => port.name === wanted);
}
/** A Service port as people say it: `80/http` or `80`. */
function describeServicePort(port) {
	return typeof port.name === "string" && port.name !== "" ? `${String(port.port)}/${port.name}` : String(port.port);
}
/** The last segment of an image's repository, lowercased: `nginx` for `docker.io/library/nginx:1.27`. */
function imageBaseName(image) {
	if (typeof image !== "string" || image.trim() === "") return void 0;
	const repository = parseImage(image.trim()).repository.toLowerCase();
	return repository.slice(repository.lastIndexOf("/") + 1);
}
/** The repository of an image without its registry, lowercased: `jaegertracing/all-in-one`. */
function imageRepository(image) {
	if (typeof image !== "string" || image.trim() === "") return void 0;
	return parseImage(image.trim()).repository.toLowerCase();
}
/** The value at a path inside an object, or undefined when any step is missing. */
function valueAt$1(root, path) {
	let current = root;
	for (const key of path) if (typeof key === "number") {
		if (!Array.isArray(current)) return void 0;
		current = current[key];
	} else {
		if (!isRecord(current)) return void 0;
		current = current[key];
	}
	return current;
}
/** A string map (labels, annotations) at a path, with every value as a string. */
function stringMapAt(root, path) {
	const map = valueAt$1(root, path);
	if (!isRecord(map)) return {};
	const result = {};
	for (const [key, value] of Object.entries(map)) {
		const text = scalarText(value);
		if (text !== void 0) result[key] = text;
	}
	return result;
}
/** A label or annotation value as text: a string, number or boolean; undefined for anything else. */
function scalarText(value) {
	return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : void 0;
}
/**
* Labels a controller adds to the pods it creates, which a Service may select on though no template
* spells them out: whether the workload's kind adds the key, and whether the value can be one it writes.
*/
const controllerLabels = {
	"statefulset.kubernetes.io/pod-name": (w, v) => w.ref.kind === "StatefulSet" && v.startsWith(`${w.ref.name}-`) && /^\d+$/.test(v.slice(w.ref.name.length + 1)),
	"apps.kubernetes.io/pod-index": (w, v) => w.ref.kind === "StatefulSet" && /^\d+$/.test(v),
	"controller-revision-hash": (w) => w.ref.kind === "StatefulSet" || w.ref.kind === "DaemonSet",
	"pod-template-hash": (w) => w.ref.kind === "Deployment" || w.ref.kind === "ReplicaSet",
	"job-name": (w, v) => w.ref.kind === "Job" ? v === w.ref.name : w.ref.kind === "CronJob" && v.startsWith(`${w.ref.name}-`),
	"batch.kubernetes.io/job-name": (w, v) => w.ref.kind === "Job" ? v === w.ref.name : w.ref.kind === "CronJob" && v.startsWith(`${w.ref.name}-`),
	"controller-uid": (w) => w.ref.kind === "Job" || w.ref.kind === "CronJob",
	"batch.kubernetes.io/controller-uid": (w) => w.ref.kind === "Job" || w.ref.kind === "CronJob",
	"batch.kubernetes.io/job-completion-index": (w, v) => (w.ref.kind === "Job" || w.ref.kind === "CronJob") && /^\d+$/.test(v)
};
/** Whether selectsPodsOf may find a label under this key on pods without it in their template (looked up as it does). */
function isControllerLabelKey(key) {
	return controllerLabels[key] !== void 0;
}
const workloadsByLabel = (workloads) => labelLookup(workloads, (workload) => workload.pod ? [workload.pod.labels] : []);
/**
* The workloads (any namespace, scope order) whose pods may carry every label of `required` (a Service
* selector or a matchLabels): those whose template has one of its key=value pairs, other than a label a
* controller adds (the fewest of them), or every workload when there is no such pair. A prefilter: callers
* apply the real matcher.
*/
function workloadsThatMayMatch(index, required) {
	if (!isRecord(required)) return index.workloads;
	const templateLabels = {};
	for (const key in required) if (Object.hasOwn(required, key) && !isControllerLabelKey(key)) templateLabels[key] = required[key];
	return index.sift(workloadsByLabel, { workloads: true })(templateLabels);
}
/** Whether a Service's map selector (non-empty) matches a workload's pods, controller-added labels included. */
function selectsPodsOf(selector, workload) {
	const labels = workload.pod?.labels;
	const entries = Object.entries(selector);
	if (!labels || entries.length === 0) return false;
	return entries.every(([key, raw]) => {
		const value = String(raw);
		if (labels[key] === value) return true;
		return labels[key] === void 0 && (controllerLabels[key]?.(workload, value) ?? false);
	});
}
/** The workloads of the scope whose pods a Service selects (none for a Service without a selector). */
function podsOfService(index, service) {
	const spec = service.object["spec"];
	const selector = isRecord(spec) ? spec["selector"] : void 0;
	if (!isRecord(selector)) return [];
	return workloadsThatMayMatch(index, selector).filter((entry) => sameNamespace(entry.ref.namespace, service.ref.namespace) && selectsPodsOf(selector, entry));
}
/** The core/v1 Services of that name in a namespace of the scope (a scope can hold more than one variant). */
function servicesNamed(index, name, namespace) {
	return index.named("Service", name, namespace).filter((entry) => isKind(entry.object, "Service"));
}
/** The operator resources (as operatorResourcesIn) of that name in a namespace. */
function operatorResourcesNamed(index, name, namespace) {
	return index.sift(operatorResourcesByName, { namespace })(name);
}
/**
* The operator resources (as operatorResourcesIn) of a namespace that carry or set on their pods every label
* of a map selector: in metadata.labels, spec.template.metadata.labels (a Rollout) or spec.podMetadata.labels.
*/
function operatorResourcesLabelled(index, selector, namespace) {
	return index.sift(operatorResourcesByLabel, { namespace })(selector).filter((resource) => podLabelMapsOf(resource).some((labels) => matchesLabelMap(selector, labels)));
}
const podLabelPaths = [
	["metadata", "labels"],
	[
		"spec",
		"template",
		"metadata",
		"labels"
	],
	[
		"spec",
		"podMetadata",
		"labels"
	]
];
function isOperatorResource(entry) {
	const group = apiGroupOf(entry.ref.apiVersion);
	return !isBuiltInGroup(group) && !configurationGroups.has(group) && !configurationKinds.has(entry.ref.kind);
}
const podLabelMaps = /* @__PURE__ */ new WeakMap();
/** The non-empty label maps an operator resource carries or sets on its pods. */
function podLabelMapsOf(entry) {
	let maps = podLabelMaps.get(entry.object);
	if (!maps) podLabelMaps.set(entry.object, maps = podLabelPaths.map((path) => stringMapAt(entry.object, path)).filter((labels) => Object.keys(labels).length > 0));
	return maps;
}
const operatorResources = entriesWhere(isOperatorResource);
const operatorResourcesByName = entriesByKey((entry) => isOperatorResource(entry) ? [entry.ref.name] : []);
const operatorResourcesByLabel = (list) => labelLookup(list.filter(isOperatorResource), podLabelMapsOf);
const configurationGroups = /* @__PURE__ */ new Set([
	"cert-manager.io",
	"acme.cert-manager.io",
	"networking.istio.io",
	"security.istio.io",
	"telemetry.istio.io",
	"keda.sh",
	"external-secrets.io",
	"bitnami.com",
	"traefik.io",
	"traefik.containo.us"
]);
const configurationKinds = /* @__PURE__ */ new Set([
	"ServiceMonitor",
	"PodMonitor",
	"PrometheusRule",
	"Probe",
	"ScrapeConfig",
	"AlertmanagerConfig"
]);

// dist/checks/environments-mixed.js
const productionWords = /* @__PURE__ */ new Set([
	"prod",
	"production",
	"prd"
]);
const otherWords = /* @__PURE__ */ new Set([
	"dev",
	"devel",
	"develop",
	"development",
	"test",
	"testing",
	"tst",
	"qa",
	"staging",
	"stage",
	"stg",
	"uat",
	"sandbox",
	"preview",
	"nonprod",
	"preprod",
	"preproduction"
]);
const negations = /* @__PURE__ */ new Set([
	"pre",
	"non",
	"not"
]);
const environmentLabels = [
	"environment",
	"env",
	"app.kubernetes.io/environment",
	"tags.datadoghq.com/env"
];
var environments_mixed_default = defineObjectCheck({
	meta: {
		id: "environments-mixed",
		title: "Production and non-production environments in one scope",
		severity: "warning",
		category: "environments",
		description: "Reads each object's environment from its namespace (a Namespace from its name) and from an environment, env, app.kubernetes.io/environment or tags.datadoghq.com/env label: words such as prod, production or prd (as a whole dash- or dot-separated part, so \"product\" is none, \"pre-prod\" and \"non-prod\" are non-production, and \"production-like\" is neither) against dev, test, qa, staging, stage, stg, uat, sandbox or preview. When one scope holds both, it reports once per environment of the smaller side (fewer objects; non-production on a tie), on the first object of that environment, naming the other side. Judges one deployment unit at a time (a chart render, a Kustomize build, or a folder of plain files), never objects of another unit.",
		risk: "One render, overlay or apply then changes production and a lower environment together: a change meant to be tried in staging reaches production in the same step, a values or patch mistake for one environment lands in the other, and there is no stage left where a bad release is caught first.",
		mitigation: "Deploy each environment from its own overlay, values file or release, and lint each of them as a scope of its own (kubeready deploy/overlays/staging deploy/overlays/production). Move stray objects to the environment they belong to.",
		example: `# deploy/overlays/production/kustomization.yaml: production only
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: shop-prod
resources: [../../base]
labels:
  - pairs: { env: production }`
	},
	check(object, { index, report }) {
		const { environments, firstOfGroup, groups } = scopeEnvironments(index);
		const own = environments.has(object) ? environments.get(object) : environmentOf$1(object, environmentReader());
		if (!own) return;
		if (firstOfGroup.get(own.group) !== object) return;
		const count = (side) => [...groups.values()].filter((g) => g.side === side).reduce((sum, g) => sum + g.entries.length, 0);
		const production = count("production");
		const other = count("non-production");
		if (production === 0 || other === 0) return;
		const smaller = production < other ? "production" : "non-production";
		if (own.side !== smaller) return;
		const objects = (n) => `${n} object${n === 1 ? "" : "s"}`;
		const mine = groups.get(own.group)?.entries.length ?? 1;
		const opposite = [...groups.entries()].filter(([, g]) => g.side !== own.side).sort((a, b) => b[1].entries.length - a[1].entries.length);
		const listed = opposite.slice(0, 3).map(([name, g], i) => {
			const example = g.entries.find((entry) => entry.pod) ?? g.entries[0];
			const sample = i === 0 && example ? `, e.g. ${example.ref.kind} "${example.ref.name}"` : "";
			return `${name} (${objects(g.entries.length)}${sample})`;
		});
		const more = opposite.length > 3 ? ` and ${opposite.length - 3} more` : "";
		const otherSide = own.side === "production" ? "non-production" : "production";
		report({
			path: own.path,
			message: `${own.side === "production" ? "Production" : "Non-production"} ${own.group} (${objects(mine)}) is in the same scope as ${otherSide} ${listed.join(", ")}${more}.`
		});
	}
});
/** Every object's environment, the first object of each environment, and the objects of each, once per scope. */
const scopeEnvironments = perScope((index) => {
	const read = environmentReader();
	const environments = /* @__PURE__ */ new Map();
	const firstOfGroup = /* @__PURE__ */ new Map();
	const groups = /* @__PURE__ */ new Map();
	for (const entry of index.own) {
		const environment = environmentOf$1(entry.object, read);
		environments.set(entry.object, environment);
		if (!environment) continue;
		if (!firstOfGroup.has(environment.group)) firstOfGroup.set(environment.group, entry.object);
		const group = groups.get(environment.group) ?? {
			side: environment.side,
			entries: []
		};
		group.entries.push(entry);
		groups.set(environment.group, group);
	}
	return {
		environments,
		firstOfGroup,
		groups
	};
});
/** The environment of an object: from an environment label when it disagrees with the namespace or there is none. */
function environmentOf$1(object, read) {
	const isNamespace = object.kind === "Namespace" && groupOf(object) === "";
	const namespace = isNamespace ? object.metadata?.name : object.metadata?.namespace;
	const fromNamespace = typeof namespace === "string" ? read.namespace(namespace, isNamespace) : void 0;
	const labels = object.metadata?.labels;
	let fromLabel;
	for (const key of isRecord(labels) ? environmentLabels : []) {
		const value = scalarText(labels[key]);
		fromLabel = value === void 0 ? void 0 : read.label(key, value);
		if (fromLabel) break;
	}
	if (fromLabel && (!fromNamespace || fromNamespace.side !== fromLabel.side)) return fromLabel;
	return fromNamespace;
}
const namePath = ["metadata", "name"];
const namespacePath = ["metadata", "namespace"];
/** Reads environments for one scope: namespaces and label values repeat across it, so each is read once. */
function environmentReader() {
	const environment = (side, group, path) => side && {
		side,
		group,
		path
	};
	const ofNamespace = memoize((name) => environment(sideOf(name), `namespace "${name}"`, namespacePath));
	const ofNamespaceObject = memoize((name) => environment(sideOf(name), `namespace "${name}"`, namePath));
	const ofLabel = memoize((key) => memoize((value) => environment(sideOf(value), `label ${key}=${value}`, [
		"metadata",
		"labels",
		key
	])));
	return {
		namespace: (name, isNamespace) => (isNamespace ? ofNamespaceObject : ofNamespace)(name),
		label: (key, value) => ofLabel(key)(value)
	};
}
/**
* production or non-production from a name, by its dash-, dot- or underscore-separated words (trailing digits
* ignored: prod2, dev01). A non-production word wins over a production one (prod-test is a test).
*/
function sideOf(value) {
	const words = value.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).map((word) => word.replace(/(?<=[a-z])\d+$/, ""));
	let side;
	for (const [i, word] of words.entries()) {
		if (otherWords.has(word)) return "non-production";
		if (!productionWords.has(word)) continue;
		if (negations.has(words[i - 1] ?? "")) return "non-production";
		if (words[i + 1] === "like") continue;
		side = "production";
	}
	return side;
}

// dist/checks/hpa-min-replicas-low.js
var hpa_min_replicas_low_default = defineObjectCheck({
	meta: {
		id: "hpa-min-replicas-low",
		title: "Autoscaler may scale down to a single replica",
		severity: "warning",
		category: "scaling",
		description: "A HorizontalPodAutoscaler must keep minReplicas at 2 or more (unset means 1). A KEDA ScaledObject is reported for minReplicaCount 1; its default of 0 (scale to zero) is taken as deliberate for event-driven workers, and reported only when a Service of the namespace selects the target's pods, since a served workload then has no endpoint at all while idle.",
		risk: "At the floor the workload runs one pod: a node drain, an eviction or a crash of that pod is a full outage until a replacement starts, and a PodDisruptionBudget either blocks node maintenance or allows the outage. Quiet hours, when the floor is reached, are also when maintenance usually runs.",
		mitigation: "Set minReplicas (KEDA: minReplicaCount) to 2 or more, spread the replicas across nodes, and let the autoscaler add pods for load above that. Scale a served workload to zero only behind something that holds requests while it starts, such as the KEDA HTTP add-on.",
		example: `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: api }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: api }
  minReplicas: 2
  maxReplicas: 10`
	},
	kinds: ["HorizontalPodAutoscaler", "ScaledObject"],
	check(object, { ref, index, report }) {
		const spec = object["spec"];
		if (!isRecord(spec)) return;
		const target = index.target(targetRefOf(object).ref, ref.namespace);
		const workload = target ? describeObject$1(target.object) : "the workload";
		if (isHorizontalPodAutoscaler(object)) {
			const value = spec["minReplicas"] ?? 1;
			if (typeof value !== "number" || value >= 2) return;
			const written = spec["minReplicas"] === void 0 || spec["minReplicas"] === null ? "minReplicas is unset, which means 1" : `minReplicas is ${value}`;
			report({
				path: ["spec", "minReplicas"],
				message: value <= 0 ? `${written}: ${workload} may be scaled down to no pod at all, and at best one pod carries the whole load.` : `${written}: ${workload} may be scaled down to a single pod, and losing that pod is an outage.`
			});
			return;
		}
		if (!isScaledObject(object)) return;
		const value = spec["minReplicaCount"] ?? 0;
		if (typeof value !== "number" || value >= 2) return;
		const written = spec["minReplicaCount"] === void 0 || spec["minReplicaCount"] === null ? "minReplicaCount is unset, which means 0" : `minReplicaCount is ${value}`;
		if (value >= 1) {
			report({
				path: ["spec", "minReplicaCount"],
				message: `${written}: ${workload} may be scaled down to a single pod, and losing that pod stops it.`
			});
			return;
		}
		const service = target?.pod ? index.servicesSelecting(target)[0] : void 0;
		if (!target || !service) return;
		report({
			path: ["spec", "minReplicaCount"],
			message: `${written}: KEDA scales ${workload} to zero when idle, but ${describeObject$1(service.object)} sends it traffic, and requests fail until a pod has started again.`
		});
	}
});

// dist/checks/hpa-missing-requests.js
var hpa_missing_requests_default = defineObjectCheck({
	meta: {
		id: "hpa-missing-requests",
		title: "Autoscaling on utilization of a resource the pods do not request",
		severity: "error",
		category: "scaling",
		description: "An HPA (autoscaling/v1 targetCPUUtilizationPercentage, a v2/v2beta2/v2beta1 Resource or ContainerResource metric with a Utilization target, or no metric at all, which defaults to 80% cpu) or a KEDA cpu or memory trigger of metricType Utilization measures usage as a percentage of the request. Every container of the target (sidecars included; for a container metric, the named one) must then request that resource: a limit alone, or a LimitRange default of the namespace, counts as a request. Custom, external and AverageValue metrics need no request.",
		risk: "Utilization is usage divided by request. When a container has no request, the autoscaler cannot compute it and silently skips the metric (FailedGetResourceMetric), so the workload never scales out under load even though an autoscaler appears to be in place.",
		mitigation: "Set the request of the scaled resource on every container of the target, sidecars included; or scale on an AverageValue target, which compares absolute usage and needs no request.",
		example: `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: api }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: api }
  minReplicas: 2
  maxReplicas: 10
  metrics:
    - type: Resource
      resource: { name: cpu, target: { type: Utilization, averageUtilization: 70 } }
# and in Deployment "api", every container sets resources.requests.cpu`
	},
	kinds: ["HorizontalPodAutoscaler", "ScaledObject"],
	check(object, { ref, index, report }) {
		if (!isHorizontalPodAutoscaler(object) && !isScaledObject(object)) return;
		const target = index.target(targetRefOf(object).ref, ref.namespace);
		if (!target?.pod) return;
		const defaults = containerDefaults(index, ref.namespace);
		const containers = runningContainers(target.pod);
		for (const metric of resourceMetricsOf(object)) {
			if (!metric.utilization) continue;
			const missing = (metric.container === void 0 ? containers : containers.filter((at) => at.container.name === metric.container)).filter((at) => containerRequest(at.container, metric.resource, defaults) === void 0);
			if (missing.length === 0) continue;
			const labels = missing.map(containerLabel);
			report({
				path: metric.path,
				message: `Scales ${describeObject$1(target.object)} on ${metric.label}, but ${joinLabels(labels)} ${missing.length === 1 ? "sets" : "set"} no ${metric.resource} request (nor a limit that would default it): utilization cannot be computed and this metric never scales the workload.`
			});
		}
	}
});

// dist/checks/hpa-replicas-conflict.js
var hpa_replicas_conflict_default = defineObjectCheck({
	meta: {
		id: "hpa-replicas-conflict",
		title: "Replica count set on an autoscaled workload",
		severity: "warning",
		category: "scaling",
		description: "A Deployment or StatefulSet that a HorizontalPodAutoscaler or a KEDA ScaledObject of the same namespace scales must leave spec.replicas out of its manifest (an Argo Rollout likewise). Reported on spec.replicas, naming the autoscaler.",
		risk: "The manifest and the autoscaler both own the replica count. Every kubectl apply (or GitOps sync) resets it to the written value: a workload scaled out to 20 pods under load drops to 3 in the middle of a deploy, and the autoscaler needs minutes to scale it back while the remaining pods are overloaded.",
		mitigation: "Delete spec.replicas from the manifest and let the autoscaler's minReplicas set the floor. When migrating an existing workload, first remove the field from the last-applied configuration (kubectl apply edit-last-applied, or server-side apply with the field dropped) so the next apply does not scale it down to 1.",
		example: `apiVersion: apps/v1
kind: Deployment
metadata: { name: api }
spec:
  # no replicas: HorizontalPodAutoscaler "api" owns the count (minReplicas 3)
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      containers: [{ name: api, image: registry.example.com/api:1.4.2 }]`
	},
	kinds: ["Deployment", "StatefulSet"],
	needsInUnit: ["HorizontalPodAutoscaler", "ScaledObject"],
	check(object, { index, report }) {
		if (!isReplicated(object)) return;
		const field = replicaFieldOf(object);
		const replicas = field?.value;
		if (!field || replicas === void 0 || replicas === null) return;
		const entry = index.entryOf(object);
		const autoscalers = entry ? index.autoscalersOf(entry) : [];
		if (autoscalers.length === 0) return;
		const written = typeof replicas === "number" ? String(replicas) : JSON.stringify(replicas);
		report({
			path: field.path,
			message: `${formatPath(field.path)} is ${written}, but ${joinLabels(autoscalers.map(describeAutoscaler))} ${autoscalers.length === 1 ? "manages" : "manage"} the replica count: every apply resets it to ${written} ` + (autoscalers.length === 1 ? "until the autoscaler corrects it again." : "until an autoscaler corrects it again (and several autoscalers on one workload also overwrite each other).")
		});
	}
});
/** HorizontalPodAutoscaler "api" (minReplicas 2, maxReplicas 10). */
function describeAutoscaler(autoscaler) {
	const spec = autoscaler.object["spec"];
	const [minField, maxField] = autoscaler.ref.kind === "ScaledObject" ? ["minReplicaCount", "maxReplicaCount"] : ["minReplicas", "maxReplicas"];
	const bounds = isRecord(spec) ? [minField, maxField].filter((field) => typeof spec[field] === "number").map((field) => `${field} ${String(spec[field])}`) : [];
	return `${describeObject$1(autoscaler.object)}${bounds.length > 0 ? ` (${bounds.join(", ")})` : ""}`;
}

// dist/checks/hpa-target-missing.js
var hpa_target_missing_default = defineObjectCheck({
	meta: {
		id: "hpa-target-missing",
		title: "Autoscaler target not found",
		severity: "info",
		category: "scaling",
		description: "The scaleTargetRef of a HorizontalPodAutoscaler or KEDA ScaledObject (kind defaults to Deployment), or the targetRef of a VerticalPodAutoscaler, must name an object of that kind and namespace among the linted files. Informational, since the target may be deployed from elsewhere; the message says when an object of that name exists in another namespace or with another kind. Looks for the target in the autoscaler's deployment unit and, in a namespace it names, in other units; silent when the unit holds no object of the target's kind of its own in that namespace and none of that name anywhere.",
		risk: "An autoscaler whose target does not exist does nothing: after a rename, or with the kind or namespace wrong, the workload silently stops scaling and runs at whatever replica count it had.",
		mitigation: "Point scaleTargetRef (targetRef for a VPA) at the workload's exact kind and name, and create the autoscaler in the workload's namespace; or lint the autoscaler together with the manifests of its target.",
		example: `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: api, namespace: shop }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: api }  # Deployment shop/api is linted too
  minReplicas: 2
  maxReplicas: 10`
	},
	kinds: [
		"HorizontalPodAutoscaler",
		"ScaledObject",
		"VerticalPodAutoscaler"
	],
	check(object, { ref, index, report }) {
		const vertical = isVerticalPodAutoscaler(object);
		if (!vertical && !isHorizontalPodAutoscaler(object) && !isScaledObject(object)) return;
		const { ref: targetRef, field } = targetRefOf(object);
		if (typeof targetRef?.["name"] !== "string" || targetRef["name"] === "") {
			if (vertical) return;
			report({
				path: ["spec", field],
				message: `The ${field} names no target, so this autoscaler scales nothing.`
			});
			return;
		}
		if (index.target(targetRef, ref.namespace)) return;
		const name = targetRef["name"];
		const defaulted = typeof targetRef["kind"] !== "string" || targetRef["kind"] === "";
		const kind = defaulted ? "Deployment" : String(targetRef["kind"]);
		const where = ref.namespace === "" ? "without a namespace" : `in namespace "${ref.namespace}"`;
		const elsewhere = index.named(kind, name)[0];
		const otherKind = workloadsNamed(index, name, ref.namespace)[0];
		if (!elsewhere && !otherKind && index.sift(ownEntries, {
			kind,
			namespace: ref.namespace
		})().length === 0) return;
		let hint = "";
		if (otherKind) hint = ` A ${otherKind.ref.kind} "${name}" is in that namespace: is the kind wrong?`;
		else if (elsewhere && (ref.namespace === "" || elsewhere.ref.namespace === "")) hint = ` A ${kind} "${name}" is in the files ${elsewhere.ref.namespace === "" ? "without a namespace" : `in namespace "${elsewhere.ref.namespace}"`}: it is the target only if both are applied to namespace "${ref.namespace === "" ? elsewhere.ref.namespace : ref.namespace}".`;
		else if (elsewhere) hint = ` A ${kind} "${name}" exists in namespace "${elsewhere.ref.namespace}", but an autoscaler only scales objects of its own namespace.`;
		report({
			path: ["spec", field],
			message: `The ${field} names ${kind} "${name}"${defaulted ? " (no kind given, so Deployment)" : ""}, which is not among the linted objects ${where}.${hint}`
		});
	}
});

// dist/src/model/images.js
/**
* Every image of a workload, in containers, init containers and ephemeral containers. Values that are not
* images yet are left out: unresolved templates (template-placeholder reports them) and ko:// build
* references, which ko replaces with a digest reference at build time.
*/
function imagesOf(object) {
	const pod = podTemplateOf(object);
	if (!pod) return [];
	let result = imagesByPod.get(pod);
	if (!result) imagesByPod.set(pod, result = listImages(pod));
	return result;
}
const imagesByPod = /* @__PURE__ */ new WeakMap();
function listImages(pod) {
	const result = [];
	for (const at of containersOf(pod, [
		"container",
		"initContainer",
		"ephemeralContainer"
	])) {
		const image = at.container.image;
		if (typeof image !== "string" || image.trim() === "" || image.startsWith("ko://")) continue;
		if (findPlaceholder(image) || shoutedPlaceholder(["image"], image)) continue;
		result.push({
			at,
			image,
			ref: parseImage(image.trim()),
			path: [...at.path, "image"]
		});
	}
	return result;
}
const dockerHub = "docker.io";
const dockerHubAliases = /* @__PURE__ */ new Set([
	"docker.io",
	"index.docker.io",
	"registry-1.docker.io",
	"registry.hub.docker.com"
]);
/** The registry host of an image, lowercased, with Docker Hub (implicit or under any alias) as `docker.io`. */
function registryOf(ref) {
	const host = ref.registry?.toLowerCase();
	return host === void 0 || dockerHubAliases.has(host) ? dockerHub : host;
}
/**
* The image's full name without tag or digest, as the container runtime resolves it: `nginx` is
* `docker.io/library/nginx`, `bitnami/redis` is `docker.io/bitnami/redis`.
*/
function fullNameOf(ref) {
	const registry = registryOf(ref);
	return `${registry}/${registry === "docker.io" && !ref.repository.includes("/") ? `library/${ref.repository}` : ref.repository}`;
}
/**
* Registries on the internet that anyone can pull from, operated by a third party: Docker Hub and the big
* hosted registries (several of them also hold private repositories, but are still pulled over the
* internet, under their operator's limits), the Kubernetes project's registries, and the vendor registries
* that operators and charts commonly default to. Cloud registries of one's own account (ECR private,
* Artifact Registry, ACR) are not in the list: they sit in the same cloud as the cluster.
*/
const publicRegistries = /* @__PURE__ */ new Map([
	[dockerHub, "Docker Hub"],
	["mirror.gcr.io", "Google's Docker Hub mirror"],
	["ghcr.io", "GitHub Container Registry"],
	["quay.io", "Quay.io"],
	["gcr.io", "Google Container Registry"],
	["us.gcr.io", "Google Container Registry"],
	["eu.gcr.io", "Google Container Registry"],
	["asia.gcr.io", "Google Container Registry"],
	["registry.k8s.io", "the Kubernetes project registry"],
	["k8s.gcr.io", "the former Kubernetes project registry, frozen since 2023"],
	["public.ecr.aws", "Amazon ECR Public"],
	["mcr.microsoft.com", "Microsoft Artifact Registry"],
	["registry.gitlab.com", "GitLab Container Registry"],
	["docker.elastic.co", "Elastic's registry"],
	["nvcr.io", "NVIDIA NGC"],
	["cgr.dev", "Chainguard"],
	["registry.access.redhat.com", "Red Hat's registry"],
	["registry.redhat.io", "Red Hat's registry"],
	["registry.suse.com", "SUSE's registry"],
	["container-registry.oracle.com", "Oracle's registry"],
	["lscr.io", "LinuxServer.io"],
	["registry.opensource.zalan.do", "Zalando's registry"]
]);
/** The display name of the public registry an image comes from, if it is one. */
function publicRegistryOf(ref) {
	return publicRegistries.get(registryOf(ref));
}
/** The host names of the public registries, for documentation. */
const publicRegistryHosts = [...publicRegistries.keys()];
/**
* Whether an image comes from an allowed registry entry: `host[:port][/path/prefix]`.
* - The host compares case-insensitively, and whole: `registry.example.com` does not allow
*   `registry.example.com.evil.io`, nor `registry.example.com:5000` (a port must be listed as such).
* - `*` in the host matches within one DNS label: `*.example.com` allows `eu.example.com`, not
*   `example.com` nor `a.b.example.com`.
* - A path prefix matches whole components: `ghcr.io/acme` allows `ghcr.io/acme/api`, not
*   `ghcr.io/acme-evil/api`. A trailing `/*` or `/**` is read as the prefix itself.
* - Docker Hub is `docker.io` (its aliases count as the same), and its short names are expanded:
*   `docker.io/library` allows `nginx`.
*/
function isAllowedBy(entry, ref) {
	const pattern = withoutTrailing(withoutWildcardTail(entry.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, "")), "/");
	if (pattern === "") return false;
	const slash = pattern.indexOf("/");
	let hostPattern = (slash === -1 ? pattern : pattern.slice(0, slash)).toLowerCase();
	if (dockerHubAliases.has(hostPattern)) hostPattern = dockerHub;
	const prefix = slash === -1 ? [] : pattern.slice(slash + 1).split("/").filter((part) => part !== "");
	const [host, ...path] = fullNameOf(ref).split("/");
	if (host === void 0 || !hostMatches(hostPattern, host)) return false;
	return prefix.every((part, i) => path[i] === part);
}
/** The entry less the `/*` and `/**` that end it (`(?:\/\*{1,2})+$`, read from the end in one pass). */
function withoutWildcardTail(entry) {
	let end = entry.length;
	for (;;) if (entry.endsWith("/**", end)) end -= 3;
	else if (entry.endsWith("/*", end)) end -= 2;
	else return entry.slice(0, end);
}
/**
* Whether a host matches an entry's host, where `*` is any run of characters within one DNS label (not
* `.`, `:` or `/`): label by label, each `*` of a label free within it. A regular expression with one
* `[^.:/]*` per star takes time the host's length to the power of the stars.
*/
function hostMatches(hostPattern, host) {
	const wanted = hostPattern.split(/([.:])/);
	const parts = host.split(/([.:])/);
	if (wanted.length !== parts.length) return false;
	return wanted.every((part, i) => i % 2 === 1 ? part === parts[i] : wildcardMatches(part, parts[i] ?? ""));
}
const digestLengths = {
	sha256: 64,
	sha384: 96,
	sha512: 128
};
/** Whether a digest (the part after `@`) is well formed: `sha256:` and 64 hex digits, say. */
function isValidDigest(digest) {
	const match = /^([a-z0-9]+(?:[.+_-][a-z0-9]+)*):([0-9a-f]+)$/.exec(digest);
	if (!match) return false;
	const [, algorithm = "", encoded = ""] = match;
	const length = digestLengths[algorithm];
	return length === void 0 ? encoded.length >= 32 : encoded.length === length;
}

// dist/checks/image-digest-missing.js
var image_digest_missing_default = defineObjectCheck({
	meta: {
		id: "image-digest-missing",
		title: "Image not pinned by digest",
		severity: "warning",
		category: "images",
		description: "Flags images, in every container kind, that are not pinned by a digest (@sha256:...), or whose digest is malformed. A tag in front of the digest is fine, since the digest wins. Templated and ko:// images are skipped. Off by default.",
		risk: "A tag, even a version tag, is a pointer the registry lets anyone with push rights move. A re-pushed tag or a compromised publisher changes what runs without any change to the manifest; nodes that pulled at different times run different bytes under the same name, and an audit cannot tell which ones.",
		mitigation: "Reference images by digest, keeping the tag for readers (app:1.4.2@sha256:...), and let the release tooling (Renovate, ko, kustomize images, helm values) update the digest.",
		example: `containers:
  - name: api
    image: registry.example.com/shop/api:3.2.1@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac`,
		enabledByDefault: false
	},
	kinds: workloadKinds,
	check(object, { report }) {
		for (const { at, image, ref, path } of imagesOf(object)) if (ref.digest === void 0) report({
			path,
			message: `The image "${image}" of ${containerLabel(at)} is not pinned by digest.`
		});
		else if (!isValidDigest(ref.digest)) report({
			path,
			message: `The image "${image}" of ${containerLabel(at)} has a malformed digest "${ref.digest}" (expected sha256: and 64 hex digits).`
		});
	}
});

// dist/checks/image-registry-not-allowed.js
var image_registry_not_allowed_default = defineObjectCheck({
	meta: {
		id: "image-registry-not-allowed",
		title: "Image from a registry outside the allowed list",
		severity: "error",
		category: "images",
		description: "With allowedRegistries set, flags every image (in every container kind) whose registry is not on the list. Entries are hosts with an optional port and path prefix (registry.example.com, registry.example.com:5000, ghcr.io/acme); hosts and path components compare whole, and * matches within one label of a host (*.example.com). Docker Hub images, short names included, are docker.io (nginx is docker.io/library/nginx). Does nothing while the list is empty.",
		risk: "An image from a registry outside the approved ones bypasses what those registries give you: vulnerability scanning, signature checks, retention, a copy that survives the upstream deleting or rewriting it, and pulls that stay inside your network. An admission policy that enforces the same list rejects the pod at deploy time, in the middle of a rollout.",
		mitigation: "Copy the image into an allowed registry and reference it there, or, if the registry is approved, add it to allowedRegistries (and to the admission policy that enforces it).",
		example: `# allowedRegistries: [registry.example.com/shop]
containers:
  - name: api
    image: registry.example.com/shop/api:3.2.1`
	},
	options: {
		defaults: { allowedRegistries: [] },
		schema: {
			type: "object",
			properties: { allowedRegistries: {
				type: "array",
				items: { type: "string" },
				description: "Registry hosts images may come from, each with an optional :port and /path prefix (registry.example.com, ghcr.io/acme, *.example.com). Docker Hub is docker.io. Empty: the check is off."
			} },
			additionalProperties: false
		}
	},
	kinds: workloadKinds,
	check(object, { options, report }) {
		const list = options.allowedRegistries;
		const allowed = (Array.isArray(list) ? list : [list]).filter((entry) => typeof entry === "string" && entry.trim() !== "");
		if (allowed.length === 0) return;
		for (const { at, image, ref, path } of imagesOf(object)) {
			if (allowed.some((entry) => isAllowedBy(entry, ref))) continue;
			report({
				path,
				message: `The image "${image}" of ${containerLabel(at)} resolves to ${fullNameOf(ref)}, which matches none of the allowed registries (${allowed.join(", ")}).`
			});
		}
	}
});

// dist/checks/image-registry-public.js
var image_registry_public_default = defineObjectCheck({
	meta: {
		id: "image-registry-public",
		title: "Image pulled from a public registry",
		severity: "info",
		category: "images",
		description: "Flags images, in every container kind, pulled straight from a public registry: Docker Hub (short names like nginx or bitnami/redis, docker.io, index.docker.io, registry-1.docker.io), ghcr.io, quay.io, gcr.io and its regional hosts, mirror.gcr.io, registry.k8s.io, k8s.gcr.io, public.ecr.aws, mcr.microsoft.com, registry.gitlab.com, docker.elastic.co, nvcr.io, cgr.dev, the Red Hat, SUSE, Oracle, LinuxServer.io and Zalando registries. Templated and ko:// images are skipped.",
		risk: "Every node pulls the image over the internet from a registry you do not run. Docker Hub limits pulls per IP and account, so a scale-up or a node pool replacement behind one NAT address can hit the limit and leave pods in ImagePullBackOff; an outage of the registry blocks new pods; each pull pays egress and is slower than a registry next to the cluster; and what you run is whatever the upstream publisher pushed last.",
		mitigation: "Copy the images you depend on into a registry of your own next to the cluster (or put a pull-through cache in front of the public one) and reference them there. If the nodes already mirror these registries through the container runtime, turn this check off.",
		example: `containers:
  - name: web
    image: registry.example.com/mirror/library/nginx:1.27.2
  - name: proxy
    image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/envoy:1.31.0`
	},
	kinds: workloadKinds,
	check(object, { report }) {
		for (const { at, image, ref, path } of imagesOf(object)) {
			const registry = publicRegistryOf(ref);
			if (registry === void 0) continue;
			const host = registryOf(ref);
			const implicit = ref.registry === void 0 ? ", the default for a name without a registry host" : "";
			report({
				path,
				message: `The image "${image}" of ${containerLabel(at)} is pulled from ${registry} (${host}${implicit}).`
			});
		}
	}
});

// dist/checks/image-untagged.js
var image_untagged_default = defineObjectCheck({
	meta: {
		id: "image-untagged",
		title: "Image without a tag, or tagged latest",
		severity: "warning",
		category: "images",
		description: "Flags images without a tag or tagged latest, in every container kind. A digest pins the image; a registry port (localhost:5000/app) is not a tag.",
		risk: "An image without a tag resolves to :latest, which moves. Two pods of the same Deployment can run different code, a rollback re-pulls the broken build, and nobody can say which version is in production.",
		mitigation: "Pin every image to an immutable version tag (app:1.4.2), or better to a digest (app@sha256:...), and let the release process change it.",
		example: `containers:
  - name: api
    image: registry.example.com/shop/api:3.2.1
  - name: proxy
    image: envoyproxy/envoy@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac`
	},
	kinds: workloadKinds,
	check(object, { report }) {
		const pod = podTemplateOf(object);
		if (!pod) return;
		for (const at of containersOf(pod, [
			"container",
			"initContainer",
			"ephemeralContainer"
		])) {
			const image = at.container.image;
			if (typeof image !== "string" || image === "" || image.startsWith("ko://") || findPlaceholder(image) || shoutedPlaceholder(["image"], image)) continue;
			const ref = parseImage(image);
			if (ref.digest) continue;
			const reason = ref.tag === void 0 ? "has no tag, so it resolves to :latest" : ref.tag === "latest" ? "uses the moving tag :latest" : void 0;
			if (reason) report({
				path: [...at.path, "image"],
				message: `The image "${image}" of ${containerLabel(at)} ${reason}.`
			});
		}
	}
});

// dist/src/model/image-builds.js
/** An image name without tag or digest, as the runtime resolves it: `api` and `docker.io/library/api:1.2` are one. */
function imageBuildKey(image) {
	return fullNameOf(parseImage(image.trim()));
}
/** The build of the image a container runs, when the input builds it. */
function imageBuildOf(builds, image) {
	if (builds === void 0 || typeof image !== "string" || image.trim() === "") return void 0;
	const key = imageBuildKey(image);
	return Object.hasOwn(builds, key) ? builds[key] : void 0;
}
/** Who the image of a Dockerfile's stage (the last one, or `target`) runs as; undefined when there is no such stage. */
function imageUserOf(object, target) {
	const stage = target === void 0 ? finalStageIndex(object) : stageByName(object, target);
	if (stage < 0) return void 0;
	const found = finalUserOf(object, stage);
	if (found.kind === "nonroot-base") return {
		runs: "non-root",
		user: "65532",
		numeric: true
	};
	if (found.kind === "none") return {
		runs: "root",
		base: found.image
	};
	const user = found.user;
	if (user.includes("$")) return {
		runs: "unknown",
		user
	};
	if (isRootUser(user)) return {
		runs: "root",
		user
	};
	return {
		runs: "non-root",
		user,
		numeric: /^[0-9]+$/.test(user)
	};
}
/** How a message names the image's user: "sets no USER, so it runs as root", "sets USER app". */
function describeImageUser(build) {
	const { user } = build;
	const file = `its Dockerfile ${build.dockerfile}${build.target === void 0 ? "" : ` (stage ${build.target})`}`;
	if (user.runs === "root" && user.user === void 0) return `${file} sets no USER, so it runs as its base image${user.base ? ` ${user.base}` : ""}'s user, root unless that image says otherwise`;
	if (user.runs === "root") return `${file} ends with USER ${user.user ?? "root"}, so it runs as root`;
	if (user.runs === "non-root") return `${file} ends with USER ${user.user}`;
	return `${file} sets its USER through a variable (${user.user})`;
}

// dist/src/model/run-as.js
/**
* Shared reading of security contexts for the run-as family (pss-run-as-non-root, pss-run-as-user,
* pss-privilege-escalation, pss-volume-types, run-as-root, readonly-root-fs-missing): every field may be
* missing or of the wrong type, so the accessors only ever return records or undefined.
*/
/** The pod-level securityContext, when it is a mapping. */
function podSecurityContextOf$1(pod) {
	const context = pod.spec.securityContext;
	return isRecord(context) ? context : void 0;
}
/** A container's securityContext, when it is a mapping. */
function securityContextOf(at) {
	const context = at.container.securityContext;
	return isRecord(context) ? context : void 0;
}
/** Path of a field of the pod-level securityContext. */
function podFieldPath(pod, field) {
	return [
		...pod.path,
		"securityContext",
		field
	];
}
/** Path of a field of a container's securityContext. */
function containerFieldPath(at, field) {
	return [
		...at.path,
		"securityContext",
		field
	];
}
/**
* `spec.hostUsers: false` puts the pod in a user namespace: uid 0 inside is an unprivileged uid on the
* node. Pod Security (policy v1.35 and later) then waives runAsNonRoot and runAsUser.
*/
function usesUserNamespace(pod) {
	return pod.spec.hostUsers === false;
}
/**
* A pod that runs on Windows nodes: `spec.os.name: windows`, or (for manifests older than the os field)
* a nodeSelector on kubernetes.io/os: windows. The Pod Security controls use only spec.os.name, as the
* admission plugin does; the non-PSS checks accept both.
*/
function runsOnWindows(pod) {
	const os = pod.spec.os;
	if (isRecord(os) && os["name"] === "windows") return true;
	const nodeSelector = pod.spec.nodeSelector;
	return isRecord(nodeSelector) && nodeSelector["kubernetes.io/os"] === "windows";
}
/** A field value as a message shows it: `false`, `0`, `"yes"`. */
function shown(value) {
	return JSON.stringify(value) ?? String(value);
}
/** A value where a boolean belongs, as a message shows it: `false`, or `"true" (a string, not a boolean)`. */
function shownBoolean(value) {
	return typeof value === "boolean" ? String(value) : `${shown(value)} (${Array.isArray(value) ? "a list" : value === null ? "null" : `a ${typeof value}`}, not a boolean)`;
}
/** `container "a"`, `container "a" and init container "b"`, `container "a", "b" and "c"`-style lists. */
function labelsOf(list) {
	const labels = list.map(containerLabel);
	return labels.length <= 1 ? labels[0] ?? "" : `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
}
/**
* The runAsUser and runAsNonRoot a container gets: its own value when set to a value of the right type,
* else the pod's, as the kubelet merges them.
*/
function effectiveRunAs(pod, at) {
	const own = securityContextOf(at);
	const inherited = podSecurityContextOf$1(pod);
	const pick = (field, is) => {
		const mine = own?.[field];
		if (is(mine)) return {
			value: mine,
			from: "container"
		};
		const theirs = inherited?.[field];
		return is(theirs) ? {
			value: theirs,
			from: "pod"
		} : void 0;
	};
	return {
		user: pick("runAsUser", (value) => typeof value === "number"),
		nonRoot: pick("runAsNonRoot", (value) => typeof value === "boolean")
	};
}

// dist/checks/image-user-mismatch.js
var image_user_mismatch_default = defineObjectCheck({
	meta: {
		id: "image-user-mismatch",
		title: "runAsNonRoot on an image that cannot start under it",
		severity: "warning",
		category: "security",
		description: "For a container whose image the input builds from one of its Dockerfiles (a skaffold.yaml artifact, or the config's images: map of image name to Dockerfile), compares the pod's runAsNonRoot: true with the user the Dockerfile's built stage ends with. When no non-zero runAsUser is set, the kubelet checks the image's user before it starts the container, and refuses it when that user is root (no USER, USER root or USER 0: \"container has runAsNonRoot and image will run as root\") or a name rather than a number (USER app: \"image has non-numeric user, cannot verify user is non-root\"). A USER set through a variable, and images the input does not build, are left alone.",
		risk: "The pod never starts: every container creation fails with CreateContainerConfigError, a rollout stalls with the old pods still serving (or none, for a new workload), and the reason shows only in the pod's events. It passes every review of the manifest alone, since runAsNonRoot: true is what the review asks for.",
		mitigation: "End the Dockerfile with USER and a numeric non-root uid (USER 10001, after creating that user), or set runAsUser to that uid in the securityContext beside runAsNonRoot: true.",
		example: `# Dockerfile of registry.example.com/shop/api: ... USER 10001
spec:
  securityContext:
    runAsNonRoot: true
  containers:
    - name: api
      image: registry.example.com/shop/api:1.4.2`
	},
	kinds: workloadKinds,
	check(object, { report, settings }) {
		if (settings.images === void 0) return;
		const pod = podTemplateOf(object);
		if (!pod || runsOnWindows(pod)) return;
		for (const at of containersOf(pod, [
			"container",
			"initContainer",
			"ephemeralContainer"
		])) {
			const { user, nonRoot } = effectiveRunAs(pod, at);
			if (nonRoot?.value !== true || user !== void 0) continue;
			const build = imageBuildOf(settings.images, at.container.image);
			if (!build) continue;
			const { user: built } = build;
			const file = `${build.dockerfile}${build.target === void 0 ? "" : ` (stage ${build.target})`}`;
			const asked = `${containerSubject(at)} ${built.runs === "root" && built.user === void 0 ? "may not start" : "cannot start"}: ${nonRoot.from === "pod" ? "the pod securityContext sets" : "it sets"} runAsNonRoot: true and no runAsUser`;
			let message;
			if (built.runs === "root" && built.user === void 0) message = `${asked}, and its Dockerfile ${file} sets no USER, so the kubelet refuses it ("container has runAsNonRoot and image will run as root") unless its base image${built.base ? ` ${built.base}` : ""} runs as a numeric non-root uid.`;
			else if (built.runs === "root") message = `${asked}, but its Dockerfile ${file} ends with USER ${built.user ?? "root"}, so the kubelet refuses it ("container has runAsNonRoot and image will run as root").`;
			else if (built.runs === "non-root" && !built.numeric) message = `${asked}, and its Dockerfile ${file} names its user (USER ${built.user}) rather than a uid, so the kubelet refuses it ("image has non-numeric user (${built.user}), cannot verify user is non-root").`;
			if (message === void 0) continue;
			report({
				path: nonRoot.from === "pod" ? podFieldPath(pod, "runAsNonRoot") : containerFieldPath(at, "runAsNonRoot"),
				message
			});
		}
	}
});

// dist/checks/ingress-backend-missing.js
var ingress_backend_missing_default = defineObjectCheck({
	meta: {
		id: "ingress-backend-missing",
		title: "Ingress backend Service or port not found",
		severity: "warning",
		category: "networking",
		description: "Follows every Service backend of an Ingress (rules[].http.paths[].backend and the default backend, in the networking.k8s.io/v1 service.name/service.port shape and the v1beta1 serviceName/servicePort shape) and fires when no Service of that name is in the scope in the Ingress's namespace (an unset namespace and default count as the same), or none of that name exposes the port by number (spec.ports[].port) or name. Resource backends, ExternalName Services, and names that an operator's custom resource of the namespace may create (kibana-kb-http for a Kibana named kibana) are left alone.",
		risk: "The ingress controller has nowhere to send the request and answers 503 (or 404 from the default backend) for that host and path. The Ingress itself is accepted without complaint, so the outage shows only when users hit the route, often right after a rename of the Service or its port.",
		mitigation: "Point the backend at the Service's name in the same namespace, and at one of the ports it declares in spec.ports, by its port number (not the container's targetPort) or by its name.",
		example: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: { name: web, port: { name: http } }
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  selector: { app: web }
  ports: [{ name: http, port: 80, targetPort: 8080 }]`
	},
	kinds: ["Ingress"],
	check(object, { ref, index, report }) {
		for (const backend of ingressBackends(object)) {
			const services = servicesNamed(index, backend.serviceName, ref.namespace);
			const service = services[0];
			if (!service) {
				if (operatorMayCreate(index, backend.serviceName, ref.namespace)) continue;
				const elsewhere = index.named("Service", backend.serviceName).find((entry) => !sameNamespace(entry.ref.namespace, ref.namespace));
				const hint = elsewhere ? ` A Service of that name is in ${elsewhere.ref.namespace ? `namespace "${elsewhere.ref.namespace}"` : "no namespace"}, but an Ingress reaches only Services of its own namespace.` : "";
				report({
					path: backend.namePath,
					message: `The backend names Service "${backend.serviceName}", which is not in the scope${ref.namespace ? ` in namespace "${ref.namespace}"` : ""}.${hint}`
				});
				continue;
			}
			if (services.some((candidate) => candidate.object.spec?.type === "ExternalName")) continue;
			const ports = servicePortsOf$1(service.object);
			const listed = ports.length > 0 ? `it exposes ${ports.map(describeServicePort).join(", ")}` : "it declares no ports";
			if (!backend.port) {
				report({
					path: backend.portParentPath,
					message: `The backend to Service "${backend.serviceName}" names no port; ${listed}.`
				});
				continue;
			}
			const wanted = backend.port.value;
			if (services.some((candidate) => findServicePort(servicePortsOf$1(candidate.object), wanted))) continue;
			const isNumber = typeof wanted === "number" || /^\d+$/.test(wanted.trim());
			const target = isNumber ? ports.find((port) => String(port.targetPort) === String(wanted).trim()) : void 0;
			const note = target ? ` ${String(wanted)} is the targetPort of port ${describeServicePort(target)}; the backend needs the Service port.` : "";
			report({
				path: backend.port.path,
				message: `Service "${backend.serviceName}" has no port ${isNumber ? String(wanted) : `named "${wanted}"`}: ${listed}.${note}`
			});
		}
	}
});
/**
* Operators name the Services they create after their resource: kibana-kb-http for a Kibana named kibana.
* The resource's name is then the Service's, or what comes before one of its dashes.
*/
function operatorMayCreate(index, service, namespace) {
	if (service === "") return false;
	if (operatorResourcesNamed(index, service, namespace).length > 0) return true;
	for (let dash = service.indexOf("-", 1); dash !== -1; dash = service.indexOf("-", dash + 1)) if (operatorResourcesNamed(index, service.slice(0, dash), namespace).length > 0) return true;
	return false;
}

// dist/checks/ingress-tls-missing.js
/**
* Annotations with which an ingress controller terminates TLS with a certificate from outside the Ingress's
* spec.tls: a cloud certificate (AWS Load Balancer Controller, GKE, Azure Application Gateway).
*/
const certificateAnnotations = [
	"alb.ingress.kubernetes.io/certificate-arn",
	"ingress.gcp.kubernetes.io/pre-shared-cert",
	"networking.gke.io/managed-certificates",
	"appgw.ingress.kubernetes.io/appgw-ssl-certificate",
	"appgw.ingress.kubernetes.io/appgw-trusted-root-certificate"
];
var ingress_tls_missing_default = defineObjectCheck({
	meta: {
		id: "ingress-tls-missing",
		title: "Ingress host served without TLS",
		severity: "info",
		category: "networking",
		description: "Reports an Ingress (networking.k8s.io or extensions) that has rules or a default backend and no spec.tls at all, at spec.rules (or the default backend), and otherwise each rule host that no spec.tls[].hosts entry lists (a wildcard such as *.example.com covers one label: shop.example.com), at the rule's host; Polaris's tlsSettingsMissing flags the first case. A tls entry without hosts covers every host, and a rule without a host is judged only when there is no tls at all. Left alone: Ingresses whose annotations give the controller a certificate of the cloud provider (AWS certificate-arn or an HTTPS listen-ports, GKE pre-shared or managed certificates, Azure Application Gateway certificates) or say TLS is served otherwise (Traefik router.tls or a certresolver, ingress-nginx force-ssl-redirect for TLS ended in front of it), and hosts holding template placeholders. Info, because TLS may be terminated in front of the ingress controller (a cloud load balancer or CDN), which the manifests cannot show.",
		risk: "The host is served over plain HTTP: session cookies, tokens and form data cross the network readable and alterable by anyone on the path, and browsers mark the site not secure. A host missing from tls[].hosts while others are listed usually gets the controller's default self-signed certificate on HTTPS, so clients fail with certificate errors.",
		mitigation: "List every rule host under spec.tls[].hosts with the Secret that holds its certificate (cert-manager fills it when the Ingress carries its issuer annotation). If TLS ends at a load balancer in front of the controller, suppress the finding with that reason.",
		example: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  annotations: { cert-manager.io/cluster-issuer: letsencrypt }
spec:
  tls:
    - hosts: [shop.example.com]
      secretName: shop-tls
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend: { service: { name: shop, port: { name: http } } }`
	},
	kinds: ["Ingress"],
	check(object, { report }) {
		if (!isIngress(object)) return;
		const spec = object["spec"];
		if (!isRecord(spec)) return;
		const rules = Array.isArray(spec["rules"]) ? spec["rules"] : [];
		const fallback = ["defaultBackend", "backend"].find((field) => isRecord(spec[field]));
		if (rules.length === 0 && !fallback || certificateElsewhere(object.metadata?.annotations)) return;
		const name = object.metadata?.name ?? "";
		const tls = Array.isArray(spec["tls"]) ? spec["tls"].filter(isRecord) : [];
		const hosts = ruleHosts(rules);
		if (tls.length === 0) {
			const served = hosts.length > 0 ? `host${hosts.length > 1 ? "s" : ""} ${hosts.map(({ host }) => `"${host}"`).join(", ")}` : rules.length > 0 ? "its rules" : "its default backend";
			report({
				path: ["spec", rules.length > 0 ? "rules" : fallback ?? "rules"],
				message: `Ingress "${name}" has no spec.tls, so the ingress controller serves ${served} over plain HTTP, unless TLS is terminated in front of it, which the manifests cannot show.`
			});
			return;
		}
		if (tls.some((entry) => !Array.isArray(entry["hosts"]) || entry["hosts"].length === 0)) return;
		const covered = tls.flatMap((entry) => entry["hosts"].filter((host) => typeof host === "string").map((host) => host.toLowerCase()));
		const reported = /* @__PURE__ */ new Set();
		for (const { host, index } of hosts) {
			const lower = host.toLowerCase();
			if (reported.has(lower) || covers(covered, lower) || findPlaceholder(host) !== void 0) continue;
			reported.add(lower);
			report({
				path: [
					"spec",
					"rules",
					index,
					"host"
				],
				message: `Ingress "${name}" serves host "${host}", which no spec.tls[].hosts entry lists, so it is served without its certificate (plain HTTP, or the controller's default certificate), unless TLS is terminated in front of the controller, which the manifests cannot show.`
			});
		}
	}
});
function ruleHosts(rules) {
	const result = [];
	rules.forEach((rule, index) => {
		const host = isRecord(rule) ? rule["host"] : void 0;
		if (typeof host === "string" && host !== "") result.push({
			host,
			index
		});
	});
	return result;
}
/** Whether a tls host list covers a host: the same name, or a wildcard whose one label stands for the host's first. */
function covers(tlsHosts, host) {
	if (tlsHosts.includes(host)) return true;
	const dot = host.indexOf(".");
	return dot > 0 && !host.startsWith("*.") && tlsHosts.includes(`*${host.slice(dot)}`);
}
/**
* Annotations, with the value that says so, by which the controller serves TLS without spec.tls (Traefik's
* router.tls, with its default certificate or a certificate resolver), or redirects to HTTPS terminated in
* front of it (ingress-nginx's force-ssl-redirect, meant for TLS ended at a load balancer).
*/
const tlsFlags = ["traefik.ingress.kubernetes.io/router.tls", "nginx.ingress.kubernetes.io/force-ssl-redirect"];
function certificateElsewhere(annotations) {
	if (!isRecord(annotations)) return false;
	if (certificateAnnotations.some((key) => typeof annotations[key] === "string" && annotations[key] !== "")) return true;
	if (tlsFlags.some((key) => String(annotations[key]).toLowerCase() === "true")) return true;
	if (typeof annotations["traefik.ingress.kubernetes.io/router.tls.certresolver"] === "string") return true;
	const listenPorts = annotations["alb.ingress.kubernetes.io/listen-ports"];
	return typeof listenPorts === "string" && listenPorts.toUpperCase().includes("HTTPS");
}

// dist/checks/job-ttl-missing.js
/** Annotations of deploy tools that delete the Jobs they run as hooks (Helm's default policy is before-hook-creation). */
const hookAnnotations = ["helm.sh/hook", "argocd.argoproj.io/hook"];
var job_ttl_missing_default = defineObjectCheck({
	meta: {
		id: "job-ttl-missing",
		title: "Standalone Job that is never cleaned up",
		severity: "info",
		category: "resources",
		description: "Fires on a batch/v1 Job written as a manifest of its own (not the jobTemplate of a CronJob, and with no ownerReferences) that sets no spec.ttlSecondsAfterFinished. Jobs that a deploy tool deletes itself are left alone: Helm hooks (helm.sh/hook, whose default hook-delete-policy is before-hook-creation) and Argo CD hooks (argocd.argoproj.io/hook, whose default policy in gitops-engine's DeletePolicies is BeforeHookCreation too). CronJobs are not concerned: their history limits clean up the Jobs they create. From kube-linter's job-ttl-seconds-after-finished.",
		risk: "Without a TTL the finished Job and its pods stay in the cluster until someone deletes them: they count against the namespace's object quota, their pods keep logs and IP-less sandboxes around, and every listing and controller resync walks over them. A Job run often (a migration per release) leaves one more each time.",
		mitigation: "Set spec.ttlSecondsAfterFinished (for example 86400, a day to read the logs), so that the TTL controller deletes the Job and its pods once it has finished. Where a GitOps tool applies the Job, deleting it makes the tool create and run it again: run it as a hook of that tool instead (Argo CD hook with a hook-delete-policy, a Helm hook), which deletes it on its own terms.",
		example: `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  ttlSecondsAfterFinished: 86400
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: registry.example.com/migrate:1.4.2`
	},
	kinds: ["Job"],
	check(object, { ref, report }) {
		if (!isKind(object, "Job")) return;
		const spec = object["spec"];
		if (!isRecord(spec)) return;
		const ttl = spec["ttlSecondsAfterFinished"];
		if (ttl !== void 0 && ttl !== null) return;
		const owners = object.metadata?.ownerReferences;
		if (Array.isArray(owners) && owners.length > 0) return;
		const annotations = object.metadata?.annotations;
		if (isRecord(annotations) && hookAnnotations.some((key) => annotations[key] !== void 0 && annotations[key] !== null)) return;
		report({
			path: ["spec"],
			message: `Job "${ref.name || "?"}" sets no spec.ttlSecondsAfterFinished: once finished, it and its pods stay in the cluster until someone deletes them.`
		});
	}
});

// dist/src/model/re2.js
let loaded;
function re2js() {
	loaded ??= createRequire(import.meta.url)("re2js");
	return loaded;
}
const compiledPatterns = /* @__PURE__ */ new Map();
/** Compiles a pattern with RE2 syntax; the error is Go's description ("missing closing ]: `[a-z`"). */
function compileRe2(pattern) {
	let compiled = compiledPatterns.get(pattern);
	if (compiled === void 0) {
		try {
			compiled = {
				ok: true,
				pattern: re2js().RE2JS.compile(pattern)
			};
		} catch (error) {
			compiled = {
				ok: false,
				error: (error instanceof Error ? error.message : String(error)).replace(/^error parsing regexp: /, "")
			};
		}
		if (compiledPatterns.size >= 4096) compiledPatterns.clear();
		compiledPatterns.set(pattern, compiled);
	}
	return compiled;
}

// dist/src/model/tenancy.js
/**
* Shared logic of the multi-tenancy and governance checks: Namespace objects and what the scope puts
* in them, Kubernetes NetworkPolicy semantics (pod selection, policy types, default deny), and
* user-supplied regular expressions.
*/
/** A core/v1 Namespace. */
function isNamespace(object) {
	return object.kind === "Namespace" && groupOf(object) === "";
}
/** The name of a Namespace object, or undefined when it has none (then nothing can belong to it). */
function namespaceNameOf(object) {
	const name = object.metadata?.name;
	return typeof name === "string" && name.trim() !== "" ? name : void 0;
}
/**
* Names starting with kube- are reserved for Kubernetes (kube-system, kube-public, kube-node-lease):
* their pods are the cluster's own, which quotas, default-deny policies and Pod Security levels for
* tenants do not fit.
*/
function isSystemNamespace(name) {
	return name.startsWith("kube-");
}
/** `namespace "shop"`, or the default namespace for objects that set none. */
function namespaceText$2(namespace) {
	return namespace === "" ? "namespace \"default\" (no namespace set)" : `namespace "${namespace}"`;
}
/** Objects of a core kind (ResourceQuota, LimitRange) in a namespace; an unset namespace counts as default. */
function coreObjectsIn(index, kind, namespace) {
	return index.ofKind(kind, namespace).filter((entry) => groupOf(entry.ref) === "");
}
/**
* Objects of a core kind that set no namespace, while the Namespace being judged is not default: the
* usual slip of a namespace folder applied without -n, worth naming in a message.
*/
function coreObjectsWithoutNamespace(index, kind, namespace) {
	if (sameNamespace(namespace, "")) return [];
	return index.ofKind(kind).filter((entry) => entry.ref.namespace === "" && groupOf(entry.ref) === "");
}
/** `"a", "b", "c" and 2 more`. */
function quotedNames(entries, limit = 3) {
	const names = entries.slice(0, limit).map((entry) => `"${entry.ref.name}"`);
	const head = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}` : names[0] ?? "";
	return entries.length > limit ? `${names.join(", ")} and ${entries.length - limit} more` : head;
}
/** ` ResourceQuota "a" sets...` or ` ResourceQuotas "a" and "b" set...`: a sentence about some objects of a kind. */
function sentenceAbout(entries, kind, whenOne, whenMany, kinds = `${kind}s`) {
	return entries.length === 1 ? ` ${kind} ${quotedNames(entries)} ${whenOne}` : ` ${kinds} ${quotedNames(entries)} ${whenMany}`;
}
/** `1 NetworkPolicy`, `2 NetworkPolicies`. */
function plural$1(count, singular, pluralForm = `${singular}s`) {
	return `${count} ${count === 1 ? singular : pluralForm}`;
}
const directions = ["Ingress", "Egress"];
/** A Kubernetes NetworkPolicy (networking.k8s.io, or the old extensions/v1beta1). */
function isNetworkPolicy(object) {
	const group = groupOf(object);
	return object.kind === "NetworkPolicy" && (group === "networking.k8s.io" || group === "extensions");
}
/** The Kubernetes NetworkPolicies of a namespace (an unset namespace counts as default). */
function networkPoliciesIn(index, namespace) {
	return index.sift(networkPolicies, {
		kind: "NetworkPolicy",
		namespace
	})();
}
const networkPolicies = entriesWhere((entry) => isNetworkPolicy(entry.object));
const ownNetworkPolicies = entriesWhere((entry) => !entry.borrowed && isNetworkPolicy(entry.object));
const defaultDenies = entriesWhere((entry) => isNetworkPolicy(entry.object) && selectsEveryPod(entry.object));
/** Whether the unit has NetworkPolicies of its own in a namespace, and whether one of them all selects every pod. */
function networkPolicyFacts(index, namespace) {
	const list = {
		kind: "NetworkPolicy",
		namespace
	};
	return {
		own: index.sift(ownNetworkPolicies, list)().length > 0,
		defaultDeny: index.sift(defaultDenies, list)().length > 0
	};
}
/**
* Policies of other engines that kubeready does not evaluate, named in messages so a reader knows why
* they did not count: Cilium and Calico policies of the namespace, and cluster-wide ones (Cilium,
* Calico, AdminNetworkPolicy) anywhere in the scope.
*/
function otherEnginePolicies(index, namespace) {
	return index.sift(otherEngineCandidates, {})().filter((entry) => {
		const group = apiGroupOf(entry.ref.apiVersion);
		const kind = entry.ref.kind;
		if (kind === "CiliumClusterwideNetworkPolicy" || kind === "GlobalNetworkPolicy" || group === "policy.networking.k8s.io") return true;
		return (group === "cilium.io" || group.endsWith("projectcalico.org")) && sameNamespace(entry.ref.namespace, namespace);
	});
}
const otherEngineCandidates = entriesWhere((entry) => entry.ref.kind.includes("NetworkPolicy") && !isNetworkPolicy(entry.object));
/** `CiliumNetworkPolicy "a", GlobalNetworkPolicy "b"`. */
function describeEntries(entries, limit = 3) {
	const names = entries.slice(0, limit).map((entry) => `${entry.ref.kind} "${entry.ref.name}"`);
	if (entries.length > limit) return `${names.join(", ")} and ${entries.length - limit} more`;
	return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}` : names[0] ?? "";
}
function podSelectorOf(policy) {
	const spec = policy["spec"];
	if (!isRecord(spec)) return { kind: "all" };
	const selector = spec["podSelector"];
	if (selector === void 0 || selector === null) return { kind: "all" };
	if (!isRecord(selector)) return {
		kind: "invalid",
		reason: `The podSelector ${JSON.stringify(selector)} is not a label selector (matchLabels, matchExpressions): the API server rejects the policy.`,
		path: ["spec", "podSelector"]
	};
	const stray = Object.keys(selector).filter((key) => key !== "matchLabels" && key !== "matchExpressions");
	if (stray.length > 0) return {
		kind: "invalid",
		reason: `The podSelector holds ${stray.map((key) => `"${key}"`).join(", ")} directly, outside matchLabels and matchExpressions: strict field validation rejects the policy, and without it the field is dropped and the policy selects every pod of the namespace instead.`,
		path: [
			"spec",
			"podSelector",
			stray[0] ?? ""
		]
	};
	const labels = selector["matchLabels"];
	const expressions = selector["matchExpressions"];
	if (labels !== void 0 && labels !== null && !isRecord(labels)) return {
		kind: "invalid",
		reason: "The podSelector's matchLabels is not a map of labels: the API server rejects the policy.",
		path: [
			"spec",
			"podSelector",
			"matchLabels"
		]
	};
	if (expressions !== void 0 && expressions !== null && !Array.isArray(expressions)) return {
		kind: "invalid",
		reason: "The podSelector's matchExpressions is not a list: the API server rejects the policy.",
		path: [
			"spec",
			"podSelector",
			"matchExpressions"
		]
	};
	return !(isRecord(labels) && Object.keys(labels).length > 0) && !(Array.isArray(expressions) && expressions.length > 0) ? { kind: "all" } : {
		kind: "labels",
		selector
	};
}
/** Whether the policy applies to every pod of its namespace (podSelector {} or omitted). */
function selectsEveryPod(policy) {
	return podSelectorOf(policy).kind === "all";
}
/**
* Whether a selector matches a workload's pods: the template labels, plus the labels a controller adds
* (job-name, statefulset.kubernetes.io/pod-name, ...) where matchLabels names them.
*/
function selectorMatchesPods(selector, workload) {
	let labels = workload.pod?.labels ?? {};
	const wanted = selector.matchLabels;
	if (isRecord(wanted)) {
		for (const [key, value] of Object.entries(wanted)) if (!Object.hasOwn(labels, key) && selectsPodsOf({ [key]: value }, workload)) labels = {
			...labels,
			[key]: String(value)
		};
	}
	return matchesLabelSelector(selector, labels);
}
const policyCandidates = (policies) => selectorCandidates(policies.filter((policy) => podSelectorOf(policy.object).kind === "labels"), (policy) => {
	const reading = podSelectorOf(policy.object);
	return reading.kind === "labels" ? reading.selector.matchLabels : void 0;
}, isControllerLabelKey);
/**
* The NetworkPolicies of the scope (any namespace) that may select the workload's pods by their labels, in
* scope order: a prefilter that keeps every policy with a label selector for which policySelects can be
* true. A policy that selects every pod of its namespace is not among them (ask selectsEveryPod).
*/
function policiesThatMaySelect(index, workload) {
	return index.sift(policyCandidates, { kind: "NetworkPolicy" })(workload.pod?.labels ?? {});
}
/** Whether the policy selects the workload's pods (same namespace is the caller's business). */
function policySelects(policy, workload) {
	const reading = podSelectorOf(policy);
	if (reading.kind === "all") return true;
	return reading.kind === "labels" && selectorMatchesPods(reading.selector, workload);
}
/**
* The directions a policy isolates. spec.policyTypes when set and non-empty; otherwise the API server's
* default: Ingress always, Egress only when the policy has egress rules.
*/
function policyTypesOf(policy) {
	const spec = policy["spec"];
	if (!isRecord(spec)) return /* @__PURE__ */ new Set(["Ingress"]);
	const raw = spec["policyTypes"];
	const listed = (Array.isArray(raw) ? raw : typeof raw === "string" ? [raw] : []).filter((value) => value === "Ingress" || value === "Egress");
	if (Array.isArray(raw) ? raw.length > 0 : typeof raw === "string") return new Set(listed);
	const egress = spec["egress"];
	return new Set(Array.isArray(egress) && egress.length > 0 ? ["Ingress", "Egress"] : ["Ingress"]);
}
/** Whether spec.policyTypes is left to its default. */
function policyTypesDefaulted(policy) {
	const spec = policy["spec"];
	const raw = isRecord(spec) ? spec["policyTypes"] : void 0;
	return raw === void 0 || raw === null || Array.isArray(raw) && raw.length === 0;
}
const ruleField = {
	Ingress: "ingress",
	Egress: "egress"
};
const peerField = {
	Ingress: "from",
	Egress: "to"
};
/** The rules of one direction: [] when absent, undefined when the field is not a list. */
function rulesOf$1(policy, direction) {
	const spec = policy["spec"];
	if (!isRecord(spec)) return [];
	const rules = spec[ruleField[direction]];
	if (rules === void 0 || rules === null) return [];
	return Array.isArray(rules) ? rules : void 0;
}
const isEmptyList = (value) => value === void 0 || value === null || Array.isArray(value) && value.length === 0;
/** A rule with no peers and no ports (`{}`, or a null entry, which decodes to one) allows all traffic. */
function allowsEverything(rule, direction) {
	if (rule === null || rule === void 0) return true;
	return isRecord(rule) && isEmptyList(rule[peerField[direction]]) && isEmptyList(rule["ports"]);
}
/** An egress rule that only opens DNS: every port 53 (or kube-dns's port names dns, dns-tcp). */
function onlyDns(rule) {
	if (!isRecord(rule) || !Array.isArray(rule["ports"]) || rule["ports"].length === 0) return false;
	return rule["ports"].every((port) => isRecord(port) && (port["port"] === 53 || port["port"] === "53" || port["port"] === "dns" || port["port"] === "dns-tcp") && (port["endPort"] === void 0 || port["endPort"] === null || port["endPort"] === 53));
}
/**
* A default deny for one direction: the policy selects every pod, isolates that direction, and allows
* nothing in it (no rules). For Egress, rules that open only DNS (port 53) still count, since that is
* how a default deny for egress is usually written.
*/
function deniesAll(policy, direction) {
	if (!selectsEveryPod(policy) || !policyTypesOf(policy).has(direction)) return false;
	const rules = rulesOf$1(policy, direction);
	if (rules === void 0) return false;
	return rules.length === 0 || direction === "Egress" && rules.every(onlyDns);
}
/** A policy that selects every pod and allows all traffic of one direction, which undoes any default deny. */
function allowsAll(policy, direction) {
	if (!selectsEveryPod(policy) || !policyTypesOf(policy).has(direction)) return false;
	const rules = rulesOf$1(policy, direction);
	return rules !== void 0 && rules.some((rule) => allowsEverything(rule, direction));
}
/** Whether the pod runs in the host's network namespace, where NetworkPolicies do not apply. */
function usesHostNetwork(workload) {
	return workload.pod?.spec.hostNetwork === true;
}
/**
* A user's pattern, which must match the whole value. .kubeready.yaml comes with the manifests, so the
* pattern is input like them: RE2 syntax (Go's, as in Kubernetes), matched by re2js in time linear in the
* value, where a backtracking RegExp such as `(a+)+b` never ends on a long name. Lookarounds and
* backreferences are not RE2, and make the pattern invalid.
*/
function compileFullMatch(pattern) {
	const compiled = compileRe2(pattern);
	if (!compiled.ok) return compiled;
	const whole = compiled.pattern;
	return {
		ok: true,
		regex: { test: (value) => whole.testExact(value) }
	};
}
/** Whether a kind named in options (case-insensitive, or *) means the object's kind. */
function kindMatches(listed, kind) {
	return listed === "*" || listed.toLowerCase() === kind.toLowerCase();
}
/** `Deployment "api"`. */
function describeObject(object) {
	const name = object.metadata?.name;
	return typeof name === "string" && name !== "" ? `${object.kind} "${name}"` : `This ${object.kind}`;
}

// dist/checks/labels-required.js
var labels_required_default = defineObjectCheck({
	meta: {
		id: "labels-required",
		title: "Required label missing or malformed",
		severity: "error",
		category: "security",
		description: "With requiredLabels set, checks that every object of the listed kinds (by default the workloads: Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob) carries each required label in metadata.labels, and, for workloads, in the pod template's labels too; with a pattern, the value must match it whole (RE2 syntax, as in Go and Kubernetes). Keys compare exactly, prefixes included (app.kubernetes.io/name). An invalid pattern is reported once per scope, on the first object the requirement applies to, and only the presence of that label is checked. Does nothing while the list is empty.",
		risk: "Labels are how the organisation finds who owns a workload at 3 a.m., charges its cost to a team, selects it in policies, dashboards and alerts, and applies tenant rules. An object without them falls through every one of those: no owner is paged, cost lands on nobody, and a policy or admission rule keyed on the label silently skips it. Pods only carry the template's labels, so a label on the Deployment alone does not reach the pods that metrics and policies see.",
		mitigation: "Add the label with a valid value to the object's metadata.labels and, for workloads, to spec.template.metadata.labels as well (a Helm helper or a Kustomize labels entry with includeTemplates: true sets both).",
		example: `# requiredLabels: [{ key: app.kubernetes.io/name }, { key: team, pattern: "[a-z][a-z0-9-]*" }]
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  labels: { app.kubernetes.io/name: api, team: payments }
spec:
  selector: { matchLabels: { app.kubernetes.io/name: api } }
  template:
    metadata:
      labels: { app.kubernetes.io/name: api, team: payments }`
	},
	options: {
		defaults: { requiredLabels: [] },
		schema: {
			type: "object",
			properties: { requiredLabels: {
				type: "array",
				description: "The labels every object of the given kinds must carry. Each entry is { key, pattern?, kinds? }, or just the key as a string. pattern: a regular expression (RE2 syntax) the whole value must match. kinds: the kinds it applies to (case-insensitive, * for every kind); default the workload kinds. Empty: the check is off.",
				items: { anyOf: [{ type: "string" }, {
					type: "object",
					properties: {
						key: {
							type: "string",
							description: "The label key, with its prefix if any (app.kubernetes.io/name)."
						},
						pattern: {
							type: "string",
							description: "A regular expression the whole value must match."
						},
						kinds: {
							type: "array",
							items: { type: "string" },
							description: "Kinds the label is required on (default: workloads)."
						}
					},
					required: ["key"],
					additionalProperties: false
				}] }
			} },
			additionalProperties: false
		}
	},
	check(object, { index, options, report }) {
		for (const rule of rulesOf(options)) {
			if (!applies(rule, object)) continue;
			const compiled = rule.pattern === void 0 ? void 0 : compileFullMatch(rule.pattern);
			const places = placesOf(object);
			for (const place of places) {
				const labels = valueAt$1(object, [...place.metadataPath, "labels"]);
				if (!(isRecord(labels) && Object.hasOwn(labels, rule.key))) {
					const wanted = compiled?.ok ? `, whose value must match ${rule.pattern ?? ""}` : "";
					report({
						path: [...place.metadataPath, "labels"],
						message: `${place.subject} has no label "${rule.key}"${wanted}.`
					});
					continue;
				}
				if (!compiled?.ok) continue;
				const raw = labels[rule.key];
				const value = raw === null || raw === void 0 ? "" : String(raw);
				if (compiled.regex.test(value)) continue;
				report({
					path: [
						...place.metadataPath,
						"labels",
						rule.key
					],
					message: `The label "${rule.key}" of ${lowerFirst(place.subject)} is "${value}", which the pattern ${rule.pattern ?? ""} does not fully match.`
				});
			}
			if (compiled && !compiled.ok && index.objects.find((entry) => applies(rule, entry.object))?.object === object) report(invalidPattern(rule, compiled.error, object, places));
		}
	}
});
const rulesOf = perOptions((options) => readRules(options.requiredLabels));
/** The requiredLabels option as written, read leniently: a single entry for a list, a string for { key }. */
function readRules(raw) {
	const list = Array.isArray(raw) ? raw : raw === void 0 || raw === null ? [] : [raw];
	const rules = [];
	for (const item of list) {
		if (typeof item === "string") {
			if (item.trim() !== "") rules.push({
				key: item.trim(),
				pattern: void 0,
				kinds: []
			});
			continue;
		}
		if (!isRecord(item) || typeof item["key"] !== "string" || item["key"].trim() === "") continue;
		const kinds = item["kinds"];
		rules.push({
			key: item["key"].trim(),
			pattern: typeof item["pattern"] === "string" ? item["pattern"] : void 0,
			kinds: (Array.isArray(kinds) ? kinds : [kinds]).filter((kind) => typeof kind === "string" && kind !== "")
		});
	}
	return rules;
}
function applies(rule, object) {
	if (rule.kinds.length === 0) return workloadKinds.some((kind) => isKind(object, kind));
	return rule.kinds.some((kind) => kindMatches(kind, object.kind));
}
/** The object's own metadata and, for a workload other than a Pod, its pod template's. */
function placesOf(object) {
	const places = [{
		subject: describeObject(object),
		metadataPath: ["metadata"]
	}];
	const pod = podTemplateOf(object);
	if (pod && pod.metadataPath.join(".") !== "metadata") places.push({
		subject: `The pod template of ${describeObject(object)}`,
		metadataPath: pod.metadataPath
	});
	return places;
}
function invalidPattern(rule, error, object, places) {
	const carrying = places.find((place) => {
		const labels = valueAt$1(object, [...place.metadataPath, "labels"]);
		return isRecord(labels) && Object.hasOwn(labels, rule.key);
	});
	return {
		path: carrying ? [
			...carrying.metadataPath,
			"labels",
			rule.key
		] : ["metadata", "labels"],
		message: `The requiredLabels pattern ${JSON.stringify(rule.pattern)} for label "${rule.key}" is not a valid regular expression (${error}), so no value of "${rule.key}" is checked, only its presence. Fix the option; this is reported once, on the first object the requirement applies to.`
	};
}
function lowerFirst(text) {
	return text.startsWith("The ") || text.startsWith("This ") ? `t${text.slice(1)}` : text;
}

// dist/src/model/probes.js
const probeFields = [
	"livenessProbe",
	"readinessProbe",
	"startupProbe"
];
/** Kubernetes' defaults (SetDefaults_Probe): a zero or unset value takes them. */
const defaultPeriodSeconds = 10;
const defaultFailureThreshold = 3;
/**
* Long-running workloads whose containers are restarted and kept in rotation: Deployments, StatefulSets,
* DaemonSets, ReplicaSets, ReplicationControllers, and bare Pods unless their restartPolicy (Never,
* OnFailure) says they are meant to finish, like the Jobs and CronJobs left out as well.
*/
function runsContinuously(object) {
	if (!isLongRunning(object)) return false;
	if (isKind(object, "Pod")) {
		const policy = isRecord(object.spec) ? object.spec.restartPolicy : void 0;
		return policy === void 0 || policy === "Always";
	}
	return true;
}
/** An init container with restartPolicy: Always is a sidecar: it keeps running and may carry probes. */
function isSidecar(at) {
	return at.role === "initContainer" && at.container.restartPolicy === "Always";
}
/** The containers that run probes: regular containers and sidecar init containers. */
function probedContainersOf(pod) {
	return containersOf(pod).filter((at) => at.role === "container" || isSidecar(at));
}
/** A probe as written, when it is a mapping (a null, a string or a list is no probe). */
function probeOf(container, field) {
	const probe = container[field];
	return isRecord(probe) ? probe : void 0;
}
/**
* The failure window of a probe, with Kubernetes' defaults for unset (or zero) fields. Undefined when
* a field holds something the API would reject (a string, a fraction, a negative number), since then
* there is nothing to judge.
*/
function failureWindowOf(probe) {
	const periodSeconds = timingValue(probe.periodSeconds, 10);
	const failureThreshold = timingValue(probe.failureThreshold, 3);
	if (periodSeconds === void 0 || failureThreshold === void 0) return void 0;
	return {
		seconds: periodSeconds * failureThreshold,
		periodSeconds,
		failureThreshold
	};
}
function timingValue(value, fallback) {
	if (value === void 0 || value === null) return fallback;
	if (typeof value !== "number" || !Number.isInteger(value) || value < 0) return void 0;
	return value === 0 ? fallback : value;
}
/** `periodSeconds 20 x default failureThreshold 3`: the values, marking those Kubernetes fills in. */
function describeWindow(probe, window) {
	return `${`${probe.periodSeconds ? "" : "default "}periodSeconds ${window.periodSeconds}`} x ${`${probe.failureThreshold ? "" : "default "}failureThreshold ${window.failureThreshold}`}`;
}
/** A port given by name: a string that is not all digits (a quoted number is left to the API server). */
function isNamedPort(port) {
	return typeof port === "string" && port !== "" && !/^\d+$/.test(port) && findPlaceholder(port) === void 0;
}
/** The container's own ports; kubelet resolves a probe's named port only against these. */
function declaredPorts(container) {
	const ports = container.ports;
	if (!Array.isArray(ports)) return [];
	return ports.filter(isRecord).map((port) => ({
		name: typeof port["name"] === "string" ? port["name"] : void 0,
		containerPort: port["containerPort"]
	}));
}
/**
* The Services through which the workload receives traffic that readiness gates. A Service that
* publishes not-ready addresses sends traffic whatever the probe says, and an ExternalName Service
* has no endpoints, so neither counts.
*/
function servingServices(entry, index) {
	return index.servicesSelecting(entry).filter((service) => {
		const spec = service.object["spec"];
		if (!isRecord(spec)) return false;
		return spec["publishNotReadyAddresses"] !== true && spec["type"] !== "ExternalName";
	});
}
/** The port a Service port sends to: targetPort, or the port itself when unset. */
function targetPortOf(port) {
	const target = port.targetPort ?? port.port;
	if (typeof target === "number") return target;
	if (typeof target === "string" && /^\d+$/.test(target)) return Number(target);
	return typeof target === "string" && target !== "" ? target : void 0;
}
/** The port entries of a Service, when it is one. */
function servicePortsOf(service) {
	const spec = service.object.spec;
	const ports = isRecord(spec) ? spec.ports : void 0;
	return Array.isArray(ports) ? ports.filter(isRecord) : [];
}
/** Whether a container declares the port a Service targets (by number or by name). */
function declaresTarget(container, target) {
	return declaredPorts(container).some((port) => typeof target === "number" ? port.containerPort === target : port.name === target);
}
/** `container "api"`, `sidecar container "proxy"` (an init container with restartPolicy: Always). */
function probeContainerLabel(at) {
	return isSidecar(at) ? `sidecar ${containerLabel({
		...at,
		role: "container"
	})}` : containerLabel(at);
}
/** The same label, to start a sentence. */
function sentenceLabel(at) {
	const label = probeContainerLabel(at);
	return label.charAt(0).toUpperCase() + label.slice(1);
}

// dist/checks/liveness-probe-aggressive.js
var liveness_probe_aggressive_default = defineObjectCheck({
	meta: {
		id: "liveness-probe-aggressive",
		title: "Liveness probe gives up before the readiness probe",
		severity: "warning",
		category: "probes",
		description: "For every container of a long-running workload with both probes, compares the failure windows (periodSeconds x failureThreshold, defaults 10 and 3) and fires when the liveness window is shorter than the readiness one. initialDelaySeconds is left out: it only delays the first run, while the pod is not yet in rotation, and does not change how long a pod that turns slow later takes to fail either probe.",
		risk: "When a pod turns slow under load, the liveness probe runs out of patience first and the kubelet kills the container while the Service is still sending it requests. Those requests fail, the restart throws away warm caches and connections, and the load moves to the remaining pods, which are then restarted the same way: a slowdown becomes a cascade of restarts.",
		mitigation: "Make the liveness window clearly longer than the readiness window, usually with a higher failureThreshold on the liveness probe, so that a slow pod is first taken out of rotation and only restarted if it does not recover.",
		fix: "Raises the liveness probe's failureThreshold to the smallest value whose window (periodSeconds x failureThreshold) is as long as the readiness window; periodSeconds is left as it is.",
		example: `readinessProbe:
  httpGet: { path: /readyz, port: http }
  periodSeconds: 10
  failureThreshold: 3
livenessProbe:
  httpGet: { path: /livez, port: http }
  periodSeconds: 10
  failureThreshold: 6`
	},
	kinds: workloadKinds,
	check(object, { report }) {
		if (!runsContinuously(object)) return;
		const pod = podTemplateOf(object);
		if (!pod) return;
		for (const at of probedContainersOf(pod)) {
			const liveness = probeOf(at.container, "livenessProbe");
			const readiness = probeOf(at.container, "readinessProbe");
			if (!liveness || !readiness) continue;
			const live = failureWindowOf(liveness);
			const ready = failureWindowOf(readiness);
			if (!live || !ready || live.seconds >= ready.seconds) continue;
			report({
				path: [...at.path, "livenessProbe"],
				message: `${sentenceLabel(at)}: liveness restarts it after ${live.seconds}s (${describeWindow(liveness, live)}), before readiness takes it out of rotation after ${ready.seconds}s (${describeWindow(readiness, ready)}).`,
				fix: patienceFix(at, live, ready)
			});
		}
	}
});
/** The liveness failureThreshold that makes its window as long as the readiness one. */
function patienceFix(at, live, ready) {
	const failureThreshold = Math.ceil(ready.seconds / live.periodSeconds);
	return {
		description: `sets the liveness failureThreshold of ${probeContainerLabel(at)} to ${failureThreshold}, so that liveness gives up after ${live.periodSeconds * failureThreshold}s, not before readiness (${ready.seconds}s)`,
		edits: [{
			op: "set",
			path: [
				...at.path,
				"livenessProbe",
				"failureThreshold"
			],
			value: failureThreshold
		}]
	};
}

// dist/checks/liveness-probe-missing.js
var liveness_probe_missing_default = defineObjectCheck({
	meta: {
		id: "liveness-probe-missing",
		title: "Long-running container without a liveness probe",
		severity: "info",
		category: "probes",
		description: "Every regular container of a long-running workload (Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, or a Pod that restarts Always) should have a liveness probe. Init containers, sidecar init containers included, are not judged; Jobs, CronJobs and Pods that run to completion are exempt.",
		risk: "A process that deadlocks, spins in a loop or loses its connection pool without exiting stays Running. Nothing restarts it, and if its readiness probe also keeps passing it goes on taking its share of requests and failing them until someone notices and deletes the pod by hand.",
		mitigation: "Add a livenessProbe on a cheap endpoint that fails only when the process is stuck and a restart helps (not on its dependencies), with a failure window at least as long as the readiness probe's. A process that reliably exits when it breaks may do without one; then lower or switch off this check.",
		example: `containers:
  - name: api
    ports: [{ name: http, containerPort: 8080 }]
    livenessProbe:
      httpGet: { path: /livez, port: http }
      periodSeconds: 10
      failureThreshold: 6`
	},
	kinds: workloadKinds,
	check(object, { report }) {
		if (!runsContinuously(object)) return;
		const pod = podTemplateOf(object);
		if (!pod || pod.custom?.defaultProbes?.includes("livenessProbe")) return;
		for (const at of containersOf(pod, ["container"])) {
			if (probeOf(at.container, "livenessProbe")) continue;
			report({
				path: [...at.path, "livenessProbe"],
				message: `${sentenceLabel(at)} has no liveness probe, so it is restarted only when its process exits.`
			});
		}
	}
});

// dist/checks/memory-limit-missing.js
var memory_limit_missing_default = defineObjectCheck({
	meta: {
		id: "memory-limit-missing",
		title: "Container without a memory limit",
		severity: "warning",
		category: "resources",
		description: "Every container and init container (sidecars included) of a workload must set resources.limits.memory. A LimitRange of the same namespace in the linted files whose Container default (or max) sets a memory limit counts as one, since it is filled in at admission.",
		risk: "A container without a memory limit can grow until the node runs out of memory. The kubelet then evicts pods, or the kernel OOM killer picks a process, and the victims are often other, well-behaved pods on the same node. One leak becomes an outage of unrelated services.",
		mitigation: "Set resources.limits.memory on every container, from observed peak usage plus headroom; setting it equal to the memory request makes the memory behaviour predictable. A namespace-wide LimitRange default is a safety net for containers that forget it.",
		example: `containers:
  - name: api
    resources:
      requests: { cpu: 250m, memory: 512Mi }
      limits: { memory: 512Mi }`
	},
	kinds: workloadKinds,
	check(object, { ref, index, report }) {
		const pod = podTemplateOf(object);
		if (!pod) return;
		if (containerDefaults(index, ref.namespace).limit("memory")) return;
		for (const at of containersOf(pod)) {
			const resources = at.container.resources;
			const limits = isRecord(resources) ? resources["limits"] : void 0;
			if (isQuantitySet(limits, "memory")) continue;
			const requests = isRecord(resources) ? resources["requests"] : void 0;
			const request = isQuantitySet(requests, "memory") ? ` (its memory request is ${String(requests["memory"])})` : "";
			report({
				path: [
					...at.path,
					"resources",
					"limits"
				],
				message: `${capitalize$2(containerLabel(at))} sets no memory limit${request}, so it can take memory from every other pod on its node.`
			});
		}
	}
});

// dist/src/model/k8s-names.js
/**
* The name formats the API server validates (k8s.io/apimachinery/pkg/util/validation and
* pkg/api/validation/path), written as loops over characters: each takes time linear in its input, which
* comes from the linted files.
*/
const maxLabelLength = 63;
const maxSubdomainLength = 253;
function isLowerAlphanumeric(code) {
	return code >= 97 && code <= 122 || code >= 48 && code <= 57;
}
function isAlphanumeric(code) {
	return isLowerAlphanumeric(code) || code >= 65 && code <= 90;
}
/** Lowercase alphanumerics and '-', starting and ending with an alphanumeric: one DNS-1123 label, of any length. */
function isLabelShaped(value, from, to) {
	if (to <= from || !isLowerAlphanumeric(value.charCodeAt(from)) || !isLowerAlphanumeric(value.charCodeAt(to - 1))) return false;
	for (let i = from + 1; i < to - 1; i++) {
		const code = value.charCodeAt(i);
		if (!isLowerAlphanumeric(code) && code !== 45) return false;
	}
	return true;
}
/** IsDNS1123Label: `[a-z0-9]([-a-z0-9]*[a-z0-9])?`, 63 characters at most. */
function isDns1123Label(value) {
	return value.length <= maxLabelLength && isLabelShaped(value, 0, value.length);
}
/** IsDNS1035Label: a DNS-1123 label that starts with a letter. */
function isDns1035Label(value) {
	const first = value.charCodeAt(0);
	return isDns1123Label(value) && first >= 97 && first <= 122;
}
/** IsDNS1123Subdomain: DNS-1123 labels joined by '.', 253 characters at most (no limit per label). */
function isDns1123Subdomain(value) {
	if (value.length === 0 || value.length > maxSubdomainLength) return false;
	let start = 0;
	for (;;) {
		const dot = value.indexOf(".", start);
		const end = dot === -1 ? value.length : dot;
		if (!isLabelShaped(value, start, end)) return false;
		if (dot === -1) return true;
		start = dot + 1;
	}
}
/** IsValidPathSegmentName: not `.` or `..`, and no `/` or `%`. */
function isPathSegmentName(value) {
	return value !== "." && value !== ".." && !value.includes("/") && !value.includes("%");
}
/** `([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]`: the name part of a qualified name, and a non-empty label value. */
function isQualifiedNamePart(value) {
	const last = value.length - 1;
	if (last < 0 || !isAlphanumeric(value.charCodeAt(0)) || !isAlphanumeric(value.charCodeAt(last))) return false;
	for (let i = 1; i < last; i++) {
		const code = value.charCodeAt(i);
		if (!isAlphanumeric(code) && code !== 45 && code !== 95 && code !== 46) return false;
	}
	return true;
}
/**
* What IsQualifiedName finds wrong with a label key or (lowercased) annotation key, if anything: an optional
* DNS-1123 subdomain prefix and '/', then a name of 1-63 alphanumerics, '-', '_' and '.', alphanumeric at
* both ends.
*/
function qualifiedNameProblem(key) {
	const parts = key.split("/");
	if (parts.length > 2) return "has more than one \"/\"";
	let name = key;
	if (parts.length === 2) {
		const prefix = parts[0] ?? "";
		name = parts[1] ?? "";
		if (prefix.length === 0) return "has an empty prefix before \"/\"";
		if (!isDns1123Subdomain(prefix)) return `has a prefix "${prefix}" that is not a DNS-1123 subdomain (lowercase letters, digits, '-' and '.', 253 characters at most)`;
	}
	if (name.length === 0) return "has an empty name part";
	if (name.length > maxLabelLength) return `has a name part of ${name.length} characters (63 at most)`;
	if (!isQualifiedNamePart(name)) return "has a name part with characters other than letters, digits, '-', '_' and '.', or that does not start and end with a letter or digit";
}
/** What IsValidLabelValue finds wrong with a label value, if anything: empty, or 63 characters of a qualified name's name part. */
function labelValueProblem(value) {
	if (value.length > maxLabelLength) return `is ${value.length} characters long (63 at most)`;
	if (value.length > 0 && !isQualifiedNamePart(value)) return "has characters other than letters, digits, '-', '_' and '.', or does not start and end with a letter or digit";
}
/**
* What IsValidPortName (IANA_SVC_NAME) finds wrong with a port name, if anything: 1-15 lowercase letters,
* digits and '-', at least one letter, no '--', no '-' at either end.
*/
function portNameProblem(name) {
	if (name.length === 0) return "is empty";
	if (name.length > 15) return `is ${name.length} characters long (15 at most)`;
	let letters = 0;
	for (let i = 0; i < name.length; i++) {
		const code = name.charCodeAt(i);
		if (code >= 97 && code <= 122) letters++;
		else if (!(code >= 48 && code <= 57) && code !== 45) return "has characters other than lowercase letters, digits and '-'";
	}
	if (letters === 0) return "has no letter (a number written as a string is a name, not a port number)";
	if (name.includes("--")) return "contains '--'";
	if (name.startsWith("-") || name.endsWith("-")) return "starts or ends with '-'";
}

// dist/checks/metadata-invalid.js
/**
* The name validator each built-in kind's validation passes to ValidateObjectMeta (pkg/apis/<group>/validation).
* Every other kind, custom resources included, is held to the rule the generic registry applies to all
* objects (rest.BeforeCreate: path.ValidatePathSegmentName): the most lenient one.
*/
const nameRules = {
	"": {
		Service: "dns1035Label",
		Namespace: "dns1123Label",
		Pod: "dns1123Subdomain",
		ReplicationController: "dns1123Subdomain",
		ConfigMap: "dns1123Subdomain",
		Secret: "dns1123Subdomain",
		ServiceAccount: "dns1123Subdomain",
		PersistentVolume: "dns1123Subdomain",
		PersistentVolumeClaim: "dns1123Subdomain",
		LimitRange: "dns1123Subdomain",
		ResourceQuota: "dns1123Subdomain",
		Endpoints: "dns1123Subdomain",
		Node: "dns1123Subdomain"
	},
	apps: {
		Deployment: "dns1123Subdomain",
		ReplicaSet: "dns1123Subdomain",
		DaemonSet: "dns1123Subdomain",
		StatefulSet: "dns1123Label"
	},
	batch: {
		Job: "dns1123Subdomain",
		CronJob: "dns1123Subdomain"
	},
	autoscaling: { HorizontalPodAutoscaler: "dns1123Subdomain" },
	"networking.k8s.io": {
		Ingress: "dns1123Subdomain",
		IngressClass: "dns1123Subdomain",
		NetworkPolicy: "dns1123Subdomain"
	},
	"storage.k8s.io": { StorageClass: "dns1123Subdomain" },
	"scheduling.k8s.io": { PriorityClass: "dns1123Subdomain" }
};
/** Built-in kinds of the table that live in a namespace: ValidateObjectMeta checks their namespace as a DNS-1123 label. */
const clusterScoped = /* @__PURE__ */ new Set([
	"Namespace",
	"PersistentVolume",
	"Node",
	"IngressClass",
	"StorageClass",
	"PriorityClass"
]);
const ruleText = {
	dns1035Label: "a DNS-1035 label: lowercase letters, digits and '-', starting with a letter, ending with a letter or digit, 63 characters at most",
	dns1123Label: "a DNS-1123 label: lowercase letters, digits and '-', starting and ending with a letter or digit, 63 characters at most",
	dns1123Subdomain: "a DNS-1123 subdomain: lowercase letters, digits, '-' and '.', each dot-separated part starting and ending with a letter or digit, 253 characters at most",
	pathSegment: "a valid path segment: not '.' or '..', and without '/' or '%'"
};
const statefulSetLabelSince = [1, 26];
const annotationSizeLimit = 262144;
function nameRuleOf(object, settings) {
	const rule = nameRules[groupOf(object)]?.[object.kind];
	if (!rule) return {
		rule: "pathSegment",
		builtIn: false
	};
	if (object.kind === "StatefulSet") {
		const target = parseMinorVersion(settings.kubernetesVersion);
		if (target && compareVersions(target, statefulSetLabelSince) < 0) return {
			rule: "dns1123Subdomain",
			builtIn: true
		};
	}
	return {
		rule,
		builtIn: true
	};
}
function follows(rule, name) {
	switch (rule) {
		case "dns1035Label": return isDns1035Label(name);
		case "dns1123Label": return isDns1123Label(name);
		case "dns1123Subdomain": return isDns1123Subdomain(name);
		case "pathSegment": return isPathSegmentName(name);
	}
}
function utf8Length(text) {
	return Buffer.byteLength(text, "utf8");
}
var metadata_invalid_default = defineObjectCheck({
	meta: {
		id: "metadata-invalid",
		title: "Name, namespace, label or annotation the API server rejects",
		severity: "error",
		category: "correctness",
		description: "Fires where ValidateObjectMeta (k8s.io/apimachinery/pkg/api/validation) and the kind's own name validator reject an object: a metadata.name that is not a DNS-1035 label for a Service (ValidateServiceName), not a DNS-1123 label for a Namespace or (from Kubernetes 1.26) a StatefulSet, not a DNS-1123 subdomain for the other core, apps, batch, autoscaling, networking, storage and scheduling kinds whose validation says so, and for every other kind (RBAC roles and bindings, custom resources) a name that is \".\" or \"..\" or holds \"/\" or \"%\" (ValidatePathSegmentName, which the API server applies to all objects); a CronJob name over 52 characters (ValidateCronJobCreate) and a Job name over 63 characters unless manualSelector is true (the job-name label the API server adds to its pod template must be a valid label value); a namespace that is not a DNS-1123 label on a namespaced built-in kind; label keys that are not qualified names (optional DNS-1123 subdomain prefix and \"/\", then 1-63 letters, digits, \"-\", \"_\" and \".\", alphanumeric at both ends) and label values that are not empty or such a name part (ValidateLabels), on the object and on a built-in workload's pod template; annotation keys that are not qualified names once lowercased, and annotations over 256 KiB in total (ValidateAnnotations). Objects without a name (generateName), values holding template placeholders, and values that are not strings (schema-invalid reports those) are left alone.",
		risk: "The API server refuses the whole object, so kubectl apply, Helm or the GitOps controller fails at deploy time, often halfway through a release. A name that only fails as a DNS label, as a StatefulSet's with a dot, would otherwise give pods that can never be created.",
		mitigation: "Use lowercase letters, digits and \"-\" in names (and \".\" where the kind takes a subdomain), start Service names with a letter, keep CronJob names to 52 characters, and keep label values to 63 characters of letters, digits, \"-\", \"_\" and \".\" (Helm charts replace the \"+\" of a chart version with \"_\"). Move large data out of annotations into a ConfigMap.",
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
  ports: [{ name: http, port: 80, targetPort: http }]`
	},
	check(object, { settings, report }) {
		const metadata = object.metadata;
		if (!isRecord(metadata)) return;
		const kind = object.kind;
		const name = metadata["name"];
		if (typeof name === "string" && name !== "" && !isPlaceholder(["metadata", "name"], name)) {
			const { rule, builtIn } = nameRuleOf(object, settings);
			if (!follows(rule, name)) report({
				path: ["metadata", "name"],
				message: `${kind} name ${JSON.stringify(name)} is not ${ruleText[rule]}${builtIn ? "" : " (the API server's rule for every object)"}.`
			});
			else if (isKind(object, "CronJob") && name.length > 52) report({
				path: ["metadata", "name"],
				message: `CronJob name ${JSON.stringify(name)} is ${name.length} characters long: the API server takes at most 52 on create, leaving room for the 11-character suffix of the Jobs it creates.`
			});
			else if (isKind(object, "Job") && name.length > 63 && !hasManualSelector(object)) report({
				path: ["metadata", "name"],
				message: `Job name ${JSON.stringify(name)} is ${name.length} characters long: the API server adds it as the job-name label of the pod template, and a label value has 63 characters at most.`
			});
		}
		const namespace = metadata["namespace"];
		if (typeof namespace === "string" && namespace !== "" && !isPlaceholder(["metadata", "namespace"], namespace) && nameRuleOf(object, settings).builtIn && !clusterScoped.has(kind) && !isDns1123Label(namespace)) report({
			path: ["metadata", "namespace"],
			message: `Namespace ${JSON.stringify(namespace)} of ${kind} "${String(name)}" is not ${ruleText.dns1123Label}.`
		});
		checkLabelsAndAnnotations(metadata, ["metadata"], "", report);
		if (workloadKinds.some((workload) => isKind(object, workload)) && !isKind(object, "Pod")) {
			const pod = podTemplateOf(object);
			const template = pod ? valueAt(object, pod.metadataPath) : void 0;
			if (pod && isRecord(template)) checkLabelsAndAnnotations(template, pod.metadataPath, "pod template ", report);
		}
	}
});
/** `of` is '' for the object's own metadata, 'pod template ' for a workload's template. */
function checkLabelsAndAnnotations(metadata, at, of, report) {
	const Of = of.charAt(0).toUpperCase() + of.slice(1);
	const labels = metadata["labels"];
	if (isRecord(labels)) for (const key of Object.keys(labels)) {
		const value = labels[key];
		if (findPlaceholder(key) !== void 0 || typeof value === "string" && findPlaceholder(value) !== void 0) continue;
		const keyProblem = qualifiedNameProblem(key);
		if (keyProblem) {
			report({
				path: [
					...at,
					"labels",
					key
				],
				message: `${Of ? `${Of}label` : "Label"} key ${JSON.stringify(key)} ${keyProblem}.`
			});
			continue;
		}
		if (typeof value !== "string") continue;
		const valueProblem = labelValueProblem(value);
		if (valueProblem) report({
			path: [
				...at,
				"labels",
				key
			],
			message: `Value ${JSON.stringify(value)} of ${of}label "${key}" ${valueProblem}.`
		});
	}
	const annotations = metadata["annotations"];
	if (!isRecord(annotations)) return;
	let size = 0;
	for (const key of Object.keys(annotations)) {
		const value = annotations[key];
		size += utf8Length(key) + (typeof value === "string" ? utf8Length(value) : 0);
		if (findPlaceholder(key) !== void 0) continue;
		const keyProblem = qualifiedNameProblem(key.toLowerCase());
		if (keyProblem) report({
			path: [
				...at,
				"annotations",
				key
			],
			message: `${Of ? `${Of}annotation` : "Annotation"} key ${JSON.stringify(key)} ${keyProblem}.`
		});
	}
	if (size > annotationSizeLimit) report({
		path: [...at, "annotations"],
		message: `The ${of}annotations take ${size} bytes: the API server accepts at most ${annotationSizeLimit} (256 KiB), keys and values together.`
	});
}
/** A template placeholder, or a SHOUTED_NAME where only lowercase names go (template-placeholder reports both). */
function isPlaceholder(path, value) {
	return findPlaceholder(value) !== void 0 || shoutedPlaceholder(path, value) !== void 0;
}
function hasManualSelector(object) {
	const spec = object["spec"];
	return isRecord(spec) && spec["manualSelector"] === true;
}
function valueAt(object, path) {
	let value = object;
	for (const key of path) if (typeof key === "number") value = Array.isArray(value) ? value[key] : void 0;
	else value = isRecord(value) ? value[key] : void 0;
	return value;
}

// dist/checks/name-convention.js
var name_convention_default = defineObjectCheck({
	meta: {
		id: "name-convention",
		title: "Object name outside the naming convention",
		severity: "error",
		category: "security",
		description: "With namePattern set, checks metadata.name of every object against the regular expression given for its kind (keys compare case-insensitively), or against the one under \"*\" for kinds not listed; the whole name must match (RE2 syntax, as in Go and Kubernetes). Objects without a name (generateName only) are skipped. An invalid pattern is reported once per scope, on the first object it applies to. Does nothing while the map is empty.",
		risk: "Names are what RBAC rules, admission policies, network rules by name, dashboards and cost reports match on; a name outside the convention (a missing team prefix, an environment suffix in the wrong place) slips past the rules written for it, or is caught by the rules of another tenant. Names cannot be changed in place later: renaming means deleting and recreating the object.",
		mitigation: "Rename the object to follow the convention (and update what refers to it: Services, selectors, RoleBindings), or, if the convention is wrong for this kind, adjust namePattern.",
		example: `# namePattern: { "*": "[a-z][a-z0-9-]{1,40}", Namespace: "(shop|payments)-(dev|prod)" }
apiVersion: v1
kind: Namespace
metadata:
  name: shop-prod`
	},
	options: {
		defaults: { namePattern: {} },
		schema: {
			type: "object",
			properties: { namePattern: {
				type: "object",
				additionalProperties: { type: "string" },
				description: "A map from kind (Deployment, Namespace; case-insensitive) or \"*\" (every other kind) to a regular expression that metadata.name must match whole. Empty: the check is off."
			} },
			additionalProperties: false
		}
	},
	check(object, { index, options, report }) {
		const entries = patternEntries(options);
		const chosen = patternFor(entries, object.kind);
		const name = object.metadata?.name;
		if (!chosen || typeof name !== "string" || name === "") return;
		const { key, pattern } = chosen;
		const compiled = compileFullMatch(pattern);
		const scope = key === "*" ? "\"*\" (kinds without a pattern of their own)" : object.kind;
		if (!compiled.ok) {
			if (index.objects.find((entry) => patternFor(entries, entry.ref.kind)?.key === key && hasName(entry.object))?.object !== object) return;
			report({
				path: ["metadata", "name"],
				message: `The namePattern ${JSON.stringify(pattern)} set for ${scope} is not a valid regular expression (${compiled.error}), so no name is checked against it. Fix the option; this is reported once, on the first object it applies to.`
			});
			return;
		}
		if (compiled.regex.test(name)) return;
		report({
			path: ["metadata", "name"],
			message: `The name "${name}" of this ${object.kind} is not fully matched by ${pattern}, the namePattern set for ${scope}.`
		});
	}
});
/** The entries of the namePattern option that give a pattern. */
const patternEntries = perOptions(({ namePattern }) => isRecord(namePattern) ? Object.entries(namePattern).filter((entry) => typeof entry[1] === "string" && entry[1] !== "") : []);
/** The pattern for a kind: its own entry (case-insensitive), else the "*" entry. */
function patternFor(entries, kind) {
	if (entries.length === 0) return void 0;
	const own = entries.find(([key]) => key !== "*" && kindMatches(key, kind)) ?? entries.find(([key]) => key === "*");
	return own ? {
		key: own[0],
		pattern: own[1]
	} : void 0;
}
function hasName(object) {
	const name = object.metadata?.name;
	return typeof name === "string" && name !== "";
}

// dist/checks/namespace-default-deny-missing.js
var namespace_default_deny_missing_default = defineObjectCheck({
	meta: {
		id: "namespace-default-deny-missing",
		title: "Namespace without a default-deny NetworkPolicy",
		severity: "warning",
		category: "security",
		description: "Fires on a Namespace object, once for ingress and once for egress, when no NetworkPolicy of that namespace in the reviewed manifests denies the direction by default: a podSelector that selects every pod ({} or omitted), the direction in policyTypes (unset, policyTypes means Ingress, plus Egress only when the policy has egress rules) and no rules for it. An egress default deny may still open DNS (port 53). A policy that selects every pod and allows all traffic ({} rule) does not count, and undoes a default deny. Only Kubernetes NetworkPolicies are evaluated, not Cilium, Calico or AdminNetworkPolicy resources. Namespaces reserved for Kubernetes (kube-*) are exempt.",
		risk: "Pods that no policy selects accept connections from, and open connections to, anything the cluster network reaches: every pod of every other tenant, the node, the cloud metadata endpoint. One compromised pod anywhere can then probe the databases and internal APIs of this namespace, or send data out, and a new workload is exposed the moment it starts unless someone remembers to write its policy.",
		mitigation: "Add a NetworkPolicy with podSelector: {} and policyTypes [Ingress, Egress] and no rules (opening DNS egress if the pods resolve names), then allow the traffic each workload needs with policies that select its pods.",
		example: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: shop
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
  egress:
    - ports: [{ port: 53, protocol: UDP }, { port: 53, protocol: TCP }]`
	},
	kinds: ["Namespace"],
	check(object, { index, report }) {
		if (!isNamespace(object)) return;
		const name = namespaceNameOf(object);
		if (name === void 0 || isSystemNamespace(name)) return;
		const policies = networkPoliciesIn(index, name);
		const others = otherEnginePolicies(index, name);
		const unevaluated = others.length > 0 ? ` (${describeEntries(others)} ${others.length === 1 ? "is" : "are"} not evaluated: only Kubernetes NetworkPolicies are.)` : "";
		for (const direction of directions) {
			const lower = direction.toLowerCase();
			const denying = policies.filter((policy) => deniesAll(policy.object, direction));
			const allowing = policies.filter((policy) => allowsAll(policy.object, direction));
			if (denying.length > 0) {
				if (allowing.length === 0) continue;
				report({
					path: ["metadata", "name"],
					message: `Namespace "${name}":${sentenceAbout(denying, "NetworkPolicy", `denies all ${lower} by default,`, `deny all ${lower} by default,`, "NetworkPolicies")} but${sentenceAbout(allowing, "NetworkPolicy", `selects every pod and allows all ${lower}`, `select every pod and allow all ${lower}`, "NetworkPolicies")}, which undoes the deny.`
				});
				continue;
			}
			report({
				path: ["metadata", "name"],
				message: `Namespace "${name}" has no default-deny NetworkPolicy for ${lower}: pods that no policy selects ${direction === "Ingress" ? "accept connections from anywhere" : "can connect anywhere"}.${hint(policies.map((entry) => entry.object), direction)}${unevaluated}`
			});
		}
	}
});
/** Why the policies that select every pod are not a default deny for the direction, when one is close. */
function hint(policies, direction) {
	const lower = direction.toLowerCase();
	const name = (policy) => `"${String(policy.metadata?.name ?? "")}"`;
	for (const policy of policies) {
		if (!selectsEveryPod(policy)) continue;
		if (allowsAll(policy, direction)) return ` NetworkPolicy ${name(policy)} selects every pod but allows all ${lower} (a rule with no peers and no ports).`;
		if (!policyTypesOf(policy).has(direction)) return direction === "Egress" && policyTypesDefaulted(policy) ? ` NetworkPolicy ${name(policy)} selects every pod but leaves policyTypes unset, which means Ingress only when it has no egress rules: list Egress in policyTypes.` : ` NetworkPolicy ${name(policy)} selects every pod but its policyTypes leave out ${direction}.`;
		return ` NetworkPolicy ${name(policy)} selects every pod but allows some ${lower}, so it is not a default deny.`;
	}
	if (policies.length === 0) return " The reviewed manifests hold no NetworkPolicy for it.";
	return ` None of ${policies.length === 1 ? "its NetworkPolicy" : `its ${policies.length} NetworkPolicies`} selects every pod (podSelector: {}).`;
}

// dist/checks/namespace-limitrange-missing.js
var namespace_limitrange_missing_default = defineObjectCheck({
	meta: {
		id: "namespace-limitrange-missing",
		title: "Namespace without a LimitRange",
		severity: "warning",
		category: "security",
		description: "Fires on a Namespace object when the reviewed manifests hold no LimitRange in that namespace with at least one entry under spec.limits (an empty LimitRange sets no default and no bound). Objects without a namespace count as being in default. Namespaces reserved for Kubernetes (kube-*) are exempt.",
		risk: "A container that declares no requests or limits gets none: it is scheduled as if it needed nothing, is the first one evicted under memory pressure, and can grow until the node runs out of memory. With a ResourceQuota on cpu or memory, such pods are even rejected outright, since the quota needs every container to declare the quantities it counts.",
		mitigation: "Add a LimitRange of type Container to the namespace with defaultRequest and default values (and max, if tenants must not ask for a whole node), so every container gets sensible requests and limits.",
		example: `apiVersion: v1
kind: LimitRange
metadata:
  name: container-defaults
  namespace: shop
spec:
  limits:
    - type: Container
      defaultRequest: { cpu: 100m, memory: 128Mi }
      default: { memory: 256Mi }
      max: { memory: 4Gi }`
	},
	kinds: ["Namespace"],
	check(object, { index, report }) {
		if (!isNamespace(object)) return;
		const name = namespaceNameOf(object);
		if (name === void 0 || isSystemNamespace(name)) return;
		const ranges = coreObjectsIn(index, "LimitRange", name);
		if (ranges.some((range) => setsLimits(range.object))) return;
		const unset = coreObjectsWithoutNamespace(index, "LimitRange", name);
		let detail = "";
		if (ranges.length > 0) detail = sentenceAbout(ranges, "LimitRange", "has no entries under spec.limits, so it sets nothing.", "have no entries under spec.limits, so they set nothing.");
		else if (unset.length > 0) detail = sentenceAbout(unset, "LimitRange", `sets no namespace, so it belongs to default, not to "${name}".`, `set no namespace, so they belong to default, not to "${name}".`);
		report({
			path: ["metadata", "name"],
			message: `Namespace "${name}" has no LimitRange in the reviewed manifests: containers that declare no requests or limits get none.${detail}`
		});
	}
});
function setsLimits(range) {
	const spec = range["spec"];
	const limits = isRecord(spec) ? spec["limits"] : void 0;
	return Array.isArray(limits) && limits.some(isRecord);
}

// dist/src/model/pod-security.js
const rank = {
	privileged: 0,
	baseline: 1,
	restricted: 2
};
const enforceLabel = "pod-security.kubernetes.io/enforce";
/** The first Namespace object of each name in the scope (an unnamed one stands for default). */
const namespaceObjects = perScope((index) => {
	const byName = /* @__PURE__ */ new Map();
	for (const entry of index.ofKind("Namespace")) {
		const name = entry.ref.name || "default";
		if (!byName.has(name)) byName.set(name, entry);
	}
	return byName;
});
/**
* A Namespace object of the scope that carries `pod-security.kubernetes.io/enforce` decides the level
* for its workloads (admission will reject violating pods there); otherwise the run's configured level.
*/
function judgementFor(ref, index, settings) {
	const namespace = namespaceObjects(index).get(ref.namespace || "default");
	const enforced = namespace ? labelsOf$1(namespace.object.metadata)[enforceLabel] : void 0;
	if (enforced === "privileged" || enforced === "baseline" || enforced === "restricted") return {
		level: enforced,
		enforcedBy: namespace?.ref.name
	};
	if (enforced !== void 0) return {
		level: "restricted",
		enforcedBy: namespace?.ref.name
	};
	return {
		level: settings.podSecurityLevel,
		enforcedBy: void 0
	};
}
/**
* The pod of a workload that a control applies to, with the judgement that made it apply; undefined
* when the object has no pod or its level does not include the control.
*/
function podUnderControl(object, context, control) {
	const pod = podTemplateOf(object);
	if (!pod) return void 0;
	const judgement = judgementFor(context.ref, context.index, context.settings);
	if (!control || !includes(judgement.level, control)) return void 0;
	return {
		pod,
		judgement
	};
}
/** Whether a control tagged `control` is part of `level`. */
function includes(level, control) {
	return rank[level] >= rank[control];
}
/**
* Turns a control's violation into a report: an error that says admission would reject the pod when
* the namespace enforces the level, else the check's own severity.
*/
function violation(path, message, judgement) {
	if (!judgement.enforcedBy) return {
		path,
		message
	};
	return {
		path,
		message: `${message} Namespace "${judgement.enforcedBy}" enforces Pod Security "${judgement.level}", so admission would reject this pod.`,
		severity: "error"
	};
}
/** Pods that declare spec.os.name windows, which some restricted controls exempt. */
function isWindowsPod(object) {
	const os = podTemplateOf(object)?.spec.os;
	return isRecord(os) && os.name === "windows";
}

// dist/checks/namespace-pod-security-missing.js
const levels = [
	"privileged",
	"baseline",
	"restricted"
];
const otherModes = ["audit", "warn"];
var namespace_pod_security_missing_default = defineObjectCheck({
	meta: {
		id: "namespace-pod-security-missing",
		title: "Namespace without an enforced Pod Security level",
		severity: "warning",
		category: "security",
		description: `Fires on a Namespace object without the label ${enforceLabel}, or with a value other than privileged, baseline or restricted. The audit and warn labels alone do not count, since they only log and warn; the message names them when present. An explicit enforce: privileged is a decision and passes. Namespaces reserved for Kubernetes (kube-*) are exempt.`,
		risk: "Without an enforce label, the Pod Security admission controller applies only the cluster default, which is privileged unless an admission configuration says otherwise: any tenant of the namespace can start a privileged pod, mount the host filesystem or share the host network, and from there reach the node and the other tenants on it.",
		mitigation: `Label the namespace with ${enforceLabel}: baseline (or restricted where the workloads allow it). To roll out a stricter level safely, set the warn and audit labels to it first, fix what they report, then raise enforce.`,
		example: `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    ${enforceLabel}: baseline
    pod-security.kubernetes.io/warn: restricted
    pod-security.kubernetes.io/audit: restricted`
	},
	kinds: ["Namespace"],
	check(object, { report }) {
		if (!isNamespace(object)) return;
		const name = namespaceNameOf(object);
		if (name === void 0 || isSystemNamespace(name)) return;
		const labels = object.metadata?.labels;
		const value = isRecord(labels) ? labels[enforceLabel] : void 0;
		if (value !== void 0 && value !== null) {
			if (typeof value === "string" && levels.includes(value)) return;
			report({
				path: [
					"metadata",
					"labels",
					enforceLabel
				],
				message: `Namespace "${name}" sets ${enforceLabel} to ${JSON.stringify(value)}, which is not privileged, baseline or restricted: Pod Security admission refuses to create the Namespace with it, and for a Namespace that already carries it evaluates every pod as restricted.`
			});
			return;
		}
		const others = otherModes.map((mode) => [mode, isRecord(labels) ? labels[`pod-security.kubernetes.io/${mode}`] : void 0]).filter(([, level]) => level !== void 0 && level !== null).map(([mode, level]) => `${mode}: ${String(level)}`);
		const detail = others.length > 0 ? ` It sets only ${others.join(" and ")}, which ${others.length === 1 ? "reports" : "report"} violations but ${others.length === 1 ? "rejects" : "reject"} no pod.` : "";
		const annotations = object.metadata?.annotations;
		const misplaced = isRecord(annotations) && Object.hasOwn(annotations, "pod-security.kubernetes.io/enforce") ? ` It is set as an annotation, where admission does not read it.` : "";
		report({
			path: ["metadata", "labels"],
			message: `Namespace "${name}" has no ${enforceLabel} label, so pods there are held only to the cluster's default Pod Security level (privileged unless configured).${misplaced}${detail}`
		});
	}
});

// dist/checks/namespace-quota-missing.js
var namespace_quota_missing_default = defineObjectCheck({
	meta: {
		id: "namespace-quota-missing",
		title: "Namespace without a ResourceQuota",
		severity: "warning",
		category: "security",
		description: "Fires on a Namespace object when the reviewed manifests hold no ResourceQuota in that namespace that sets at least one hard limit (a quota whose spec.hard is empty limits nothing). Objects without a namespace count as being in default. Namespaces reserved for Kubernetes (kube-*) are exempt.",
		risk: "Nothing caps what the tenants of the namespace can claim: one runaway HorizontalPodAutoscaler, a CronJob that piles up Jobs or a leak of PersistentVolumeClaims can take the CPU, memory, pod slots and storage that other teams on the same cluster were counting on, and the scheduler cannot tell who is over budget.",
		mitigation: "Add a ResourceQuota to the namespace with hard limits on requests.cpu, requests.memory, limits.memory, pods and persistentvolumeclaims, sized to what the team is meant to use.",
		example: `apiVersion: v1
kind: ResourceQuota
metadata:
  name: compute
  namespace: shop
spec:
  hard:
    requests.cpu: "8"
    requests.memory: 16Gi
    limits.memory: 24Gi
    pods: "60"`
	},
	kinds: ["Namespace"],
	check(object, { index, report }) {
		if (!isNamespace(object)) return;
		const name = namespaceNameOf(object);
		if (name === void 0 || isSystemNamespace(name)) return;
		const quotas = coreObjectsIn(index, "ResourceQuota", name);
		if (quotas.some((quota) => setsHardLimits(quota.object))) return;
		const unset = coreObjectsWithoutNamespace(index, "ResourceQuota", name);
		let detail = "";
		if (quotas.length > 0) detail = sentenceAbout(quotas, "ResourceQuota", "sets no hard limits, so it limits nothing.", "set no hard limits, so they limit nothing.");
		else if (unset.length > 0) detail = sentenceAbout(unset, "ResourceQuota", `sets no namespace, so it belongs to default, not to "${name}".`, `set no namespace, so they belong to default, not to "${name}".`);
		report({
			path: ["metadata", "name"],
			message: `Namespace "${name}" has no ResourceQuota with hard limits in the reviewed manifests: its workloads can claim CPU, memory, pods and storage without a ceiling.${detail}`
		});
	}
});
function setsHardLimits(quota) {
	const spec = quota["spec"];
	const hard = isRecord(spec) ? spec["hard"] : void 0;
	return isRecord(hard) && Object.keys(hard).length > 0;
}

// dist/checks/networkpolicy-missing.js
const declared = perScope((index) => {
	const namespaces = /* @__PURE__ */ new Set();
	const policyNamespaces = /* @__PURE__ */ new Set();
	let unplacedPolicy = false;
	for (const entry of index.own) if (isNamespace(entry.object)) {
		const name = namespaceNameOf(entry.object);
		if (name !== void 0) namespaces.add(name);
	} else if (isNetworkPolicy(entry.object)) {
		if (entry.ref.namespace === "") unplacedPolicy = true;
		else policyNamespaces.add(entry.ref.namespace);
	}
	return {
		namespaces,
		policyNamespaces,
		unplacedPolicy
	};
});
var networkpolicy_missing_default = defineObjectCheck({
	meta: {
		id: "networkpolicy-missing",
		title: "Workload in a namespace without any NetworkPolicy",
		severity: "info",
		category: "security",
		description: "Fires on a workload (Jobs and CronJobs included) of an explicitly named namespace in which the reviewed manifests hold no NetworkPolicy at all, of its own deployment unit or of another one in scope, when the unit is the one that would declare them: it declares that Namespace object itself, or it declares NetworkPolicies for other namespaces but none for this one. Otherwise nothing is said: a unit of one application whose namespace and policies live in a platform folder, a chart whose policies are off by default, or workloads without a namespace (placed wherever they are applied) cannot tell. Also silent: namespaces reserved for Kubernetes (kube-*), pods on the host network (policies do not apply to them), and namespaces that Cilium or Calico policies of the scope cover, or any cluster-wide policy of those engines or AdminNetworkPolicy. Where the namespace does hold policies, networkpolicy-uncovered judges whether one selects the pods. From kube-score's pod-networkpolicy and kube-linter's non-isolated-pod, restricted to what the unit can know.",
		risk: "No policy isolates these pods in either direction: any pod of the cluster can connect to them, and they can connect to every pod, the node and the cloud metadata endpoint. A compromised pod anywhere reaches them, and a compromised one of them reaches everything.",
		mitigation: "Declare NetworkPolicies for the namespace with the rest of its manifests: a default deny (podSelector: {}, policyTypes [Ingress, Egress]) and policies that allow what each workload needs. If the namespace's policies are applied from elsewhere (a platform repository, a policy engine that generates them), suppress this finding for the namespace.",
		example: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: shop
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
  egress:
    - ports: [{ port: 53, protocol: UDP }, { port: 53, protocol: TCP }]`
	},
	kinds: workloadKinds,
	check(object, { ref, index, report }) {
		const namespace = ref.namespace;
		if (namespace === "" || isSystemNamespace(namespace)) return;
		const entry = index.entryOf(object);
		if (!entry?.pod || usesHostNetwork(entry)) return;
		if (networkPoliciesIn(index, namespace).length > 0 || otherEnginePolicies(index, namespace).length > 0) return;
		const unit = declared(index);
		if (unit.unplacedPolicy) return;
		const ownsNamespace = [...unit.namespaces].some((name) => sameNamespace(name, namespace));
		const elsewhere = [...unit.policyNamespaces].filter((name) => !sameNamespace(name, namespace));
		if (!ownsNamespace && elsewhere.length === 0) return;
		const listed = elsewhere.slice(0, 3).map((name) => `"${name}"`);
		const others = elsewhere.length > 3 ? `${listed.join(", ")} and ${elsewhere.length - 3} more` : listed.join(", ");
		const why = ownsNamespace ? `the manifests declare the Namespace but no NetworkPolicy for it${elsewhere.length > 0 ? ` (they do for ${others})` : ""}` : `the manifests declare NetworkPolicies for ${elsewhere.length === 1 ? "namespace" : "namespaces"} ${others} but none for this one`;
		const pods = ref.kind === "Pod" ? `Pod "${ref.name}" is` : `the pods of ${ref.kind} "${ref.name}" are`;
		report({
			path: ["metadata", "name"],
			message: `No NetworkPolicy applies in ${namespaceText$2(namespace)}, so ${pods} not isolated in either direction: ${why}. If its policies are applied from elsewhere, this can be ignored.`
		});
	}
});

// dist/checks/networkpolicy-selects-nothing.js
var networkpolicy_selects_nothing_default = defineObjectCheck({
	meta: {
		id: "networkpolicy-selects-nothing",
		title: "NetworkPolicy that selects no workload",
		severity: "warning",
		category: "security",
		description: "Fires on a NetworkPolicy whose spec.podSelector (matchLabels and matchExpressions, with labels that controllers add such as job-name) matches the pod template of no workload of its namespace in the reviewed manifests. An empty or omitted podSelector selects every pod and never fires. When the namespace has no workload in the manifests at all, the policy is only reported if its selector matches a workload of another namespace, since the pods it is meant for may be deployed from elsewhere. Labels written directly under podSelector, outside matchLabels, are reported too. Pods of an operator's custom resource (an Argo Rollout, a Prometheus) count when the resource carries matching labels or a matchLabels value is its name (prometheus: k8s for a Prometheus named k8s). Relates the policy to the workloads of its deployment unit and, in a namespace it names, of other units; silent when the unit deploys no workload of its own into that namespace or holds a Role that creates pods at run time (an operator), since the pods may come from elsewhere.",
		risk: "The rules protect nothing while they look like they do: the pods they were written for stay open to the whole cluster, or keep reaching what they were meant to be cut off from. A label renamed in the pod template, a typo, or a policy applied to the wrong namespace all end this way, and nothing reports it.",
		mitigation: "Make podSelector match the labels of the pod template (spec.template.metadata.labels, not the workload's own labels), under matchLabels or matchExpressions, and put the policy in the namespace of the pods. Delete policies left over from removed workloads.",
		example: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: api
  namespace: shop
spec:
  podSelector:
    matchLabels: { app.kubernetes.io/name: api }   # as in the Deployment's pod template
  policyTypes: [Ingress]
  ingress:
    - from: [{ podSelector: { matchLabels: { app.kubernetes.io/name: frontend } } }]
      ports: [{ port: 8080 }]`
	},
	kinds: ["NetworkPolicy"],
	check(object, { ref, index, report }) {
		if (!isNetworkPolicy(object)) return;
		const reading = podSelectorOf(object);
		if (reading.kind === "all") return;
		if (reading.kind === "invalid") {
			report({
				path: reading.path,
				message: reading.reason
			});
			return;
		}
		const { selector } = reading;
		const own = ownWorkloadsIn(index, ref.namespace);
		const candidates = workloadsThatMayMatch(index, selector.matchLabels);
		if (candidates.some((entry) => sameNamespace(entry.ref.namespace, ref.namespace) && selectorMatchesPods(selector, entry))) return;
		if (customResourcesSelected(selector, ref.namespace, index).length > 0 || namesOperatorResource(selector, ref.namespace, index)) return;
		const elsewhere = candidates.filter((entry) => !sameNamespace(entry.ref.namespace, ref.namespace) && selectorMatchesPods(selector, entry));
		const text = `The podSelector "${formatSelector(selector)}"`;
		const where = namespaceText$2(ref.namespace);
		if (own.length === 0) {
			if (elsewhere.length === 0) return;
			report({
				path: ["spec", "podSelector"],
				message: `${text} matches no workload in ${where}, which has none in the reviewed manifests, but it matches ${describe$1(elsewhere)}: a NetworkPolicy selects pods of its own namespace only.`
			});
			return;
		}
		if (!unitKnowsPodsIn(index, ref.namespace)) return;
		const byOwnLabels = workloadsLabelledFor(index, selector, ref.namespace).filter((entry) => !entry.borrowed);
		let hint = "";
		if (elsewhere.length > 0) hint = ` It would match ${describe$1(elsewhere)}, but a NetworkPolicy selects pods of its own namespace only.`;
		else if (byOwnLabels[0]) hint = ` It matches the labels of ${byOwnLabels[0].ref.kind} "${byOwnLabels[0].ref.name}" itself, but a NetworkPolicy selects pods by their template labels.`;
		const only = own.length === 1 ? own[0] : void 0;
		report({
			path: ["spec", "podSelector"],
			message: `${text} ${only ? `does not match the pods of ${only.ref.kind} "${only.ref.name}", the only workload in ${where}` : `matches the pods of none of the ${own.length} workloads in ${where}`}, so the policy applies to no pod.${hint}`
		});
	}
});
/**
* A matchLabels value equal to the name of an operator's resource in the namespace (prometheus: k8s for a
* Prometheus named k8s): the operator labels its pods that way, though no template in the scope shows it.
*/
function namesOperatorResource(selector, namespace, index) {
	const wanted = selector.matchLabels;
	if (!isRecord(wanted)) return false;
	return Object.values(wanted).some((value) => operatorResourcesNamed(index, String(value), namespace).length > 0);
}
function describe$1(entries) {
	const first = entries[0];
	if (!first) return "";
	const more = entries.length > 1 ? ` and ${entries.length - 1} more` : "";
	return `${first.ref.kind} "${first.ref.name}" in ${namespaceText$2(first.ref.namespace)}${more}`;
}

// dist/checks/networkpolicy-uncovered.js
var networkpolicy_uncovered_default = defineObjectCheck({
	meta: {
		id: "networkpolicy-uncovered",
		title: "Workload that no NetworkPolicy selects",
		severity: "warning",
		category: "security",
		description: "Fires on a workload (Jobs and CronJobs included) whose pod template labels no NetworkPolicy of its namespace selects, when the reviewed manifests hold at least one NetworkPolicy in that namespace (without any, namespace-default-deny-missing speaks for the namespace). An empty or omitted podSelector selects every pod; matchExpressions and labels that controllers add (job-name, statefulset.kubernetes.io/pod-name) are understood. Pods on the host network are exempt, since NetworkPolicies do not apply to them. Relates the workload to the policies of its deployment unit and, in a namespace it names, of other units (a platform folder's default deny covers it); fires only when its own unit holds a NetworkPolicy of that namespace.",
		risk: "The namespace uses NetworkPolicies, so its authors expect traffic to be restricted, but these pods are not isolated in either direction: anything in the cluster can connect to them and they can connect to anything. Usually a label was renamed in the pod template or a new workload was added without its policy, and the gap stays invisible until someone goes through it.",
		mitigation: "Add a NetworkPolicy whose podSelector matches the pod template labels and allows only the traffic the workload needs, or a namespace-wide default deny (podSelector: {}) so that every new workload starts isolated.",
		example: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: worker
  namespace: shop
spec:
  podSelector:
    matchLabels: { app: worker }   # the labels of the worker's pod template
  policyTypes: [Ingress, Egress]
  egress:
    - to: [{ podSelector: { matchLabels: { app: queue } } }]
      ports: [{ port: 5672 }]`
	},
	kinds: workloadKinds,
	check(object, { ref, index, report }) {
		const entry = index.entryOf(object);
		if (!entry?.pod || usesHostNetwork(entry)) return;
		const facts = networkPolicyFacts(index, ref.namespace || "default");
		if (!facts.own) return;
		if (facts.defaultDeny) return;
		const candidates = policiesThatMaySelect(index, entry);
		if (candidates.some((policy) => sameNamespace(policy.ref.namespace, ref.namespace) && isNetworkPolicy(policy.object) && policySelects(policy.object, entry))) return;
		const elsewhere = candidates.filter((policy) => isNetworkPolicy(policy.object) && !sameNamespace(policy.ref.namespace, ref.namespace)).filter((policy) => !selectsEveryPod(policy.object) && policySelects(policy.object, entry));
		const pod = ref.kind === "Pod";
		const hint = elsewhere[0] ? ` NetworkPolicy "${elsewhere[0].ref.name}" in ${namespaceText$2(elsewhere[0].ref.namespace)} would select ${pod ? "it" : "them"}, but a policy applies to pods of its own namespace only.` : "";
		const policies = networkPoliciesIn(index, ref.namespace);
		const labels = Object.entries(entry.pod.labels).map(([key, value]) => `${key}=${value}`);
		const listed = labels.length > 4 ? `${labels.slice(0, 4).join(", ")} and ${labels.length - 4} more` : labels.join(", ");
		const carrying = labels.length > 0 ? `labels ${listed}` : "no labels";
		report({
			path: [...entry.pod.metadataPath, "labels"],
			message: `No NetworkPolicy selects ${pod ? "" : "the pods of "}${ref.kind} "${ref.name}" (${carrying}), although ${namespaceText$2(ref.namespace)} has ${plural$1(policies.length, "NetworkPolicy", "NetworkPolicies")} (${quotedNames(policies)}): ${pod ? "its" : "their"} traffic is not restricted in either direction.${hint}`
		});
	}
});

// dist/checks/observability-colocated.js
/** Custom resources that make an operator run a piece of the stack. */
const stackResources = {
	"monitoring.coreos.com": [
		"Prometheus",
		"PrometheusAgent",
		"Alertmanager",
		"ThanosRuler"
	],
	"grafana.integreatly.org": ["Grafana"],
	"loki.grafana.com": ["LokiStack"],
	"tempo.grafana.com": ["TempoStack", "TempoMonolithic"],
	"jaegertracing.io": ["Jaeger"],
	"elasticsearch.k8s.elastic.co": ["Elasticsearch"],
	"kibana.k8s.elastic.co": ["Kibana"]
};
const stackNames = /^(prometheus(?!-to-sd)|alertmanager|thanos|grafana|loki|tempo|mimir|jaeger|elasticsearch|opensearch|kibana|pushgateway|victoria-metrics|kube-prometheus)(-[a-z0-9-]+)?$/;
/** Log and telemetry collectors. Fluentd and Fluent Bit on their own are a log aggregator, part of the stack. */
const collectorNames = /^(fluentd|fluent-bit|opentelemetry-collector|otelcol|prometheus-to-sd)(-[a-z0-9-]+)?$/;
const aggregatorNames = /^(fluentd|fluent-bit)(-[a-z0-9-]+)?$/;
/** Containers that run beside a piece of the stack without changing what the pod is. */
const helperNames = /* @__PURE__ */ new Set([
	"configmap-reload",
	"config-reloader",
	"k8s-sidecar",
	"oauth2-proxy",
	"kube-rbac-proxy",
	"istio-proxy"
]);
const exporterNames = /(^|-)exporter$|^kube-state-metrics$/;
const nameLabels = [
	"app.kubernetes.io/name",
	"app.kubernetes.io/part-of",
	"app",
	"k8s-app"
];
var observability_colocated_default = defineObjectCheck({
	meta: {
		id: "observability-colocated",
		title: "Observability stack deployed with the applications",
		severity: "info",
		category: "environments",
		description: "Finds the monitoring and logging stack in a scope: Prometheus, Alertmanager, Thanos, Grafana, Loki, Tempo, Mimir, Jaeger, Elasticsearch, OpenSearch, Kibana and Pushgateway workloads (by image, or by an app.kubernetes.io/name, app.kubernetes.io/part-of, app or k8s-app label), Fluentd and Fluent Bit running as an aggregator of their own, and operator resources (monitoring.coreos.com Prometheus, PrometheusAgent, Alertmanager, ThanosRuler; Grafana, LokiStack, TempoStack, Jaeger, Elastic Elasticsearch and Kibana). Each is reported when the same scope also runs an application: a long-running workload with a container that is none of these. DaemonSets (per-node agents such as log shippers and node-exporter), Jobs, CronJobs, exporters and OpenTelemetry or Grafana Alloy collectors count on neither side. Judges one deployment unit at a time (a chart render, a Kustomize build, or a folder of plain files), never objects of another unit.",
		risk: "Monitoring that ships with the application shares its fate: the release that breaks the application can break, roll back or uninstall the dashboards and alerts needed to see it, a namespace quota or node pressure caused by the application starves Prometheus at that very moment, and a deleted namespace or chart takes the history with it.",
		mitigation: "Deploy the observability stack as its own release or overlay, in its own namespace (monitoring, logging), and let it reach the applications through ServiceMonitors, PodMonitors or log collectors that live beside them.",
		example: `# apps/ scope: the application and what it needs to be monitored
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata: { name: api, namespace: shop }
spec:
  selector: { matchLabels: { app: api } }
  endpoints: [{ port: metrics }]
# monitoring/ scope, rendered and deployed on its own: the Prometheus that scrapes it`
	},
	check(object, { ref, index, report }) {
		const entry = index.entryOf(object);
		if (!entry) return;
		const { roles, applications } = scopeRoles(index);
		const role = roles.get(entry);
		if (role?.kind !== "stack") return;
		const first = applications.find((app) => sameNamespace(app.ref.namespace, ref.namespace)) ?? applications[0];
		if (!first) return;
		const others = applications.length - 1;
		const where = sameNamespace(first.ref.namespace, ref.namespace) ? ref.namespace ? ` in the same namespace "${ref.namespace}"` : "" : first.ref.namespace ? ` in namespace "${first.ref.namespace}"` : " (no namespace set)";
		const component = role.component === ref.kind || role.component === ref.name ? "" : ` (${role.component})`;
		report({
			path: ["metadata", "name"],
			message: `${ref.kind} "${ref.name}"${component} is deployed in the same scope as the application ${first.ref.kind} "${first.ref.name}"${where}${others > 0 ? ` and ${others} other application workload${others === 1 ? "" : "s"}` : ""}.`
		});
	}
});
/** The role of every object of the scope, and the application workloads in scope order: each worked out once. */
const scopeRoles = perScope((index) => {
	const roles = /* @__PURE__ */ new Map();
	const applications = [];
	const labelRoleOf = memoize(readLabel);
	const partOfImage = memoize(partOf);
	for (const entry of index.own) {
		const role = roleOf(entry, labelRoleOf, partOfImage);
		roles.set(entry, role);
		if (entry.pod && role.kind === "application") applications.push(entry);
	}
	return {
		roles,
		applications
	};
});
function readLabel(value) {
	const lower = value.toLowerCase();
	if (exporterNames.test(lower)) return { kind: "exporter" };
	return stackNames.test(lower) || aggregatorNames.test(lower) ? {
		kind: "stack",
		component: lower
	} : { kind: "none" };
}
function roleOf(entry, labelRoleOf, partOfImage) {
	const { object, pod } = entry;
	if (!pod) return stackResources[apiGroupOf(object.apiVersion)]?.includes(object.kind) ? {
		kind: "stack",
		component: object.kind
	} : { kind: "neither" };
	if (!isLongRunning(object) || isKind(object, "DaemonSet")) return { kind: "neither" };
	const own = object.metadata?.labels;
	const labelOf = (key) => {
		if (Object.hasOwn(pod.labels, key)) return pod.labels[key];
		return scalarText(isRecord(own) && Object.hasOwn(own, key) ? own[key] : void 0);
	};
	const labelled = nameLabels.map((key) => labelOf(key)).filter((value) => value !== void 0).map(labelRoleOf);
	if (labelled.some((label) => label.kind === "exporter")) return { kind: "neither" };
	for (const label of labelled) if (label.kind === "stack") return label;
	const parts = containersOf(pod).filter((at) => at.role === "container").map((at) => partOfImage(at.container.image));
	if (parts.length === 0 || parts.some((part) => part.kind === "other")) return { kind: "application" };
	const core = parts.find((part) => part.kind === "stack");
	if (core) return {
		kind: "stack",
		component: core.name
	};
	const aggregator = parts.find((part) => part.kind === "collector" && aggregatorNames.test(part.name));
	if (aggregator) return {
		kind: "stack",
		component: `${aggregator.name} aggregator`
	};
	return { kind: "neither" };
}
/** What a container's image is: a piece of the stack, a collector, an exporter, a helper, or something else. */
function partOf(image) {
	const base = imageBaseName(image) ?? "";
	const repository = imageRepository(image) ?? "";
	if (exporterNames.test(base)) return {
		kind: "exporter",
		name: base
	};
	if (helperNames.has(base) || base === "proxyv2" || repository.endsWith("linkerd/proxy")) return {
		kind: "helper",
		name: base
	};
	if (repository === "grafana/agent" || repository === "grafana/alloy" || collectorNames.test(base)) return {
		kind: "collector",
		name: base
	};
	if (repository.startsWith("jaegertracing/")) return {
		kind: "stack",
		name: base.startsWith("jaeger") ? base : `jaeger-${base}`
	};
	if (stackNames.test(base)) return {
		kind: "stack",
		name: base
	};
	return {
		kind: "other",
		name: base
	};
}

// dist/src/model/intstr.js
/**
* An int-or-percent value (PDB minAvailable, maxUnavailable) as a count of pods out of `total`.
* Percentages round up, as the disruption controller does. Undefined when absent or malformed.
*/
function resolveIntOrPercent(value, total) {
	if (typeof value === "number") return Number.isInteger(value) ? value : void 0;
	if (typeof value !== "string") return void 0;
	const percent = /^(\d+)%$/.exec(value.trim());
	if (percent?.[1]) return Math.ceil(Number(percent[1]) * total / 100);
	return /^\d+$/.test(value.trim()) ? Number(value) : void 0;
}
/** A percentage written as such ("0%", "100%"), else undefined. */
function percentOf(value) {
	const match = typeof value === "string" ? /^(\d+)%$/.exec(value.trim()) : null;
	return match?.[1] ? Number(match[1]) : void 0;
}

// dist/checks/pdb-blocks-eviction.js
const hang = "no pod can ever be evicted, so node drains and cluster upgrades hang";
var pdb_blocks_eviction_default = defineObjectCheck({
	meta: {
		id: "pdb-blocks-eviction",
		title: "PodDisruptionBudget that allows no eviction",
		severity: "error",
		category: "disruptions",
		description: "Fires on a PodDisruptionBudget with maxUnavailable 0 or \"0%\", minAvailable \"100%\", or a minAvailable that is not below the replicas the selected workloads run at their lowest (added up over all of them; autoscaler minimums used, a floor of zero counted as the first pod, percentages rounded up as the disruption controller does). Budgets over DaemonSets are judged only on their literal values.",
		risk: "The eviction API refuses every request for the selected pods. kubectl drain retries forever, the cluster autoscaler never scales the node down, and managed node-pool upgrades stall, fail, or after their timeout drain the node regardless of the budget, which is the outage it was meant to prevent.",
		mitigation: "Allow at least one disruption: set maxUnavailable: 1 (or a percentage above 0), or a minAvailable below the lowest replica count, and run enough replicas that losing one is safe.",
		example: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: api
spec:
  maxUnavailable: 1
  selector:
    matchLabels: { app: api }`
	},
	kinds: ["PodDisruptionBudget"],
	check(object, { ref, index, report }) {
		if (!isBudget(object)) return;
		const spec = object["spec"];
		if (!isRecord(spec)) return;
		const workloads = workloadsOfBudget(object, ref.namespace, index).filter((w) => isLongRunning(w.object));
		const selected = workloads.length > 0 ? ` of the pods of ${listRefs(workloads)}` : "";
		const maxUnavailable = spec["maxUnavailable"];
		if (maxUnavailable !== void 0 && maxUnavailable !== null && (percentOf(maxUnavailable) ?? resolveIntOrPercent(maxUnavailable, 1)) === 0) report({
			path: ["spec", "maxUnavailable"],
			message: `maxUnavailable ${JSON.stringify(maxUnavailable)} allows no voluntary disruption${selected}: ${hang}.`
		});
		const minAvailable = spec["minAvailable"];
		if (minAvailable === void 0 || minAvailable === null) return;
		const shown = JSON.stringify(minAvailable);
		if ((percentOf(minAvailable) ?? 0) >= 100) {
			report({
				path: ["spec", "minAvailable"],
				message: `minAvailable ${shown} requires every pod it selects${workloads.length > 0 ? ` (${listRefs(workloads)})` : ""} to stay available: ${hang}.`
			});
			return;
		}
		if (workloads.length === 0) return;
		const floors = workloads.map((workload) => floorOf(workload, index));
		if (floors.some((floor) => floor === void 0)) return;
		const known = floors.filter((floor) => floor !== void 0);
		const lowest = known.reduce((sum, floor) => sum + floor.count, 0);
		const total = Math.max(lowest, 1);
		const required = resolveIntOrPercent(minAvailable, total);
		if (required === void 0 || required < total) return;
		const rounding = percentOf(minAvailable) !== void 0 ? ` (${shown} of ${total}, rounded up)` : "";
		const parts = known.slice(0, 4).map((floor) => `${floor.name}: ${floor.source}`).join("; ") + (known.length > 4 ? `; and ${known.length - 4} more` : "");
		const only = known.length === 1 ? known[0] : void 0;
		const running = only ? lowest === 0 ? `${only.name} scales to zero (${only.source}), so it runs 1 pod at its lowest when up` : `${only.name} runs ${only.autoscaled ? `${total} at its lowest` : total} (${only.source})` : lowest === 0 ? `the ${known.length} workloads it selects scale to zero (${parts}), so they run 1 pod at their lowest when up` : `the ${known.length} workloads it selects run ${total} together at their lowest (${parts})`;
		report({
			path: ["spec", "minAvailable"],
			message: `minAvailable ${shown} requires ${required} available pod${required === 1 ? "" : "s"}${rounding}, and ${running}: ${hang}.`
		});
	}
});
/** The fewest pods a selected workload runs; undefined when unknown (DaemonSet: one per node). */
function floorOf(workload, index) {
	const name = describeRef(workload.ref);
	if (isKind(workload.object, "Pod")) return {
		name,
		count: 1,
		source: "1 pod",
		autoscaled: false
	};
	if (isReplicated(workload.object) || isKind(workload.object, "ReplicaSet") || isKind(workload.object, "ReplicationController")) {
		const floor = replicaFloor(workload, index);
		return floor && {
			name,
			...floor
		};
	}
}

// dist/checks/pdb-missing.js
/** policy/v1 PodDisruptionBudget is served from 1.21; policy/v1beta1 before. */
const policyV1Since = [1, 21];
/** spec.unhealthyPodEvictionPolicy is honoured from 1.27 (PDBUnhealthyPodEvictionPolicy beta and on by default). */
const unhealthyPolicySince = [1, 27];
var pdb_missing_default = defineObjectCheck({
	meta: {
		id: "pdb-missing",
		title: "Replicated workload without a PodDisruptionBudget",
		severity: "warning",
		category: "disruptions",
		description: "A Deployment or StatefulSet that runs two or more replicas at its lowest (spec.replicas, or the minimum of the HorizontalPodAutoscaler or KEDA ScaledObject that scales it) must have its pods selected by a PodDisruptionBudget of its own namespace. DaemonSets, Jobs and CronJobs are not looked at; custom resources that run pods continuously are, where their replica field is known (an Argo Rollout's spec.replicas, a Ray worker group's replicas). Relates the workload to the budgets of its deployment unit and, in a namespace it names, of other units: with dev/ and prod/ folders applied apart, dev's budget does not cover prod.",
		risk: "Without a budget, voluntary disruptions are not rate limited: a node drain, a cluster autoscaler scale-down or a managed node-pool upgrade may evict every replica at the same time, and the extra replicas buy no availability during maintenance.",
		mitigation: "Add a policy/v1 PodDisruptionBudget in the same namespace whose selector matches the pod template labels, with maxUnavailable: 1 (or a minAvailable below the replica count).",
		fix: "Adds a PodDisruptionBudget after the workload in its file: named as the workload, in its namespace, with its labels, its spec.selector (for an old apiVersion without one, the template labels that version made it from) and maxUnavailable: 1 (policy/v1; policy/v1beta1 for targets before 1.21). From 1.27 it sets unhealthyPodEvictionPolicy too: AlwaysAllow for a Deployment, IfHealthyBudget (the default, written out) for a StatefulSet, whose starting pods may be a database replaying its log. No budget is added when the selector would also select the pods of another workload, or a budget of that name exists.",
		example: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: api
spec:
  maxUnavailable: 1
  selector:
    matchLabels: { app: api }`
	},
	kinds: ["Deployment", "StatefulSet"],
	check(object, { index, settings, report }) {
		if (!isReplicated(object)) return;
		const entry = index.entryOf(object);
		if (!entry?.pod) return;
		const floor = replicaFloor(entry, index);
		if (!floor || floor.count < 2) return;
		if (budgetsProtecting(entry, index).length > 0) return;
		const elsewhere = budgetsElsewhere(entry, index);
		const emptyBeta = index.sift(emptyBetaBudgets, {
			kind: "PodDisruptionBudget",
			namespace: entry.ref.namespace
		})();
		const hints = [...elsewhere.slice(0, 3).map((budget) => `${describeRef(budget.ref, true)} would match, but a budget only covers pods of its own namespace`), ...emptyBeta.slice(0, 3).map((budget) => `${describeRef(budget.ref)} is policy/v1beta1, where an empty selector selects no pods`)];
		const where = entry.ref.namespace === "" ? "" : ` ${namespaceText$3(entry.ref.namespace)}`;
		report({
			path: replicaFieldOf(object)?.path ?? ["spec", "replicas"],
			message: `${describeWorkload(entry)} runs ${floor.autoscaled ? `at least ${floor.count} replicas (${floor.source})` : `${floor.count} replicas`}, but no PodDisruptionBudget${where} selects its pods${hints.length > 0 ? ` (${hints.join("; ")})` : ""}.`,
			fix: budgetFix(object, entry, index, settings)
		});
	}
});
/**
* A budget of maxUnavailable 1 over the workload's own selector. Undefined where that selector is missing,
* empty, or selects other workloads' pods as well (one budget would then ration them together), and where
* the name is taken or would not be a valid one.
*/
function budgetFix(object, entry, index, settings) {
	const target = parseMinorVersion(settings.kubernetesVersion);
	const selector = workloadSelector(object)?.selector;
	if (!target || !selector || isEmptySelector(selector)) return void 0;
	const { namespace, name } = entry.ref;
	if (index.podsSelectedBy(selector, namespace).some((other) => other.object !== object)) return void 0;
	if (!isDns1123Subdomain(name) || index.named("PodDisruptionBudget", name, namespace).length > 0) return void 0;
	const copied = {};
	if (selector["matchLabels"] !== void 0) copied["matchLabels"] = copyData(selector["matchLabels"]);
	if (selector["matchExpressions"] !== void 0) copied["matchExpressions"] = copyData(selector["matchExpressions"]);
	const metadata = { name };
	const written = object.metadata?.namespace;
	if (typeof written === "string" && written !== "") metadata["namespace"] = written;
	const labels = stringLabels(object.metadata?.labels);
	if (labels) metadata["labels"] = labels;
	const budgetSpec = { maxUnavailable: 1 };
	if (compareVersions(target, unhealthyPolicySince) >= 0) budgetSpec["unhealthyPodEvictionPolicy"] = isKind(object, "StatefulSet") ? "IfHealthyBudget" : "AlwaysAllow";
	budgetSpec["selector"] = copied;
	const apiVersion = compareVersions(target, policyV1Since) >= 0 ? "policy/v1" : "policy/v1beta1";
	return {
		description: `adds ${apiVersion} PodDisruptionBudget "${name}" with maxUnavailable: 1 over the selector of ${describeRef(entry.ref)}`,
		add: [{
			apiVersion,
			kind: "PodDisruptionBudget",
			metadata,
			spec: budgetSpec
		}]
	};
}
/** The policy/v1beta1 budgets with an empty selector (of a namespace, asked of a list of budgets). */
const emptyBetaBudgets = entriesWhere((budget) => isEmptyBetaSelector(budget.object));

// dist/checks/pdb-overlap.js
var pdb_overlap_default = defineObjectCheck({
	meta: {
		id: "pdb-overlap",
		title: "Two PodDisruptionBudgets select the same pods",
		severity: "warning",
		category: "disruptions",
		description: "Fires on a PodDisruptionBudget whose selector matches the pods of a workload that an earlier budget of the same deployment unit and namespace (in the order the manifests are read) also selects; the finding names the first budget and the workload. An empty policy/v1 selector selects every pod of its namespace and so overlaps every other budget there; an empty policy/v1beta1 selector selects nothing. Two manifests of the same budget (same name and namespace) are one object in the cluster and are left alone. The eviction API refuses to evict a pod that more than one budget covers (the eviction subresource answers \"This pod has more than one PodDisruptionBudget, which the eviction subresource does not support\"). A risk none of the peers checks.",
		risk: "Every eviction of the pods fails with an error, so kubectl drain, cluster-autoscaler scale-down and node upgrades stall on the node that runs them until someone deletes one of the budgets by hand.",
		mitigation: "Keep one budget per set of pods: make the selectors disjoint (add a label that tells the workloads apart), or delete the redundant budget.",
		example: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: { name: api }
spec:
  maxUnavailable: 1
  selector:
    matchLabels: { app: api, component: server }   # the only budget over these pods`
	},
	kinds: ["PodDisruptionBudget"],
	check(object, { ref, index, report }) {
		if (!isBudget(object)) return;
		const self = index.entryOf(object);
		if (!self || self.borrowed) return;
		for (const workload of workloadsOfBudget(object, ref.namespace, index)) {
			const budgets = budgetsProtecting(workload, index).filter((budget) => !budget.borrowed && isBudget(budget.object));
			const position = budgets.indexOf(self);
			const first = budgets.slice(0, Math.max(position, 0)).find((other) => !sameObject(other, self));
			if (position < 0 || !first) continue;
			report({
				path: ["spec", "selector"],
				message: `The budget selects the pods of ${describeRef(workload.ref)}, which PodDisruptionBudget "${first.ref.name}" already selects: the eviction API refuses to evict a pod covered by more than one budget, so draining its node fails.`
			});
			return;
		}
	}
});
/** Two manifests of one budget (same name and namespace): one object once applied. */
function sameObject(a, b) {
	return a.ref.name === b.ref.name && (a.ref.namespace || "default") === (b.ref.namespace || "default");
}

// dist/checks/pdb-selects-nothing.js
var pdb_selects_nothing_default = defineObjectCheck({
	meta: {
		id: "pdb-selects-nothing",
		title: "PodDisruptionBudget that selects no workload",
		severity: "warning",
		category: "disruptions",
		description: "Fires on a PodDisruptionBudget whose selector matches the pod template of no workload of its own namespace in the reviewed manifests. A missing selector selects nothing; an empty one ({}) selects every pod of the namespace in policy/v1, and nothing in policy/v1beta1. Labels written directly under selector, outside matchLabels, are reported too. Pods that an operator creates for a custom resource (an Argo Rollout, a Prometheus) count as selected when the resource carries matching labels. Relates the budget to the workloads of its deployment unit and, in a namespace it names, of other units; silent when the unit deploys no workload of its own into that namespace or holds a Role that creates pods at run time, unless the selector matches a workload of another namespace.",
		risk: "The budget protects nothing, while it looks like it does: a node drain or upgrade can evict all replicas of the workload it was written for at once. A selector that drifted from the pod labels, a typo or a budget in the wrong namespace all end this way.",
		mitigation: "Make spec.selector match the labels of the pod template (not the workload's own metadata labels), and put the budget in the namespace of the workload. Delete budgets left over from removed workloads.",
		example: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: api
  namespace: shop
spec:
  maxUnavailable: 1
  selector:
    matchLabels: { app: api }   # the labels of the Deployment's pod template in shop`
	},
	kinds: ["PodDisruptionBudget"],
	check(object, { ref, index, report }) {
		if (!isBudget(object)) return;
		const spec = object["spec"];
		const selector = isRecord(spec) ? spec["selector"] : void 0;
		const path = ["spec", "selector"];
		if (selector === void 0 || selector === null) {
			report({
				path,
				message: "The PodDisruptionBudget has no selector, and a budget without one selects no pods."
			});
			return;
		}
		if (!isRecord(selector)) {
			report({
				path,
				message: `The selector ${JSON.stringify(selector)} is not a label selector (matchLabels, matchExpressions), so it selects no pods.`
			});
			return;
		}
		const stray = Object.keys(selector).filter((key) => key !== "matchLabels" && key !== "matchExpressions");
		if (stray.length > 0) {
			report({
				path: [...path, stray[0] ?? ""],
				message: `The selector holds ${stray.map((key) => `"${key}"`).join(", ")} directly, outside matchLabels and matchExpressions: the API server rejects the budget, or without strict validation drops the field, and the selector no longer means what it says.`
			});
			return;
		}
		if (isEmptyBetaSelector(object)) {
			report({
				path,
				message: "The selector is empty, and in policy/v1beta1 an empty selector selects no pods (policy/v1 would select the whole namespace)."
			});
			return;
		}
		if (workloadsOfBudget(object, ref.namespace, index).length > 0) return;
		if (customResourcesSelected(selector, ref.namespace, index).length > 0) return;
		const elsewhere = podsElsewhere(index, selector, ref.namespace);
		if (elsewhere.length === 0 && !unitKnowsPodsIn(index, ref.namespace)) return;
		const where = ref.namespace === "" ? "among the objects without a namespace" : namespaceText$3(ref.namespace);
		const ownLabels = workloadsLabelledFor(index, selector, ref.namespace);
		const hint = elsewhereHint(elsewhere) || ownHint(ownLabels);
		report({
			path,
			message: isEmptySelector(selector) ? `The empty selector selects every pod of its namespace, but there is no workload ${where}.` : `The selector "${formatSelector(selector)}" matches the pods of no workload ${where}${hint}.`
		});
	}
});
const objectsByPodLabel = (objects) => labelLookup(objects.filter((entry) => entry.pod !== void 0), (entry) => entry.pod ? [entry.pod.labels] : []);
/** The workloads of other namespaces whose pods the selector would match. */
function podsElsewhere(index, selector, namespace) {
	return index.sift(objectsByPodLabel, {})(selector.matchLabels).filter((entry) => !sameNamespace(entry.ref.namespace, namespace) && entry.pod !== void 0 && matchesLabelSelector(selector, entry.pod.labels));
}
function elsewhereHint(elsewhere) {
	return elsewhere.length === 0 ? "" : ` (it would match ${listRefs(elsewhere, true)}, but a budget only selects pods of its own namespace)`;
}
function ownHint(workloads) {
	const first = workloads[0];
	return first ? ` (it matches the labels of ${describeRef(first.ref)} itself, but a budget selects pods by their template labels)` : "";
}

// dist/checks/pdb-unhealthy-policy-missing.js
/** The release from which the API server honours the field by default (PDBUnhealthyPodEvictionPolicy: alpha 1.26, beta and on 1.27, GA 1.31). */
const servedFrom = [1, 27];
var pdb_unhealthy_policy_missing_default = defineObjectCheck({
	meta: {
		id: "pdb-unhealthy-policy-missing",
		title: "PodDisruptionBudget that guards crash-looping pods",
		severity: "info",
		category: "disruptions",
		description: "Fires on a policy/v1 PodDisruptionBudget that leaves spec.unhealthyPodEvictionPolicy unset, when the target Kubernetes version (--kube-version) is 1.27 or later: the field came with the PDBUnhealthyPodEvictionPolicy feature gate, alpha and off in 1.26, beta and on by default in 1.27, GA in 1.31, and before 1.27 the API server drops it. Unset, the eviction API applies IfHealthyBudget. A value set explicitly (IfHealthyBudget included) is a choice and is left alone, as are budgets that never hold a pod back (maxUnavailable \"100%\", minAvailable 0 or \"0%\"). From kube-linter's pdb-unhealthy-pod-eviction-policy.",
		risk: "Under IfHealthyBudget a pod that runs but is not Ready may be evicted only while the application has all the healthy pods its budget asks for. When the application is broken (pods crash-looping after a bad release or a missing dependency), that is never true: kubectl drain and node-pool upgrades hang on pods that serve nothing, and the broken release blocks the maintenance that might have fixed the node.",
		mitigation: "Set unhealthyPodEvictionPolicy: AlwaysAllow, so that pods that are not Ready can always be evicted and only healthy ones are counted against the budget. Keep IfHealthyBudget, written out, only for applications whose starting pods must not be interrupted (a database replaying its log).",
		example: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: api
spec:
  maxUnavailable: 1
  unhealthyPodEvictionPolicy: AlwaysAllow
  selector:
    matchLabels: { app: api }`
	},
	kinds: ["PodDisruptionBudget"],
	check(object, { ref, index, settings, report }) {
		if (!isBudget(object) || object.apiVersion.trim() === "policy/v1beta1") return;
		const target = parseMinorVersion(settings.kubernetesVersion);
		if (!target || compareVersions(target, servedFrom) < 0) return;
		const spec = object["spec"];
		if (!isRecord(spec)) return;
		const policy = spec["unhealthyPodEvictionPolicy"];
		if (policy !== void 0 && policy !== null && policy !== "") return;
		const maxUnavailable = spec["maxUnavailable"];
		const minAvailable = spec["minAvailable"];
		if (percentOf(maxUnavailable) === 100 || minAvailable === 0 || minAvailable === "0" || percentOf(minAvailable) === 0) return;
		const workloads = workloadsOfBudget(object, ref.namespace, index);
		const pods = workloads.length === 1 && workloads[0] ? `the pods of ${workloads[0].ref.kind} "${workloads[0].ref.name}"` : "its pods";
		report({
			path: ["spec"],
			message: `PodDisruptionBudget "${ref.name || "?"}" leaves unhealthyPodEvictionPolicy unset (IfHealthyBudget): while ${pods} crash-loop, the budget is short of healthy pods and refuses to evict even the ones that serve nothing, so node drains hang.`
		});
	}
});

// dist/checks/pod-spec-invalid.js
/**
* The kinds whose pod spec the API server validates on create (ValidatePodCreate for a Pod,
* ValidatePodTemplateSpec for the others). A StatefulSet is left out on purpose: the apps validation
* (ValidatePodTemplateSpecForStatefulSet) checks only the template's labels and annotations, so the
* server accepts a StatefulSet with any of these mistakes and its pods fail later, at creation.
* Custom resources that carry a pod template (Argo Rollouts...) are validated by their schema only.
*/
const validatedKinds = [
	"Pod",
	"Deployment",
	"DaemonSet",
	"ReplicaSet",
	"ReplicationController",
	"Job",
	"CronJob"
];
const probeHandlers = [
	"exec",
	"httpGet",
	"tcpSocket",
	"grpc"
];
const lifecycleHandlers = [
	"exec",
	"httpGet",
	"tcpSocket",
	"sleep"
];
const probeNames$1 = {
	livenessProbe: "liveness",
	readinessProbe: "readiness",
	startupProbe: "startup"
};
var pod_spec_invalid_default = defineObjectCheck({
	meta: {
		id: "pod-spec-invalid",
		title: "Pod spec the API server rejects",
		severity: "error",
		category: "correctness",
		description: "Applies rules of the API server's pod validation (pkg/apis/core/validation: ValidatePodSpec, validateContainers, validateInitContainers, validateEphemeralContainers, ValidateVolumes, ValidateVolumeMounts, validateContainerPorts, validateProbe, validateLifecycle, validateHandler, ValidateResourceRequirements) that no schema carries, to Pods and to the pod templates of Deployments, DaemonSets, ReplicaSets, ReplicationControllers, Jobs and CronJobs. It fires on: a container name used twice across containers, init containers and ephemeral containers; a volume name used twice; a volumeMount whose name is no volume of the pod; a container port name that is not an IANA_SVC_NAME (at most 15 characters of a-z, 0-9 and \"-\", at least one letter, no \"--\", no \"-\" at either end) or that repeats within the container; a containerPort outside 1-65535, or a hostPort outside it when set; a probe (of a container or a sidecar) or a postStart/preStop handler with no handler or more than one (exec, httpGet, tcpSocket, grpc for probes; exec, httpGet, tcpSocket, sleep for lifecycle hooks); a resource request above its limit, compared as quantities (1Gi equals 1073741824). StatefulSets are left alone, because their validation skips the pod template and the server accepts them; so are custom resources. Values holding template placeholders are skipped (template-placeholder reports them), and wrong types are left to schema-invalid.",
		risk: "The API server refuses the whole object: kubectl apply, Helm or the GitOps controller fails at deploy time, often halfway through a release, and nothing of the change rolls out. None of these rules is in the OpenAPI schema, so schema validation in CI passes and the failure shows only against a cluster.",
		mitigation: "Rename the duplicate container or volume; add the volume a mount names, or fix the mount's spelling; give ports short lowercase names such as http or metrics (probes and Services may refer to them by that name); keep exactly one handler per probe or hook; raise the limit or lower the request so that the request is at most the limit.",
		example: `spec:
  volumes:
    - name: config
      configMap: { name: web-config }
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
      ports: [{ name: http, containerPort: 8080 }]
      volumeMounts: [{ name: config, mountPath: /etc/web }]
      readinessProbe:
        httpGet: { path: /readyz, port: http }
      resources:
        requests: { cpu: 250m, memory: 256Mi }
        limits: { memory: 256Mi }`
	},
	kinds: validatedKinds,
	check(object, { report }) {
		if (!validatedKinds.some((kind) => isKind(object, kind))) return;
		const pod = podTemplateOf(object);
		if (!pod) return;
		duplicateContainerNames(pod, report);
		const volumes = duplicateVolumeNames(pod, report);
		for (const at of containersOf(pod)) {
			if (volumes) unknownVolumeMounts(at, volumes, report);
			containerPorts(at, report);
			handlers$1(at, report);
			requestsAboveLimits(at, report);
		}
	}
});
/** A name worth comparing: a non-empty string without a template placeholder. */
function nameOf$2(value) {
	return typeof value === "string" && value !== "" && findPlaceholder(value) === void 0 ? value : void 0;
}
/**
* Names must be unique across containers, init containers and ephemeral containers; the API server checks
* them in that order and reports the later one, as this does.
*/
function duplicateContainerNames(pod, report) {
	const seen = /* @__PURE__ */ new Map();
	for (const at of containersOf(pod, [
		"container",
		"initContainer",
		"ephemeralContainer"
	])) {
		const name = nameOf$2(at.container.name);
		if (name === void 0) continue;
		const first = seen.get(name);
		if (!first) {
			seen.set(name, at);
			continue;
		}
		report({
			path: [...at.path, "name"],
			message: `${containerSubject(at)} has the same name as ${first.role === at.role ? `the earlier ${containerLabel(first)}` : containerLabel(first)}; the API server rejects duplicate container names (validateContainers: names are unique across containers, init containers and ephemeral containers).`
		});
	}
}
/**
* Reports volume names used twice (ValidateVolumes) and returns every volume name, or undefined when the
* names cannot be known (a placeholder stands for one, or volumes is not a list).
*/
function duplicateVolumeNames(pod, report) {
	const list = pod.spec.volumes;
	if (list === void 0 || list === null) return /* @__PURE__ */ new Set();
	if (!Array.isArray(list)) return void 0;
	const names = /* @__PURE__ */ new Set();
	let knowable = true;
	list.forEach((volume, i) => {
		if (!isRecord(volume)) return;
		const raw = volume["name"];
		if (typeof raw === "string" && findPlaceholder(raw) !== void 0) knowable = false;
		const name = nameOf$2(raw);
		if (name === void 0) return;
		if (names.has(name)) report({
			path: [
				...pod.path,
				"volumes",
				i,
				"name"
			],
			message: `Volume "${name}" is declared twice in the pod; the API server rejects duplicate volume names (ValidateVolumes).`
		});
		names.add(name);
	});
	return knowable ? names : void 0;
}
/** A mount must name a volume of the pod (ValidateVolumeMounts: NotFound). */
function unknownVolumeMounts(at, volumes, report) {
	const mounts = at.container.volumeMounts;
	if (!Array.isArray(mounts)) return;
	mounts.forEach((mount, i) => {
		if (!isRecord(mount)) return;
		const name = nameOf$2(mount["name"]);
		if (name === void 0 || volumes.has(name)) return;
		const known = [...volumes].map((volume) => `"${volume}"`);
		report({
			path: [
				...at.path,
				"volumeMounts",
				i,
				"name"
			],
			message: `${containerSubject(at)} mounts volume "${name}", which the pod does not declare (${known.length > 0 ? `its volumes are ${known.join(", ")}` : "it has no volumes"}); the API server rejects a volumeMount that names no volume of the pod (ValidateVolumeMounts).`
		});
	});
}
/** validateContainerPorts: IANA_SVC_NAME names unique in the container, port numbers in 1-65535. */
function containerPorts(at, report) {
	const ports = at.container.ports;
	if (!Array.isArray(ports)) return;
	const names = /* @__PURE__ */ new Set();
	ports.forEach((port, i) => {
		if (!isRecord(port)) return;
		const path = [
			...at.path,
			"ports",
			i
		];
		const name = nameOf$2(port["name"]);
		if (name !== void 0) {
			const problem = portNameProblem(name);
			if (problem) report({
				path: [...path, "name"],
				message: `${containerSubject(at)} names a port "${name}", which is not a valid port name (IANA_SVC_NAME): it ${problem}. The API server rejects it (validateContainerPorts).`
			});
			else if (names.has(name)) report({
				path: [...path, "name"],
				message: `${containerSubject(at)} names two ports "${name}"; the API server rejects a port name repeated within a container (validateContainerPorts).`
			});
			else names.add(name);
		}
		const containerPort = port["containerPort"];
		if (typeof containerPort === "number" && Number.isInteger(containerPort) && (containerPort < 1 || containerPort > 65535)) report({
			path: [...path, "containerPort"],
			message: `${containerSubject(at)} declares containerPort ${containerPort}, outside 1-65535; the API server rejects it (validateContainerPorts${containerPort === 0 ? ": 0 counts as unset, and the field is required" : ""}).`
		});
		const hostPort = port["hostPort"];
		if (typeof hostPort === "number" && Number.isInteger(hostPort) && hostPort !== 0 && (hostPort < 1 || hostPort > 65535)) report({
			path: [...path, "hostPort"],
			message: `${containerSubject(at)} declares hostPort ${hostPort}, outside 1-65535; the API server rejects it (validateContainerPorts).`
		});
	});
}
/**
* validateHandler: a probe or lifecycle hook needs exactly one handler. Probes are judged on containers and
* sidecars only: on other init containers the API server forbids them outright, a different mistake.
*/
function handlers$1(at, report) {
	const container = at.container;
	if (!(at.role === "container" || isSidecar(at))) return;
	for (const field of probeFields) {
		const probe = container[field];
		if (isRecord(probe)) handlerCount(probe, probeHandlers, [...at.path, field], `The ${probeNames$1[field]} probe of ${probeContainerLabel(at)}`, report);
	}
	const lifecycle = container["lifecycle"];
	if (!isRecord(lifecycle)) return;
	for (const hook of ["postStart", "preStop"]) {
		const handler = lifecycle[hook];
		if (isRecord(handler)) handlerCount(handler, lifecycleHandlers, [
			...at.path,
			"lifecycle",
			hook
		], `The ${hook} hook of ${probeContainerLabel(at)}`, report);
	}
}
function handlerCount(value, kinds, path, what, report) {
	const present = kinds.filter((kind) => value[kind] !== void 0 && value[kind] !== null);
	if (present.length === 1) return;
	if (present.length === 0) {
		report({
			path,
			message: `${what} has no handler (one of ${kinds.join(", ")}); the API server rejects it (validateHandler: "must specify a handler type").`
		});
		return;
	}
	report({
		path: [...path, present[1]],
		message: `${what} has ${present.length} handlers (${present.join(", ")}); the API server rejects more than one (validateHandler: "may not specify more than 1 handler type").`
	});
}
/** ValidateResourceRequirements: a request must be at most the limit of the same resource. */
function requestsAboveLimits(at, report) {
	const resources = at.container.resources;
	if (!isRecord(resources)) return;
	const requests = resources["requests"];
	const limits = resources["limits"];
	if (!isRecord(requests) || !isRecord(limits)) return;
	for (const [resource, request] of Object.entries(requests)) {
		if (!Object.hasOwn(limits, resource)) continue;
		const limit = limits[resource];
		if (compareQuantities(request, limit) !== 1) continue;
		report({
			path: [
				...at.path,
				"resources",
				"requests",
				resource
			],
			message: `${containerSubject(at)} requests ${resource} ${String(request)}, above its limit ${String(limit)}; the API server rejects a request above the limit (ValidateResourceRequirements).`
		});
	}
}

// dist/checks/prestop-hook-missing.js
/** The pause --fix adds: the middle of the 5 to 15 seconds the mitigation advises. */
const pauseSeconds = 10;
/** The kubelet's grace period when the pod sets none. */
const defaultGraceSeconds = 30;
/** PodLifecycleSleepAction: alpha in 1.29, beta and on by default from 1.30, GA in 1.34. */
const sleepActionSince = [1, 30];
var prestop_hook_missing_default = defineObjectCheck({
	meta: {
		id: "prestop-hook-missing",
		title: "Served container without a preStop hook",
		severity: "warning",
		category: "disruptions",
		description: "Every regular container of a long-running workload whose pods a Service selects must have a lifecycle.preStop hook (exec, httpGet or the native sleep). Init containers, Jobs and CronJobs are not looked at.",
		risk: "When a pod is deleted, the kubelet sends SIGTERM at the same time as the endpoint controller starts removing the pod from the Service. kube-proxy, ingress controllers and cloud load balancers keep sending it requests for a few more seconds, so every rollout, scale-down and node drain ends with connection resets and 502s for requests that reach a process already shutting down.",
		mitigation: "Add a preStop hook that waits until endpoint removal has propagated, typically 5 to 15 seconds: lifecycle.preStop.sleep.seconds on Kubernetes 1.30+, or exec sleep where the image has a sleep binary. Keep terminationGracePeriodSeconds longer than the sleep plus the application's own shutdown.",
		fix: `Adds a ${pauseSeconds}-second preStop pause to the container: the sleep action (lifecycle.preStop.sleep.seconds) when the target is Kubernetes 1.30 or later, before that an exec of \`sleep\`, which needs a sleep binary in the image. A terminationGracePeriodSeconds set below the default ${defaultGraceSeconds} is raised by the pause, so the application keeps the time it had to shut down after SIGTERM. A hook holding another handler (tcpSocket) is left alone.`,
		example: `spec:
  terminationGracePeriodSeconds: 45
  containers:
    - name: api
      lifecycle:
        preStop:
          sleep: { seconds: 10 }`
	},
	kinds: [
		"Pod",
		"Deployment",
		"StatefulSet",
		"DaemonSet",
		"ReplicaSet",
		"ReplicationController"
	],
	check(object, { index, settings, report }) {
		if (!isLongRunning(object)) return;
		const entry = index.entryOf(object);
		if (!entry?.pod) return;
		const services = index.servicesSelecting(entry);
		if (services.length === 0) return;
		const served = `served by ${listRefs(services)}`;
		for (const at of containersOf(entry.pod, ["container"])) {
			const lifecycle = at.container.lifecycle;
			const preStop = isRecord(lifecycle) ? lifecycle["preStop"] : void 0;
			if (isRecord(preStop) && (isRecord(preStop["exec"]) || isRecord(preStop["httpGet"]) || isRecord(preStop["sleep"]))) continue;
			const what = isRecord(preStop) ? "has a preStop hook without an exec, httpGet or sleep handler, so it does nothing" : "has no preStop hook";
			report({
				path: [
					...at.path,
					"lifecycle",
					"preStop"
				],
				message: `${capitalize$1(containerLabel(at))} of ${describeRef(entry.ref)}, ${served}, ${what}: requests still routed to it fail once it gets SIGTERM.`,
				fix: pauseFix(object, entry.pod, at, settings)
			});
		}
	}
});
/**
* The preStop pause for one container, and the grace period raised by it where that was set below the
* default. Undefined where the hook or the grace period holds something the fix cannot build on.
*/
function pauseFix(object, pod, at, settings) {
	const target = parseMinorVersion(settings.kubernetesVersion);
	if (!target) return void 0;
	const declared = pod.spec.terminationGracePeriodSeconds;
	const grace = declared === void 0 || declared === null ? defaultGraceSeconds : intLike(declared);
	if (grace === void 0 || grace === 0) return void 0;
	const sleepAction = compareVersions(target, sleepActionSince) >= 0;
	const [handler, action] = sleepAction ? ["sleep", { seconds: pauseSeconds }] : ["exec", { command: ["sleep", String(pauseSeconds)] }];
	const hookPath = [
		...at.path,
		"lifecycle",
		"preStop"
	];
	const lifecycle = at.container.lifecycle;
	const hook = isRecord(lifecycle) ? lifecycle["preStop"] : void 0;
	if (isRecord(hook) && Object.keys(hook).length > 0) return void 0;
	const edits = [isRecord(hook) ? {
		op: "set",
		path: [...hookPath, handler],
		value: action
	} : {
		op: "set",
		path: hookPath,
		value: { [handler]: action }
	}];
	const gracePath = [...pod.path, "terminationGracePeriodSeconds"];
	const raise = grace < defaultGraceSeconds;
	if (raise) edits.push({
		op: "set",
		path: gracePath,
		value: grace + pauseSeconds
	});
	if (!edits.every((edit) => canSetAt(object, edit.path))) return void 0;
	const pause = sleepAction ? `lifecycle.preStop.sleep.seconds: ${pauseSeconds}` : `a preStop exec of "sleep ${pauseSeconds}" (the image needs a sleep binary)`;
	const raised = raise ? ` and raises terminationGracePeriodSeconds from ${grace} to ${grace + pauseSeconds}` : "";
	return {
		description: `adds ${pause} to ${containerLabel(at)}${raised}`,
		edits
	};
}
function capitalize$1(text) {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

// dist/checks/privilege-escalation-allowed.js
var privilege_escalation_allowed_default = defineObjectCheck({
	meta: {
		id: "privilege-escalation-allowed",
		title: "Privilege escalation explicitly allowed",
		severity: "warning",
		category: "security",
		description: "Reports every container, init container and ephemeral container that sets securityContext.allowPrivilegeEscalation: true, as kube-linter's privilege-escalation-container and Polaris's privilegeEscalationAllowed do (both also flag an unset value; this check leaves unset alone, since the restricted Pod Security level covers it). It stays silent where another check already speaks: when the workload is held to the restricted level (by the run's --pod-security-level or its namespace's enforce label), pss-privilege-escalation reports the same field; a privileged container always escalates and pss-privileged reports it. Windows pods (spec.os.name or a kubernetes.io/os nodeSelector) are skipped: the field has no effect there.",
		risk: "With no_new_privs off, a process in the container can gain more privileges than it started with, through a setuid or setgid binary in the image or file capabilities, so a foothold in the application becomes root in the container and a shorter path to the node. Setting it to true explicitly opts out of the protection a restricted namespace would demand, and the pod is rejected the day the namespace enforces restricted.",
		mitigation: "Set securityContext.allowPrivilegeEscalation: false (or remove the line and set it to false when hardening to the restricted level). If the process really needs to gain privileges, give it the one capability it needs in capabilities.add instead and keep escalation off.",
		example: `containers:
  - name: api
    image: registry.example.com/api:1.4.2
    securityContext:
      allowPrivilegeEscalation: false
      capabilities: { drop: [ALL] }`
	},
	kinds: workloadKinds,
	check(object, { ref, index, settings, report }) {
		const pod = podTemplateOf(object);
		if (!pod || runsOnWindows(pod)) return;
		if (includes(judgementFor(ref, index, settings).level, "restricted")) return;
		for (const at of containersOf(pod, [
			"container",
			"initContainer",
			"ephemeralContainer"
		])) {
			const context = securityContextOf(at);
			if (context?.["allowPrivilegeEscalation"] !== true) continue;
			if (context["privileged"] === true) continue;
			report({
				path: containerFieldPath(at, "allowPrivilegeEscalation"),
				message: `${containerSubject(at)} sets securityContext.allowPrivilegeEscalation: true, so its processes can gain privileges through setuid binaries and file capabilities; set it to false.`
			});
		}
	}
});

// dist/checks/probe-port-unknown.js
const probeNames = {
	livenessProbe: "liveness",
	readinessProbe: "readiness",
	startupProbe: "startup"
};
var probe_port_unknown_default = defineObjectCheck({
	meta: {
		id: "probe-port-unknown",
		title: "Probe on a port name the container does not declare",
		severity: "error",
		category: "probes",
		description: "Resolves the named port of every liveness, readiness and startup probe (httpGet, tcpSocket) against the ports of the same container, which is where the kubelet looks, in every workload kind. Fires when no port of that container has the name. Numeric ports are not judged. A gRPC probe takes a port number only, so a name there is reported too.",
		risk: "The API server accepts any well-formed port name, but the kubelet cannot resolve an undeclared one and counts every run of the probe as a failure. A readiness probe then keeps the pod out of its Services forever and a rollout stalls; a liveness or startup probe restarts the container in a loop.",
		mitigation: "Declare the port under the container's own ports with that name (a port of another container of the pod does not count), fix the spelling, or give the probe the port number.",
		example: `containers:
  - name: api
    ports: [{ name: http, containerPort: 8080 }]
    readinessProbe:
      httpGet: { path: /readyz, port: http }`
	},
	kinds: workloadKinds,
	check(object, { report }) {
		const pod = podTemplateOf(object);
		if (!pod) return;
		const all = containersOf(pod, [
			"container",
			"initContainer",
			"ephemeralContainer"
		]);
		for (const at of containersOf(pod)) for (const field of probeFields) {
			const probe = probeOf(at.container, field);
			if (!probe) continue;
			const what = `The ${probeNames[field]} probe of ${probeContainerLabel(at)}`;
			for (const handler of ["httpGet", "tcpSocket"]) {
				const action = probe[handler];
				const port = isRecord(action) ? action["port"] : void 0;
				if (!isNamedPort(port) || declares(at, port)) continue;
				report({
					path: [
						...at.path,
						field,
						handler,
						"port"
					],
					message: `${what} targets the port "${port}", which the container does not declare${elsewhere(at, port, all)}.`
				});
			}
			const grpc = probe.grpc;
			const grpcPort = isRecord(grpc) ? grpc["port"] : void 0;
			if (isNamedPort(grpcPort)) {
				const number = declaredPorts(at.container).find((p) => p.name === grpcPort)?.containerPort;
				report({
					path: [
						...at.path,
						field,
						"grpc",
						"port"
					],
					message: typeof number === "number" ? `${what} gives its gRPC port by the name "${grpcPort}", but gRPC probes take a number only: use ${number}.` : `${what} gives its gRPC port by the name "${grpcPort}", which gRPC probes do not resolve and the container does not declare.`
				});
			}
		}
	}
});
function declares(at, name) {
	return declaredPorts(at.container).some((port) => port.name === name);
}
/** Says which other container declares the name, the usual cause of the mistake. */
function elsewhere(at, name, all) {
	const owner = all.find((other) => other !== at && declares(other, name));
	if (owner) return ` (${containerLabel(owner)} does, but a probe resolves names in its own container only)`;
	const names = declaredPorts(at.container).flatMap((port) => port.name ? [`"${port.name}"`] : []);
	return names.length > 0 ? ` (it names ${names.join(", ")})` : " (it names no ports)";
}

// dist/checks/probes-identical.js
var probes_identical_default = defineObjectCheck({
	meta: {
		id: "probes-identical",
		title: "Liveness and readiness probes hit the same endpoint",
		severity: "warning",
		category: "probes",
		description: "Compares the liveness and readiness probe of every container: same handler and same target (HTTP path, port, host and scheme with named ports resolved; TCP port; gRPC port and service; exec command).",
		risk: "When the shared endpoint fails, for example because a dependency is slow, the pod is taken out of the Service and restarted at the same moment. Restarts then pile up under load instead of the pod resting until it is ready again, and one slow dependency can restart the whole fleet.",
		mitigation: "Point the readiness probe at an endpoint that reports whether the pod can serve traffic now, and the liveness probe at a cheaper one that only fails when the process is stuck and a restart helps. Or drop the liveness probe if the process exits on its own when it breaks.",
		example: `containers:
  - name: api
    ports: [{ name: http, containerPort: 8080 }]
    readinessProbe:
      httpGet: { path: /readyz, port: http }
    livenessProbe:
      httpGet: { path: /livez, port: http }
      failureThreshold: 6`
	},
	kinds: workloadKinds,
	check(object, { report }) {
		const pod = podTemplateOf(object);
		if (!pod) return;
		for (const at of containersOf(pod)) {
			const { livenessProbe, readinessProbe } = at.container;
			if (!livenessProbe || !readinessProbe) continue;
			const liveness = endpointOf(livenessProbe, at.container);
			const readiness = endpointOf(readinessProbe, at.container);
			if (liveness !== void 0 && liveness === readiness) report({
				path: [...at.path, "livenessProbe"],
				message: `The liveness and readiness probes of ${containerLabel(at)} both check ${liveness}.`
			});
		}
	}
});
/** A description of what a probe calls, equal for two probes exactly when they hit the same endpoint. */
function endpointOf(probe, container) {
	if (probe.httpGet) {
		const { path = "/", host = "", scheme = "HTTP" } = probe.httpGet;
		const target = host ? `${host}:${portOf(probe.httpGet.port, container)}` : `port ${portOf(probe.httpGet.port, container)}`;
		return `${String(scheme).toUpperCase()} GET ${String(path) || "/"} on ${target}`;
	}
	if (probe.tcpSocket) {
		const { host = "" } = probe.tcpSocket;
		return `a TCP connection to ${host ? `${host}:` : "port "}${portOf(probe.tcpSocket.port, container)}`;
	}
	if (probe.grpc) return `gRPC health${probe.grpc.service ? ` service "${probe.grpc.service}"` : ""} on port ${String(probe.grpc.port)}`;
	if (probe.exec) return Array.isArray(probe.exec.command) ? `the command ${JSON.stringify(probe.exec.command)}` : void 0;
}
/** A named port is resolved through the container's ports, so `http` and 8080 compare equal. */
function portOf(port, container) {
	if (typeof port === "string" && !/^\d+$/.test(port)) {
		const declared = Array.isArray(container.ports) ? container.ports.find((p) => p.name === port) : void 0;
		return declared ? String(declared.containerPort) : `"${port}"`;
	}
	return String(port);
}

// dist/checks/proxy-layers-excessive.js
const maxDepth = 8;
const proxyImage = /^(nginx|envoy|haproxy|traefik|caddy)(-(unprivileged|alpine|slim|distroless|debian|contrib))?$/;
var proxy_layers_excessive_default = defineObjectCheck({
	meta: {
		id: "proxy-layers-excessive",
		title: "Too many reverse proxies in front of the application",
		severity: "warning",
		category: "networking",
		description: "Follows each backend of an Ingress, Istio VirtualService bound to a gateway, or Gateway API HTTPRoute/GRPCRoute to its Service and the pods that Service selects, and counts one layer for: the ingress controller or gateway; a mesh sidecar in the pod (an istio-proxy or linkerd-proxy container, or injection by sidecar.istio.io/inject: \"true\", linkerd.io/inject: enabled, or a Namespace in scope labelled istio-injection: enabled / istio.io/rev or annotated linkerd.io/inject: enabled); each container running an nginx, envoy, haproxy, traefik or caddy image beside another application container; and a pod made only of such proxy containers whose env, args or command name another Service of the scope by URL or host:port, which is then followed the same way (proxy configuration in ConfigMaps is not read, so such a pod is otherwise taken to be the application). The Service itself (kube-proxy) counts nothing. Fires when the longest chain has more than maxLayers layers.",
		risk: "Every proxy adds latency, its own timeouts, buffer and body-size limits, retries and header rewriting. With several stacked, a timeout or 502 has many possible origins, retries multiply into request storms, client IPs and protocol upgrades (WebSocket, gRPC) get lost on the way, and each layer is one more thing to scale and patch.",
		mitigation: "Remove the layers that add nothing: let the ingress controller or mesh gateway do the routing, TLS and header work that an in-pod nginx does, or skip the sidecar for pods that a gateway already fronts. If a layer must stay, align timeouts and retry budgets across the chain, and raise maxLayers for that route on purpose.",
		example: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  ingressClassName: nginx
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend: { service: { name: web, port: { number: 80 } } }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers: [{ name: web, image: "registry.example.com/web:1.4.2" }]`
	},
	options: {
		defaults: { maxLayers: 2 },
		schema: {
			type: "object",
			properties: { maxLayers: {
				type: "integer",
				minimum: 0,
				description: "The most reverse-proxy layers allowed in front of the application (the ingress controller counts as one)."
			} },
			additionalProperties: false
		}
	},
	kinds: [
		"Ingress",
		"VirtualService",
		"HTTPRoute",
		"GRPCRoute"
	],
	check(object, { ref, index, options, report }) {
		const route = routeOf(object, ref.namespace);
		if (!route) return;
		const limit = typeof options.maxLayers === "number" ? options.maxLayers : 2;
		const seen = /* @__PURE__ */ new Set();
		for (const backend of route.backends) {
			const key = `${backend.namespace}/${backend.name}`;
			if (seen.has(key)) continue;
			seen.add(key);
			const chain = chainBehind(backend.name, backend.namespace, index, /* @__PURE__ */ new Set(), 0);
			const layers = [route.entry, ...chain.layers];
			if (layers.length <= limit) continue;
			report({
				path: backend.path,
				message: `${layers.length} reverse-proxy layers in front of the application, over the limit of ${limit}: ${[...layers, chain.end].join(" -> ")}.`
			});
		}
	}
});
/** The entry layer (ingress controller or gateway) and the Service backends of a route object. */
function routeOf(object, namespace) {
	const group = apiGroupOf(object.apiVersion);
	const spec = object["spec"];
	const backends = ingressBackends(object);
	if (backends.length > 0) {
		const annotations = stringMapAt(object, ["metadata", "annotations"]);
		const className = isRecord(spec) && typeof spec["ingressClassName"] === "string" ? spec["ingressClassName"] : annotations["kubernetes.io/ingress.class"];
		return {
			entry: className ? `ingress controller "${className}"` : "ingress controller",
			backends: backends.map((backend) => ({
				name: backend.serviceName,
				namespace,
				path: backend.namePath
			}))
		};
	}
	if (!isRecord(spec)) return void 0;
	if (group === "networking.istio.io" && object.kind === "VirtualService") return virtualServiceRoute(spec, namespace);
	if (group === "gateway.networking.k8s.io" && (object.kind === "HTTPRoute" || object.kind === "GRPCRoute")) return gatewayRoute(spec, namespace);
}
/** An Istio VirtualService counts only when bound to a gateway; `mesh` alone is traffic inside the mesh. */
function virtualServiceRoute(spec, namespace) {
	const gateway = (Array.isArray(spec["gateways"]) ? spec["gateways"].filter((g) => typeof g === "string" && g !== "mesh") : [])[0];
	if (gateway === void 0) return void 0;
	const backends = [];
	for (const protocol of [
		"http",
		"tls",
		"tcp"
	]) {
		const routes = spec[protocol];
		if (!Array.isArray(routes)) continue;
		routes.forEach((route, i) => {
			if (!isRecord(route) || !Array.isArray(route["route"])) return;
			route["route"].forEach((destination, j) => {
				const host = isRecord(destination) && isRecord(destination["destination"]) ? destination["destination"]["host"] : void 0;
				const service = typeof host === "string" ? serviceOfHost(host, namespace) : void 0;
				if (service) backends.push({
					...service,
					path: [
						"spec",
						protocol,
						i,
						"route",
						j,
						"destination",
						"host"
					]
				});
			});
		});
	}
	return {
		entry: `Istio gateway "${gateway}"`,
		backends
	};
}
/** A Gateway API route; one whose parents are all Services (GAMMA) is mesh traffic, not an entry point. */
function gatewayRoute(spec, namespace) {
	const gateway = (Array.isArray(spec["parentRefs"]) ? spec["parentRefs"].filter(isRecord) : []).find((parent) => parent["kind"] === void 0 || parent["kind"] === "Gateway");
	if (!gateway) return void 0;
	const backends = [];
	const rules = spec["rules"];
	if (Array.isArray(rules)) rules.forEach((rule, i) => {
		if (!isRecord(rule) || !Array.isArray(rule["backendRefs"])) return;
		rule["backendRefs"].forEach((backend, j) => {
			if (!isRecord(backend) || typeof backend["name"] !== "string") return;
			if ((backend["kind"] ?? "Service") !== "Service" || (backend["group"] ?? "") !== "") return;
			const target = typeof backend["namespace"] === "string" ? backend["namespace"] : namespace;
			backends.push({
				name: backend["name"],
				namespace: target,
				path: [
					"spec",
					"rules",
					i,
					"backendRefs",
					j,
					"name"
				]
			});
		});
	});
	return {
		entry: typeof gateway["name"] === "string" ? `gateway "${gateway["name"]}"` : "gateway",
		backends
	};
}
/** A Service named by a host: `api`, `api.ns`, `api.ns.svc` or `api.ns.svc.cluster.local`; other hosts are outside. */
function serviceOfHost(host, namespace) {
	const parts = host.trim().toLowerCase().split(".");
	const [name, ns] = parts;
	if (!name || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name)) return void 0;
	if (parts.length === 1) return {
		name,
		namespace
	};
	if (ns && (parts.length === 2 || parts[2] === "svc")) return {
		name,
		namespace: ns
	};
}
/** The longest chain of proxies behind a Service: through each pod it selects, and on through proxy-only pods. */
function chainBehind(name, namespace, index, visited, depth) {
	const fallback = {
		layers: [],
		end: `Service "${name}"`
	};
	const key = `${namespace}/${name}`;
	if (visited.has(key)) return {
		layers: [],
		end: `Service "${name}" again (a loop)`
	};
	if (depth > maxDepth) return fallback;
	const next = new Set(visited).add(key);
	let longest;
	for (const workload of servicesNamed(index, name, namespace).flatMap((service) => podsOfService(index, service))) {
		const chain = chainThrough(workload, index, next, depth);
		if (!longest || chain.layers.length > longest.layers.length) longest = chain;
	}
	return longest ?? fallback;
}
function chainThrough(workload, index, visited, depth) {
	const pod = workload.pod;
	const where = `${workload.ref.kind} "${workload.ref.name}"`;
	if (!pod) return {
		layers: [],
		end: where
	};
	const running = containersOf(pod).filter((at) => at.role === "container" || at.container.restartPolicy === "Always");
	const layers = [];
	const mesh = running.map(meshProxyOf).find((found) => found !== void 0) ?? injectedProxy(workload, index);
	if (mesh) layers.push(`${mesh} sidecar in ${where}`);
	const proxies = running.filter((at) => meshProxyOf(at) === void 0 && proxyKindOf(at) !== void 0);
	const apps = running.filter((at) => meshProxyOf(at) === void 0 && proxyKindOf(at) === void 0);
	const proxyLayer = (at) => `${proxyKindOf(at) ?? "proxy"} container "${String(at.container.name)}" in ${where}`;
	if (apps.length > 0) {
		for (const proxy of proxies) layers.push(proxyLayer(proxy));
		return {
			layers,
			end: `${apps.length === 1 ? `container "${String(apps[0]?.container.name)}"` : "application"} in ${where}`
		};
	}
	let longest;
	for (const target of forwardsOf(proxies, workload.ref.namespace, index)) {
		const chain = chainBehind(target.name, target.namespace, index, visited, depth + 1);
		if (!longest || chain.layers.length > longest.layers.length) longest = chain;
	}
	if (!longest) return {
		layers,
		end: where
	};
	return {
		layers: [
			...layers,
			...proxies.map(proxyLayer),
			...longest.layers
		],
		end: longest.end
	};
}
/** istio-proxy or linkerd-proxy when the container is a mesh sidecar. */
function meshProxyOf(at) {
	const name = at.container.name;
	const repository = imageRepository(at.container.image) ?? "";
	if (name === "istio-proxy") return "istio-proxy";
	if (name === "linkerd-proxy" || repository.endsWith("linkerd/proxy")) return "linkerd-proxy";
}
/** nginx, envoy, haproxy, traefik or caddy when the container runs one of those images (Istio's proxyv2 is envoy). */
function proxyKindOf(at) {
	const base = imageBaseName(at.container.image);
	if (base === void 0) return void 0;
	if (base === "proxyv2") return "envoy";
	return proxyImage.exec(base)?.[1];
}
/** A mesh sidecar that the injector adds: asked for on the pod, or on a Namespace of the scope. */
function injectedProxy(workload, index) {
	const pod = workload.pod;
	if (!pod) return void 0;
	const annotations = stringMapAt(workload.object, [...pod.metadataPath, "annotations"]);
	const istio = pod.labels["sidecar.istio.io/inject"] ?? annotations["sidecar.istio.io/inject"];
	const linkerd = annotations["linkerd.io/inject"];
	if (istio === "true") return "istio-proxy";
	if (linkerd === "enabled" || linkerd === "ingress") return "linkerd-proxy";
	const namespace = workload.ref.namespace === "" ? void 0 : index.named("Namespace", workload.ref.namespace)[0];
	if (!namespace) return void 0;
	const labels = stringMapAt(namespace.object, ["metadata", "labels"]);
	const namespaceAnnotations = stringMapAt(namespace.object, ["metadata", "annotations"]);
	if (istio !== "false" && (labels["istio-injection"] === "enabled" || (labels["istio.io/rev"] ?? "") !== "")) return "istio-proxy";
	if (linkerd !== "disabled" && namespaceAnnotations["linkerd.io/inject"] === "enabled") return "linkerd-proxy";
}
/** Services of the scope that proxy containers name in env values, args or command: by URL or as host:port. */
function forwardsOf(proxies, namespace, index) {
	const texts = [];
	for (const { container } of proxies) {
		for (const list of [container.args, container.command]) if (Array.isArray(list)) {
			for (const item of list) if (typeof item === "string") texts.push(item);
		}
		if (Array.isArray(container.env)) {
			for (const variable of container.env) if (isRecord(variable) && typeof variable["value"] === "string") texts.push(variable["value"]);
		}
	}
	const found = /* @__PURE__ */ new Map();
	for (const text of texts) for (const host of [...urlHostsIn(text), ...Array.from(text.matchAll(hostPort), (match) => match[1] ?? "")]) {
		const service = serviceOfHost(host, namespace);
		if (service && servicesNamed(index, service.name, service.namespace).length > 0) found.set(`${service.namespace}/${service.name}`, service);
	}
	return [...found.values()];
}
const hostPort = /(?<![\w./:-])([a-z0-9][-a-z0-9.]*):\d{1,5}\b/gi;
const urlHost = /[a-z0-9][-a-z0-9.]*/iy;
/**
* The hosts of the `scheme://host` in a text, as `\b[a-z][a-z0-9+.-]*:\/\/([a-z0-9][-a-z0-9.]*)` (gi) found
* them, from each `://` back to its scheme: that expression restarted at every word boundary of a long
* run of letters and dashes, and scanned the rest of the run each time.
*/
function urlHostsIn(text) {
	const hosts = [];
	let end = 0;
	for (let at = text.indexOf("://"); at !== -1; at = text.indexOf("://", at + 1)) {
		if (!endsWithScheme(text, end, at)) continue;
		urlHost.lastIndex = at + 3;
		const host = urlHost.exec(text)?.[0];
		if (host === void 0) continue;
		hosts.push(host);
		end = at + 3 + host.length;
	}
	return hosts;
}
/** Whether text[from, to) ends with a scheme: a letter after a word boundary, then letters, digits, `+`, `.` or `-`. */
function endsWithScheme(text, from, to) {
	for (let i = to - 1; i >= from && /[a-z0-9+.-]/i.test(text.charAt(i)); i--) if (/[a-z]/i.test(text.charAt(i)) && (i === 0 || !/\w/.test(text.charAt(i - 1)))) return true;
	return false;
}

// dist/src/model/pod-security-fields.js
/**
* Shared reading of the securityContext fields that the Pod Security controls for profiles and kernel
* settings look at (AppArmor, SELinux, seccomp, procMount, sysctls, probe hosts). Every field may be
* missing or of the wrong type: these helpers only ever hand back mappings and paths.
*/
/** Every container the admission controller visits: containers, init containers and ephemeral containers. */
function everyContainerOf(pod) {
	return containersOf(pod, [
		"container",
		"initContainer",
		"ephemeralContainer"
	]);
}
/** spec.securityContext, when it is a mapping. */
function podSecurityContextOf(pod) {
	const value = pod.spec.securityContext;
	return isRecord(value) ? {
		value,
		path: [...pod.path, "securityContext"]
	} : void 0;
}
/** A container's securityContext, when it is a mapping. */
function containerSecurityContextOf(at) {
	const value = at.container.securityContext;
	return isRecord(value) ? {
		value,
		path: [...at.path, "securityContext"]
	} : void 0;
}
/** A profile field (seccompProfile, appArmorProfile) of a securityContext, when it is a mapping. */
function profileOf(context, field) {
	const value = context?.value[field];
	return context && isRecord(value) ? {
		value,
		path: [...context.path, field]
	} : void 0;
}
/** `the baseline Pod Security level`, for the reason part of a message. */
function levelPhrase(judgement) {
	return `the ${judgement.level} Pod Security level`;
}
/** Whether a value counts as set, as a Go pointer field would: null and a missing key do not. */
function isSet$2(value) {
	return value !== void 0 && value !== null;
}
/** The annotations of the pod (its template's, for a workload), with their path, when they are a mapping. */
function podAnnotationsOf(object, pod) {
	let metadata = object;
	for (const key of pod.metadataPath) metadata = isRecord(metadata) ? metadata[String(key)] : void 0;
	const annotations = isRecord(metadata) ? metadata["annotations"] : void 0;
	return isRecord(annotations) ? {
		value: annotations,
		path: [...pod.metadataPath, "annotations"]
	} : void 0;
}

// dist/checks/pss-apparmor.js
const annotationPrefix = "container.apparmor.security.beta.kubernetes.io/";
const allowedTypes$1 = ["RuntimeDefault", "Localhost"];
const meta$15 = {
	id: "pss-apparmor",
	title: "AppArmor profile disabled",
	severity: "error",
	category: "security",
	description: "Pod Security baseline AppArmor control: securityContext.appArmorProfile.type on the pod and on every container (init and ephemeral ones included) may only be RuntimeDefault or Localhost, and the pod annotations container.apparmor.security.beta.kubernetes.io/* only runtime/default, localhost/<profile> or empty. Unconfined, in either spelling, is reported.",
	risk: "Without AppArmor the container loses the mandatory access control that the runtime applies by default: writes to /proc and /sys, mounts and raw access the default profile blocks become possible, which is what turns a compromised process into a node compromise. Where the namespace enforces baseline or restricted, the API server rejects the pods and the rollout stalls.",
	mitigation: "Remove the Unconfined setting so the runtime default applies, or set appArmorProfile.type: RuntimeDefault, or Localhost with a localhostProfile loaded on every node; on older clusters use the annotation value runtime/default or localhost/<profile>.",
	example: `spec:
  securityContext:
    appArmorProfile:
      type: RuntimeDefault
  containers:
    - name: api
      image: registry.example.com/api:1.4.2`,
	podSecurity: "baseline"
};
var pss_apparmor_default = defineObjectCheck({
	meta: meta$15,
	kinds: workloadKinds,
	check(object, { ref, index, settings, report }) {
		const controlled = podUnderControl(object, {
			ref,
			index,
			settings
		}, meta$15.podSecurity);
		if (!controlled) return;
		const { pod, judgement } = controlled;
		const annotations = podAnnotationsOf(object, pod);
		for (const [key, value] of Object.entries(annotations?.value ?? {})) {
			if (!key.startsWith(annotationPrefix) || !isSet$2(value)) continue;
			if (typeof value === "string" && (value === "" || value === "runtime/default" || value.startsWith("localhost/"))) continue;
			report(violation([...annotations?.path ?? [], key], `The annotation ${key} is ${shown(value)}; ${levelPhrase(judgement)} allows only runtime/default, localhost/<profile> or an empty value.`, judgement));
		}
		const reason = `${levelPhrase(judgement)} allows only RuntimeDefault or Localhost`;
		const podProfile = profileOf(podSecurityContextOf(pod), "appArmorProfile");
		if (podProfile && !allowedTypes$1.includes(podProfile.value["type"])) report(violation(...explicit$1("The pod", podProfile, reason), judgement));
		const podType = podProfile && allowedTypes$1.includes(podProfile.value["type"]) ? podProfile.value["type"] : void 0;
		for (const at of everyContainerOf(pod)) {
			const profile = profileOf(containerSecurityContextOf(at), "appArmorProfile");
			if (profile && !allowedTypes$1.includes(profile.value["type"])) {
				const overriding = podType ? `, overriding the pod's ${String(podType)}` : "";
				report(violation(...explicit$1(containerSubject(at), profile, reason, overriding), judgement));
			}
		}
	}
});
function explicit$1(subject, profile, reason, overriding = "") {
	const type = profile.value["type"];
	if (!isSet$2(type) || type === "") return [profile.path, `${subject} sets securityContext.appArmorProfile without a type${overriding}; ${reason}.`];
	return [[...profile.path, "type"], `${subject} sets securityContext.appArmorProfile.type to ${shown(type)}${overriding}; ${reason}.`];
}

// dist/src/model/pod-security-baseline.js
/**
* Whether a boolean field is set to true. The parser reads YAML as kubectl does (YAML 1.1), so `yes` and
* `on` are already true here, and a quoted "yes" is a string kubectl rejects, not a true.
*/
function isSetTrue(value) {
	return value === true;
}
/** A list field as its entries; a lone scalar counts as a list of one, so a mistyped field is still judged. */
function entriesOf(value) {
	if (Array.isArray(value)) return value.map((entry, index) => ({
		value: entry,
		index
	}));
	if (value === void 0 || value === null) return [];
	return [{
		value,
		index: void 0
	}];
}
/** A true value as written, with a note when only kubectl's YAML 1.1 reading makes it true. */
function shownTrue(value) {
	return value === true ? "true" : `${String(value)} (which kubectl reads as true)`;
}

// dist/checks/pss-capabilities.js
const meta$14 = {
	id: "pss-capabilities",
	title: "Container capabilities beyond the Pod Security Standard",
	severity: "error",
	category: "security",
	description: "Pod Security Standards \"Capabilities\" controls, for every container (init and ephemeral ones included). At the baseline level, reports each capability in securityContext.capabilities.add outside the container runtime's default set (AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT). At the restricted level, capabilities.drop must include ALL and only NET_BIND_SERVICE may be added; at that level pods with spec.os.name windows are exempt altogether, as in the reference. Names are compared exactly, as admission does: CAP_CHOWN or all do not count as CHOWN or ALL.",
	risk: "Capabilities such as SYS_ADMIN, NET_ADMIN, SYS_PTRACE or SYS_MODULE give a container root powers over the node's kernel: mounting file systems, rewriting the network, reading other processes' memory, loading modules. Most container escapes start from one of them. Under restricted, a container that keeps the default set still holds capabilities it does not need. Namespaces enforcing the level reject the pod.",
	mitigation: "Set securityContext.capabilities.drop: [ALL] on every container and add back only what the process really needs, by its exact name without the CAP_ prefix; under restricted that is at most NET_BIND_SERVICE (or run the process on a port above 1024 and add nothing).",
	example: `containers:
  - name: app
    image: registry.example.com/app:1.0.0
    securityContext:
      capabilities:
        drop: [ALL]
        add: [NET_BIND_SERVICE]`,
	fix: "At the restricted level, appends ALL to securityContext.capabilities.drop of each container that does not drop it (the drops already there stay). Capabilities a container adds are left to you: taking one away is a decision about what the process needs.",
	podSecurity: "baseline"
};
/** The capabilities container runtimes grant by default, which baseline lets a container add (upstream list). */
const baselineAllowed = /* @__PURE__ */ new Set([
	"AUDIT_WRITE",
	"CHOWN",
	"DAC_OVERRIDE",
	"FOWNER",
	"FSETID",
	"KILL",
	"MKNOD",
	"NET_BIND_SERVICE",
	"SETFCAP",
	"SETGID",
	"SETPCAP",
	"SETUID",
	"SYS_CHROOT"
]);
const restrictedAllowed = /* @__PURE__ */ new Set(["NET_BIND_SERVICE"]);
/** How a runtime would read the name: upper case, without CAP_. Admission does not normalize. */
function normalized(name) {
	return name.trim().toUpperCase().replace(/^CAP_/, "");
}
var pss_capabilities_default = defineObjectCheck({
	meta: meta$14,
	kinds: workloadKinds,
	check(object, { ref, index, settings, report }) {
		const controlled = podUnderControl(object, {
			ref,
			index,
			settings
		}, meta$14.podSecurity);
		if (!controlled) return;
		const { pod, judgement } = controlled;
		const restricted = includes(judgement.level, "restricted");
		if (restricted && isWindowsPod(object)) return;
		const level = restricted ? "restricted" : "baseline";
		const allowed = restricted ? restrictedAllowed : baselineAllowed;
		for (const at of everyContainerOf(pod)) {
			const capabilitiesPath = [
				...at.path,
				"securityContext",
				"capabilities"
			];
			const found = securityContextOf(at)?.["capabilities"];
			const capabilities = isRecord(found) ? found : {};
			if (restricted) {
				const names = entriesOf(capabilities["drop"]).filter((entry) => typeof entry.value === "string").map((entry) => String(entry.value));
				if (!names.includes("ALL")) {
					const nearly = names.find((name) => normalized(name) === "ALL");
					const detail = nearly !== void 0 ? `drops "${nearly}"; the restricted Pod Security Standard requires dropping ALL, and admission compares the name exactly.` : names.length > 0 ? `drops only ${names.join(", ")}; the restricted Pod Security Standard requires dropping ALL.` : "does not set securityContext.capabilities.drop; the restricted Pod Security Standard requires dropping ALL.";
					const drop = [...capabilitiesPath, "drop"];
					report({
						...violation(drop, `${containerSubject(at)} ${detail}`, judgement),
						...canAppendAt(object, drop) && { fix: {
							description: `add ALL to capabilities.drop of ${containerLabel(at)}`,
							edits: [{
								op: "append",
								path: drop,
								value: "ALL"
							}]
						} }
					});
				}
			}
			for (const entry of entriesOf(capabilities["add"])) {
				if (typeof entry.value !== "string" || allowed.has(entry.value)) continue;
				const name = entry.value;
				const exact = allowed.has(normalized(name)) ? `; admission compares names exactly, so write ${normalized(name)}` : "";
				const only = restricted && exact === "" ? " (only NET_BIND_SERVICE may be added)" : "";
				report(violation(entry.index === void 0 ? [...capabilitiesPath, "add"] : [
					...capabilitiesPath,
					"add",
					entry.index
				], `${containerSubject(at)} adds the capability ${name}, which the ${level} Pod Security Standard forbids${only}${exact}.`, judgement));
			}
		}
	}
});

// dist/checks/pss-host-namespaces.js
const meta$13 = {
	id: "pss-host-namespaces",
	title: "Pod shares a namespace of the node",
	severity: "error",
	category: "security",
	description: "Pod Security Standards, baseline control \"Host Namespaces\": reports each of hostNetwork, hostPID and hostIPC that the pod spec sets to true, one finding per field. Runs when the workload is held to the baseline or restricted level.",
	risk: "With hostNetwork the pod sees and binds the node's interfaces, can sniff other pods' traffic and reach services listening only on the node, and its ports collide with other pods on the node. With hostPID it sees (and, as root, can signal or ptrace) every process on the node, including their environment variables; with hostIPC it reads the shared memory of other workloads. Namespaces enforcing baseline reject the pod.",
	mitigation: "Remove hostNetwork, hostPID and hostIPC (or set them to false) and reach the pod through a Service or a containerPort. Node agents that really need them belong in a dedicated namespace labelled pod-security.kubernetes.io/enforce: privileged.",
	example: `spec:
  hostNetwork: false
  containers:
    - name: app
      image: registry.example.com/app:1.0.0
      ports: [{ containerPort: 8080 }]`,
	podSecurity: "baseline"
};
const shared = [
	["hostNetwork", "network"],
	["hostPID", "process ID"],
	["hostIPC", "IPC"]
];
var pss_host_namespaces_default = defineObjectCheck({
	meta: meta$13,
	kinds: workloadKinds,
	check(object, { ref, index, settings, report }) {
		const controlled = podUnderControl(object, {
			ref,
			index,
			settings
		}, meta$13.podSecurity);
		if (!controlled) return;
		const { pod, judgement } = controlled;
		for (const [field, namespace] of shared) {
			const value = pod.spec[field];
			if (!isSetTrue(value)) continue;
			report(violation([...pod.path, field], `The pod sets ${field}: ${shownTrue(value)} and shares the node's ${namespace} namespace, which the baseline Pod Security Standard forbids.`, judgement));
		}
	}
});

// dist/checks/pss-host-path-volumes.js
const meta$12 = {
	id: "pss-host-path-volumes",
	title: "hostPath volume",
	severity: "error",
	category: "security",
	description: "Pod Security Standards, baseline control \"HostPath Volumes\": reports every volume of the pod that is a hostPath volume. Runs when the workload is held to the baseline level; at restricted, pss-volume-types reports hostPath volumes instead (its allow-list replaces this control there).",
	risk: "A hostPath volume hands the pod a directory of the node: mounting /, /etc, /var/lib/kubelet or the container runtime socket lets it read other pods' secrets, change the node's configuration or start containers outside Kubernetes. Even a harmless path ties the pod's data to one node, and it is lost or stale when the pod moves. Namespaces enforcing baseline reject the pod.",
	mitigation: "Replace the hostPath volume with an emptyDir for scratch space, a PersistentVolumeClaim for data that must survive, or a configMap, secret or projected volume for configuration. Node agents that need the host file system belong in a dedicated namespace labelled pod-security.kubernetes.io/enforce: privileged.",
	example: `volumes:
  - name: cache
    emptyDir: { sizeLimit: 1Gi }
  - name: data
    persistentVolumeClaim: { claimName: app-data }`,
	podSecurity: "baseline"
};
var pss_host_path_volumes_default = defineObjectCheck({
	meta: meta$12,
	kinds: workloadKinds,
	check(object, { ref, index, settings, report }) {
		const controlled = podUnderControl(object, {
			ref,
			index,
			settings
		}, meta$12.podSecurity);
		if (!controlled) return;
		const { pod, judgement } = controlled;
		if (includes(judgement.level, "restricted")) return;
		const volumes = pod.spec.volumes;
		if (!Array.isArray(volumes)) return;
		for (const [i, volume] of volumes.entries()) {
			if (!isRecord(volume)) continue;
			const hostPath = volume["hostPath"];
			if (hostPath === void 0 || hostPath === null) continue;
			const name = typeof volume["name"] === "string" ? `Volume "${volume["name"]}"` : `Volume ${i}`;
			const path = isRecord(hostPath) && typeof hostPath["path"] === "string" ? hostPath["path"] : void 0;
			const what = path === void 0 ? "is a hostPath volume" : `mounts the host path ${path} from the node`;
			report(violation([
				...pod.path,
				"volumes",
				i,
				"hostPath"
			], `${name} ${what}, which the baseline Pod Security Standard forbids.`, judgement));
		}
	}
});

// dist/checks/pss-host-ports.js
const meta$11 = {
	id: "pss-host-ports",
	title: "Container port bound on the node",
	severity: "error",
	category: "security",
	description: "Pod Security Standards, baseline control \"Host Ports\": reports every ports entry of every container, init and ephemeral ones included, that sets a hostPort other than 0. Runs when the workload is held to the baseline or restricted level. The ports of a hostNetwork pod, which the API server turns into host ports, are left to pss-host-namespaces, which reports hostNetwork itself.",
	risk: "A hostPort opens the port on the node's own addresses, around Services and most NetworkPolicy setups, so the pod is reachable from anywhere that reaches the node. Only one pod per node can hold the port, so extra replicas stay Pending and rolling updates stall when nodes run out. Namespaces enforcing baseline reject the pod.",
	mitigation: "Remove hostPort and expose the containerPort through a Service (ClusterIP, NodePort or LoadBalancer) or an Ingress. Node agents that must listen on the node belong in a dedicated namespace labelled pod-security.kubernetes.io/enforce: privileged.",
	example: `containers:
  - name: web
    image: registry.example.com/web:1.0.0
    ports:
      - name: http
        containerPort: 8080`,
	podSecurity: "baseline"
};
var pss_host_ports_default = defineObjectCheck({
	meta: meta$11,
	kinds: workloadKinds,
	check(object, { ref, index, settings, report }) {
		const controlled = podUnderControl(object, {
			ref,
			index,
			settings
		}, meta$11.podSecurity);
		if (!controlled) return;
		const { pod, judgement } = controlled;
		for (const at of everyContainerOf(pod)) {
			const ports = at.container.ports;
			if (!Array.isArray(ports)) continue;
			for (const [j, port] of ports.entries()) {
				if (!isRecord(port)) continue;
				const hostPort = portNumber(port["hostPort"]);
				if (hostPort === void 0 || hostPort === 0) continue;
				const containerPort = portNumber(port["containerPort"]);
				const to = containerPort === void 0 || containerPort === hostPort ? "" : ` (to containerPort ${containerPort})`;
				report(violation([
					...at.path,
					"ports",
					j,
					"hostPort"
				], `${containerSubject(at)} binds host port ${hostPort}${to} on the node, which the baseline Pod Security Standard forbids.`, judgement));
			}
		}
	}
});
/** A port number, also when written as a quoted string of digits. */
function portNumber(value) {
	if (typeof value === "number" && Number.isFinite(value)) return value;
	if (typeof value === "string" && /^\d+$/.test(value.trim())) return Number(value.trim());
}

// dist/checks/pss-host-probes.js
/** The handlers that may name a host: three probes and two lifecycle hooks, each with httpGet or tcpSocket. */
const handlers = [
	["livenessProbe"],
	["readinessProbe"],
	["startupProbe"],
	["lifecycle", "postStart"],
	["lifecycle", "preStop"]
];
const actions = ["httpGet", "tcpSocket"];
const meta$10 = {
	id: "pss-host-probes",
	title: "Probe or lifecycle hook aimed at another host",
	severity: "error",
	category: "security",
	description: "Pod Security baseline control for probe and lifecycle hosts (policy v1.34 and later): the httpGet and tcpSocket handlers of liveness, readiness and startup probes and of postStart and preStop hooks, on every container (init and ephemeral ones included), must leave host unset or empty, so they target the pod itself.",
	risk: "The kubelet runs probes and HTTP hooks from the node. A host field points those requests wherever the manifest says: node-local services, the cloud metadata endpoint or internal APIs the pod itself cannot reach, with the node as the apparent caller. Where the namespace enforces baseline or restricted, the API server rejects the pods and the rollout stalls.",
	mitigation: "Remove host from the handler so it targets the pod IP. To reach a virtual host, keep the pod IP and send a Host header with httpHeaders; to check a dependency, do it inside the application.",
	example: `containers:
  - name: api
    image: registry.example.com/api:1.4.2
    readinessProbe:
      httpGet:
        path: /readyz
        port: 8080
        httpHeaders:
          - name: Host
            value: api.example.com`,
	podSecurity: "baseline"
};
var pss_host_probes_default = defineObjectCheck({
	meta: meta$10,
	kinds: workloadKinds,
	check(object, { ref, index, settings, report }) {
		const controlled = podUnderControl(object, {
			ref,
			index,
			settings
		}, meta$10.podSecurity);
		if (!controlled) return;
		const { pod, judgement } = controlled;
		for (const at of everyContainerOf(pod)) for (const handler of handlers) {
			let node = at.container;
			for (const key of handler) node = isRecord(node) ? node[key] : void 0;
			if (!isRecord(node)) continue;
			for (const action of actions) {
				const target = node[action];
				const host = isRecord(target) ? target["host"] : void 0;
				if (!isSet$2(host) || host === "") continue;
				const field = [
					...handler,
					action,
					"host"
				].join(".");
				report(violation([
					...at.path,
					...handler,
					action,
					"host"
				], `${containerSubject(at)} sets ${field} to ${shown(host)}; ${levelPhrase(judgement)} forbids a host on probes and lifecycle handlers.`, judgement));
			}
		}
	}
});

// dist/checks/pss-host-process.js
const meta$9 = {
	id: "pss-host-process",
	title: "Windows HostProcess container",
	severity: "error",
	category: "security",
	description: "Pod Security Standards, baseline control \"HostProcess\": reports a pod whose securityContext.windowsOptions.hostProcess is true, and every container (init and ephemeral ones included) that sets it to true in its own securityContext. Runs when the workload is held to the baseline or restricted level.",
	risk: "A HostProcess container is not isolated at all: it runs as a process on the Windows node, with the node's network and file system and, usually, as SYSTEM or an administrator. Anyone who takes over the application or its image owns the node, every pod on it and the credentials stored there. Namespaces enforcing baseline reject the pod.",
	mitigation: "Remove windowsOptions.hostProcess (or set it to false) and run the workload as a normal Windows container. Node agents that really need the host belong in a dedicated namespace labelled pod-security.kubernetes.io/enforce: privileged.",
	example: `spec:
  os: { name: windows }
  securityContext:
    windowsOptions:
      runAsUserName: ContainerUser
  containers:
    - name: app
      image: registry.example.com/app:1.0.0`,
	podSecurity: "baseline"
};
var pss_host_process_default = defineObjectCheck({
	meta: meta$9,
	kinds: workloadKinds,
	check(object, { ref, index, settings, report }) {
		const controlled = podUnderControl(object, {
			ref,
			index,
			settings
		}, meta$9.podSecurity);
		if (!controlled) return;
		const { pod, judgement } = controlled;
		const podContext = pod.spec.securityContext;
		const podOptions = isRecord(podContext) ? podContext["windowsOptions"] : void 0;
		if (isRecord(podOptions) && isSetTrue(podOptions["hostProcess"])) report(violation([
			...pod.path,
			"securityContext",
			"windowsOptions",
			"hostProcess"
		], `The pod sets securityContext.windowsOptions.hostProcess: ${shownTrue(podOptions["hostProcess"])}, so all its containers run as HostProcess containers on the node, which the baseline Pod Security Standard forbids.`, judgement));
		for (const at of everyContainerOf(pod)) {
			const options = securityContextOf(at)?.["windowsOptions"];
			if (!isRecord(options) || !isSetTrue(options["hostProcess"])) continue;
			report(violation([
				...at.path,
				"securityContext",
				"windowsOptions",
				"hostProcess"
			], `${containerSubject(at)} sets securityContext.windowsOptions.hostProcess: ${shownTrue(options["hostProcess"])}, so it runs as a HostProcess container on the node, which the baseline Pod Security Standard forbids.`, judgement));
		}
	}
});

// dist/checks/pss-privilege-escalation.js
const meta$8 = {
	id: "pss-privilege-escalation",
	title: "Privilege escalation not explicitly disabled",
	severity: "warning",
	category: "security",
	description: "Restricted Pod Security control \"Privilege Escalation\": every container, init container and ephemeral container must set securityContext.allowPrivilegeEscalation to false explicitly, since unset means allowed. Pods with spec.os.name windows are exempt. Reports only when the workload is held to the restricted level.",
	risk: "Without no_new_privs, a process in the container can gain more privileges than it started with, through a setuid or setgid binary in the image or file capabilities, which turns a foothold in the application into root in the container and widens the path to the node. In a namespace that enforces restricted, the API server rejects such pods, so the rollout stalls.",
	mitigation: "Set securityContext.allowPrivilegeEscalation: false on every container, init and ephemeral containers included (the field has no pod-level counterpart).",
	example: `spec:
  containers:
    - name: api
      image: registry.example.com/api:1.4.2
      securityContext:
        allowPrivilegeEscalation: false
  initContainers:
    - name: migrate
      image: registry.example.com/api:1.4.2
      securityContext:
        allowPrivilegeEscalation: false`,
	fix: "Sets securityContext.allowPrivilegeEscalation: false on each container reported, except a privileged one or one that adds CAP_SYS_ADMIN, where the API server refuses the combination.",
	podSecurity: "restricted"
};
var pss_privilege_escalation_default = defineObjectCheck({
	meta: meta$8,
	kinds: workloadKinds,
	check(object, { ref, index, settings, report }) {
		const controlled = podUnderControl(object, {
			ref,
			index,
			settings
		}, meta$8.podSecurity);
		if (!controlled) return;
		const { pod, judgement } = controlled;
		if (isWindowsPod(object)) return;
		for (const at of containersOf(pod, [
			"container",
			"initContainer",
			"ephemeralContainer"
		])) {
			const value = securityContextOf(at)?.["allowPrivilegeEscalation"];
			if (value === false) continue;
			const found = value === void 0 || value === null ? `${containerSubject(at)} leaves securityContext.allowPrivilegeEscalation unset, which allows escalation;` : `${containerSubject(at)} sets securityContext.allowPrivilegeEscalation: ${shownBoolean(value)};`;
			const path = containerFieldPath(at, "allowPrivilegeEscalation");
			const context = securityContextOf(at);
			const added = isRecord(context?.["capabilities"]) ? context["capabilities"]["add"] : void 0;
			const fixable = context?.["privileged"] !== true && !(Array.isArray(added) && added.some((name) => name === "SYS_ADMIN" || name === "CAP_SYS_ADMIN")) && canSetAt(object, path);
			report({
				...violation(path, `${found} the restricted Pod Security level requires it set to false.`, judgement),
				...fixable && { fix: {
					description: `set allowPrivilegeEscalation: false in the securityContext of ${containerLabel(at)}`,
					edits: [{
						op: "set",
						path,
						value: false
					}]
				} }
			});
		}
	}
});

// dist/checks/pss-privileged.js
const meta$7 = {
	id: "pss-privileged",
	title: "Privileged container",
	severity: "error",
	category: "security",
	description: "Pod Security Standards, baseline control \"Privileged Containers\": reports every container, init and ephemeral ones included, whose securityContext.privileged is true. Runs when the workload is held to the baseline or restricted level.",
	risk: "A privileged container gets every capability, all devices of the node and no seccomp or AppArmor confinement: it can mount the node's disks, load kernel modules and leave the container in a few commands. One compromised process or image then owns the node and every workload on it. Namespaces enforcing baseline reject the pod.",
	mitigation: "Remove privileged: true. Grant the one capability the process needs instead (for example NET_BIND_SERVICE) or use a device plugin for hardware access; node agents that need full privileges belong in a dedicated namespace labelled pod-security.kubernetes.io/enforce: privileged.",
	example: `containers:
  - name: app
    image: registry.example.com/app:1.0.0
    securityContext:
      privileged: false
      capabilities: { drop: [ALL] }`,
	podSecurity: "baseline"
};
var pss_privileged_default = defineObjectCheck({
	meta: meta$7,
	kinds: workloadKinds,
	check(object, { ref, index, settings, report }) {
		const controlled = podUnderControl(object, {
			ref,
			index,
			settings
		}, meta$7.podSecurity);
		if (!controlled) return;
		const { pod, judgement } = controlled;
		for (const at of everyContainerOf(pod)) {
			const value = securityContextOf(at)?.["privileged"];
			if (!isSetTrue(value)) continue;
			report(violation([
				...at.path,
				"securityContext",
				"privileged"
			], `${containerSubject(at)} sets securityContext.privileged: ${shownTrue(value)}, which the baseline Pod Security Standard forbids.`, judgement));
		}
	}
});

// dist/checks/pss-proc-mount.js
const meta$6 = {
	id: "pss-proc-mount",
	title: "Unmasked /proc mount",
	severity: "error",
	category: "security",
	description: "Pod Security /proc mount control: securityContext.procMount of every container (init and ephemeral ones included) must be unset or Default. At baseline, a pod with spec.hostUsers: false (its own user namespace) may use any value; at restricted that relaxation does not apply.",
	risk: "The default /proc mount hides and write-protects kernel interfaces such as /proc/sys, /proc/kcore and /proc/sysrq-trigger. Unmasked exposes them to the container, so a process running as root in a pod that shares the host user namespace can read kernel memory or change node-wide settings. Where the namespace enforces the level, the API server rejects the pods and the rollout stalls.",
	mitigation: "Remove securityContext.procMount or set it to Default. If the workload really needs an unmasked /proc (nested containers), run it in its own user namespace with spec.hostUsers: false in a namespace held to baseline.",
	example: `spec:
  containers:
    - name: api
      image: registry.example.com/api:1.4.2
      securityContext:
        procMount: Default`,
	podSecurity: "baseline"
};
var pss_proc_mount_default = defineObjectCheck({
	meta: meta$6,
	kinds: workloadKinds,
	check(object, { ref, index, settings, report }) {
		const controlled = podUnderControl(object, {
			ref,
			index,
			settings
		}, meta$6.podSecurity);
		if (!controlled) return;
		const { pod, judgement } = controlled;
		const restricted = includes(judgement.level, "restricted");
		const ownUserNamespace = pod.spec.hostUsers === false;
		if (!restricted && ownUserNamespace) return;
		const reason = !restricted ? `${levelPhrase(judgement)} allows only Default unless the pod sets hostUsers: false` : ownUserNamespace ? `${levelPhrase(judgement)} allows only Default, even with hostUsers: false (that exception is baseline only)` : `${levelPhrase(judgement)} allows only Default`;
		for (const at of everyContainerOf(pod)) {
			const context = containerSecurityContextOf(at);
			const procMount = context?.value["procMount"];
			if (!context || !isSet$2(procMount) || procMount === "Default") continue;
			report(violation([...context.path, "procMount"], `${containerSubject(at)} sets securityContext.procMount to ${shown(procMount)}; ${reason}.`, judgement));
		}
	}
});

// dist/checks/pss-run-as-non-root.js
const meta$5 = {
	id: "pss-run-as-non-root",
	title: "runAsNonRoot not required",
	severity: "warning",
	category: "security",
	description: "Restricted Pod Security control \"Running as Non-root\": every container, init container and ephemeral container must run with runAsNonRoot: true, set on the container or inherited from the pod securityContext; an explicit false fails wherever it is, even when the other level says true. Pods with spec.hostUsers: false are exempt. Reports only when the workload is held to the restricted level.",
	risk: "Without runAsNonRoot: true the kubelet starts the container as whatever user the image declares, and that is root for most base images: an exploit of the application is then root in the container, one step from the node. In a namespace that enforces restricted, the API server rejects such pods, so the rollout stalls.",
	mitigation: "Set runAsNonRoot: true in the pod securityContext (it covers every container) and remove any runAsNonRoot: false; give the image a numeric non-root USER or set runAsUser, or the kubelet refuses to start a container whose user it cannot verify as non-root.",
	example: `spec:
  securityContext:
    runAsNonRoot: true
    runAsUser: 10001
  containers:
    - name: api
      image: registry.example.com/api:1.4.2`,
	podSecurity: "restricted"
};
var pss_run_as_non_root_default = defineObjectCheck({
	meta: meta$5,
	kinds: workloadKinds,
	check(object, { ref, index, settings, report }) {
		const controlled = podUnderControl(object, {
			ref,
			index,
			settings
		}, meta$5.podSecurity);
		if (!controlled) return;
		const { pod, judgement } = controlled;
		if (usesUserNamespace(pod)) return;
		const podValue = podSecurityContextOf$1(pod)?.["runAsNonRoot"];
		const inheriting = [];
		for (const at of containersOf(pod, [
			"container",
			"initContainer",
			"ephemeralContainer"
		])) {
			const value = securityContextOf(at)?.["runAsNonRoot"];
			if (value === true) continue;
			if (value === false) report(violation(containerFieldPath(at, "runAsNonRoot"), `${containerSubject(at)} sets securityContext.runAsNonRoot: false; the restricted Pod Security level requires true${podValue === true ? " (the pod-level true does not override it)" : ""}.`, judgement));
			else if (value !== void 0 && value !== null) report(violation(containerFieldPath(at, "runAsNonRoot"), `${containerSubject(at)} sets securityContext.runAsNonRoot: ${shownBoolean(value)}; the restricted Pod Security level requires true.`, judgement));
			else if (podValue === false) inheriting.push(at);
			else if (podValue !== true) report(violation(containerFieldPath(at, "runAsNonRoot"), `${containerSubject(at)} does not set securityContext.runAsNonRoot: true, and the pod securityContext ${podValue === void 0 || podValue === null ? "does not either" : `sets it to ${shownBoolean(podValue)}`}; the restricted Pod Security level requires it.`, judgement));
		}
		if (podValue === false) {
			const applies = inheriting.length > 0 ? `, which ${labelsOf(inheriting)} ${inheriting.length > 1 ? "inherit" : "inherits"}` : "";
			report(violation(podFieldPath(pod, "runAsNonRoot"), `The pod securityContext sets runAsNonRoot: false${applies}; the restricted Pod Security level forbids false at pod level.`, judgement));
		}
	}
});

// dist/checks/pss-run-as-user.js
const meta$4 = {
	id: "pss-run-as-user",
	title: "Pod or container set to run as uid 0",
	severity: "warning",
	category: "security",
	description: "Restricted Pod Security control \"Running as Non-root user\": runAsUser must not be 0, neither in the pod securityContext nor in any container, init container or ephemeral container (unset is allowed). A pod-level 0 counts even when every container overrides it. Pods with spec.hostUsers: false are exempt. Reports only when the workload is held to the restricted level.",
	risk: "A process running as uid 0 is root inside the container: it can change every file of the image, and one kernel or runtime escape from there lands as root on the node. In a namespace that enforces restricted, the API server rejects such pods, so the rollout stalls.",
	mitigation: "Remove runAsUser: 0 and set a non-zero uid the image is built for (runAsUser: 10001), in the pod securityContext or per container. If the workload truly needs uid 0, run it in a user namespace with spec.hostUsers: false.",
	example: `spec:
  securityContext:
    runAsUser: 10001
    runAsNonRoot: true
  containers:
    - name: api
      image: registry.example.com/api:1.4.2`,
	podSecurity: "restricted"
};
var pss_run_as_user_default = defineObjectCheck({
	meta: meta$4,
	kinds: workloadKinds,
	check(object, { ref, index, settings, report }) {
		const controlled = podUnderControl(object, {
			ref,
			index,
			settings
		}, meta$4.podSecurity);
		if (!controlled) return;
		const { pod, judgement } = controlled;
		if (usesUserNamespace(pod)) return;
		const containers = containersOf(pod, [
			"container",
			"initContainer",
			"ephemeralContainer"
		]);
		if (podSecurityContextOf$1(pod)?.["runAsUser"] === 0) {
			const inheriting = containers.filter((at) => typeof securityContextOf(at)?.["runAsUser"] !== "number");
			const applies = inheriting.length > 0 ? `, which ${labelsOf(inheriting)} ${inheriting.length > 1 ? "inherit" : "inherits"}` : ", and although every container sets its own uid, the pod-level value still counts";
			report(violation(podFieldPath(pod, "runAsUser"), `The pod securityContext sets runAsUser: 0 (root)${applies}; the restricted Pod Security level forbids uid 0.`, judgement));
		}
		for (const at of containers) {
			if (securityContextOf(at)?.["runAsUser"] !== 0) continue;
			report(violation(containerFieldPath(at, "runAsUser"), `${containerSubject(at)} sets securityContext.runAsUser: 0 (root); the restricted Pod Security level forbids uid 0.`, judgement));
		}
	}
});

// dist/checks/pss-seccomp.js
const allowed$1 = ["RuntimeDefault", "Localhost"];
const legacyAnnotationPrefix = "seccomp.security.alpha.kubernetes.io/";
const legacyContainerAnnotationPrefix = "container.seccomp.security.alpha.kubernetes.io/";
const meta$3 = {
	id: "pss-seccomp",
	title: "Seccomp profile unconfined or missing",
	severity: "error",
	category: "security",
	description: "Pod Security seccomp control, on the pod and on every container (init and ephemeral ones included). At baseline, securityContext.seccompProfile.type may be unset, RuntimeDefault or Localhost, and anything else (Unconfined) is reported. At restricted, the type must be RuntimeDefault or Localhost on the pod, or on every container when the pod sets none; pods with spec.os.name windows are exempt at restricted.",
	risk: "An unconfined container can make every system call the kernel offers, including the rarely needed ones behind most container-escape exploits, so one compromised process is one kernel bug away from the node. Where the namespace enforces the level, the API server rejects the pods outright and the rollout stalls with no new replicas.",
	mitigation: "Set securityContext.seccompProfile.type: RuntimeDefault at pod level (or Localhost with a profile installed on the nodes), and remove the Unconfined overrides on single containers.",
	example: `spec:
  securityContext:
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: api
      image: registry.example.com/api:1.4.2`,
	fix: "Sets securityContext.seccompProfile.type: RuntimeDefault: in the pod securityContext when neither the pod nor a container sets a profile, in place of an Unconfined (or missing) type where one is set. A Localhost profile is left alone.",
	podSecurity: "baseline"
};
var pss_seccomp_default = defineObjectCheck({
	meta: meta$3,
	kinds: workloadKinds,
	check(object, { ref, index, settings, report }) {
		const controlled = podUnderControl(object, {
			ref,
			index,
			settings
		}, meta$3.podSecurity);
		if (!controlled) return;
		const { pod, judgement } = controlled;
		const restricted = includes(judgement.level, "restricted");
		if (restricted && isWindowsPod(object)) return;
		const reason = `${levelPhrase(judgement)} allows only RuntimeDefault or Localhost`;
		const podProfile = profileOf(podSecurityContextOf(pod), "seccompProfile");
		const podType = podProfile?.value["type"];
		const podValid = podProfile !== void 0 && allowed$1.includes(podType);
		if (podProfile && !podValid) report({
			...violation(...explicit("The pod", podProfile, reason), judgement),
			...runtimeDefault(object, podProfile, "the pod")
		});
		const unset = [];
		for (const at of everyContainerOf(pod)) {
			const profile = profileOf(containerSecurityContextOf(at), "seccompProfile");
			if (!profile) {
				unset.push(at);
				continue;
			}
			if (!allowed$1.includes(profile.value["type"])) {
				const overriding = podValid ? `, overriding the pod's ${String(podType)}` : "";
				report({
					...violation(...explicit(containerSubject(at), profile, reason, overriding), judgement),
					...runtimeDefault(object, profile, containerLabel(at))
				});
			}
		}
		if (!restricted || podProfile || unset.length === 0) return;
		const requirement = `${levelPhrase(judgement)} requires RuntimeDefault or Localhost`;
		const legacy = legacyNote(object, pod);
		if (everyContainerOf(pod).length - unset.length === 0) {
			const names = unset.map((at) => containerLabel(at)).join(", ");
			const neither = unset.length === 1 ? `neither does ${names}` : `neither do its containers (${names})`;
			const path = [
				...pod.path,
				"securityContext",
				"seccompProfile"
			];
			report({
				...violation(path, `The pod sets no securityContext.seccompProfile.type, and ${neither}; ${requirement} on the pod or on every container.${legacy}`, judgement),
				...podRuntimeDefault(object, path)
			});
			return;
		}
		const podFix = podRuntimeDefault(object, [
			...pod.path,
			"securityContext",
			"seccompProfile"
		]);
		for (const at of unset) report({
			...violation([
				...at.path,
				"securityContext",
				"seccompProfile"
			], `${containerSubject(at)} sets no securityContext.seccompProfile.type, and the pod sets none for it to inherit; ${requirement} on the pod or on every container.${legacy}`, judgement),
			...podFix
		});
	}
});
/** RuntimeDefault in the pod securityContext, where none is set. */
function podRuntimeDefault(object, profilePath) {
	const path = [...profilePath, "type"];
	if (!canSetAt(object, path)) return {};
	return { fix: {
		description: "set seccompProfile.type: RuntimeDefault in the pod securityContext",
		edits: [{
			op: "set",
			path,
			value: "RuntimeDefault"
		}]
	} };
}
/** RuntimeDefault in place of an Unconfined or missing type; a profile that names a Localhost file is someone's choice. */
function runtimeDefault(object, profile, subject) {
	if (profile.value["localhostProfile"] !== void 0 || isWindowsPod(object)) return {};
	const path = [...profile.path, "type"];
	if (!canSetAt(object, path)) return {};
	return { fix: {
		description: `set seccompProfile.type: RuntimeDefault for ${subject}`,
		edits: [{
			op: "set",
			path,
			value: "RuntimeDefault"
		}]
	} };
}
function explicit(subject, profile, reason, overriding = "") {
	const type = profile.value["type"];
	if (!isSet$2(type) || type === "") return [profile.path, `${subject} sets securityContext.seccompProfile without a type${overriding}; ${reason}.`];
	return [[...profile.path, "type"], `${subject} sets securityContext.seccompProfile.type to ${shown(type)}${overriding}; ${reason}.`];
}
/** The alpha annotations no longer do anything; say so when a manifest still relies on them. */
function legacyNote(object, pod) {
	const annotations = podAnnotationsOf(object, pod)?.value ?? {};
	return Object.keys(annotations).some((key) => key.startsWith(legacyAnnotationPrefix) || key.startsWith(legacyContainerAnnotationPrefix)) ? " The seccomp.security.alpha.kubernetes.io annotations do not count: they are ignored since Kubernetes 1.27." : "";
}

// dist/checks/pss-selinux.js
/** The types allowed by the latest policy (container_engine_t since policy v1.31); empty means unset. */
const allowedTypes = [
	"",
	"container_t",
	"container_init_t",
	"container_kvm_t",
	"container_engine_t"
];
const meta$2 = {
	id: "pss-selinux",
	title: "Custom SELinux type, user or role",
	severity: "error",
	category: "security",
	description: "Pod Security baseline SELinux control: seLinuxOptions in the pod securityContext and in every container's (init and ephemeral ones included) may set type only to container_t, container_init_t, container_kvm_t or container_engine_t, and may not set user or role at all. The level (MCS categories) is free.",
	risk: "The SELinux type decides what the container process may touch on the node. A type such as spc_t (super-privileged container) or unconfined_t lifts the confinement that keeps a container off host files, devices and other containers, and a custom user or role can do the same. Where the namespace enforces baseline or restricted, the API server rejects the pods and the rollout stalls.",
	mitigation: "Drop seLinuxOptions.type, user and role and let the runtime assign its container type, keeping only level if the pod needs fixed categories; a workload that really needs a host-level type belongs in a namespace labelled privileged.",
	example: `spec:
  securityContext:
    seLinuxOptions:
      level: "s0:c123,c456"
  containers:
    - name: api
      image: registry.example.com/api:1.4.2`,
	podSecurity: "baseline"
};
var pss_selinux_default = defineObjectCheck({
	meta: meta$2,
	kinds: workloadKinds,
	check(object, { ref, index, settings, report }) {
		const controlled = podUnderControl(object, {
			ref,
			index,
			settings
		}, meta$2.podSecurity);
		if (!controlled) return;
		const { pod, judgement } = controlled;
		reportOptions("The pod", podSecurityContextOf(pod), judgement, report);
		for (const at of everyContainerOf(pod)) reportOptions(containerSubject(at), containerSecurityContextOf(at), judgement, report);
	}
});
function reportOptions(subject, context, judgement, report) {
	const options = context?.value["seLinuxOptions"];
	if (!context || !isRecord(options)) return;
	const path = [...context.path, "seLinuxOptions"];
	const { type, user, role } = options;
	if (isSet$2(type) && !allowedTypes.includes(type)) report(violation([...path, "type"], `${subject} sets securityContext.seLinuxOptions.type to ${shown(type)}; ${levelPhrase(judgement)} allows only container_t, container_init_t, container_kvm_t or container_engine_t.`, judgement));
	for (const [field, value] of [["user", user], ["role", role]]) {
		if (!isSet$2(value) || value === "") continue;
		report(violation([...path, field], `${subject} sets securityContext.seLinuxOptions.${field} to ${shown(value)}; ${levelPhrase(judgement)} forbids a custom SELinux ${field}.`, judgement));
	}
}

// dist/checks/pss-sysctls.js
/** The safe sysctls of the latest policy version (the v1.37 list), compared as exact names. */
const safeSysctls = /* @__PURE__ */ new Set([
	"kernel.shm_rmid_forced",
	"net.ipv4.ip_local_port_range",
	"net.ipv4.tcp_syncookies",
	"net.ipv4.ping_group_range",
	"net.ipv4.ip_unprivileged_port_start",
	"net.ipv4.ip_local_reserved_ports",
	"net.ipv4.tcp_keepalive_time",
	"net.ipv4.tcp_fin_timeout",
	"net.ipv4.tcp_keepalive_intvl",
	"net.ipv4.tcp_keepalive_probes",
	"net.ipv4.tcp_rmem",
	"net.ipv4.tcp_wmem",
	"net.ipv4.tcp_slow_start_after_idle",
	"net.ipv4.tcp_notsent_lowat"
]);
const meta$1 = {
	id: "pss-sysctls",
	title: "Sysctl outside the safe set",
	severity: "error",
	category: "security",
	description: "Pod Security baseline sysctls control: every name in spec.securityContext.sysctls must be one of the safe, namespaced sysctls of the latest policy (kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, net.ipv4.ip_local_reserved_ports, net.ipv4.ip_unprivileged_port_start, net.ipv4.ping_group_range, net.ipv4.tcp_syncookies, the tcp_keepalive_* and tcp_fin_timeout, tcp_rmem and tcp_wmem, tcp_slow_start_after_idle and tcp_notsent_lowat). Names are compared exactly, as admission does.",
	risk: "A sysctl outside the safe set either is not isolated per pod, so the pod changes the kernel of the whole node for every other workload on it, or can exhaust resources other pods share. The kubelet also refuses such a pod with SysctlForbidden unless the node allows that sysctl, so it may never start; and where the namespace enforces the level, the API server rejects it outright.",
	mitigation: "Keep only the safe sysctls in spec.securityContext.sysctls, spelled with dots. Set node-wide kernel parameters on the nodes themselves (node configuration or a tuning DaemonSet in a privileged namespace), not from application pods.",
	example: `spec:
  securityContext:
    sysctls:
      - name: net.ipv4.ip_local_port_range
        value: "1024 65535"
      - name: net.ipv4.tcp_keepalive_time
        value: "600"
  containers:
    - name: api
      image: registry.example.com/api:1.4.2`,
	podSecurity: "baseline"
};
var pss_sysctls_default = defineObjectCheck({
	meta: meta$1,
	kinds: workloadKinds,
	check(object, { ref, index, settings, report }) {
		const controlled = podUnderControl(object, {
			ref,
			index,
			settings
		}, meta$1.podSecurity);
		if (!controlled) return;
		const { pod, judgement } = controlled;
		const context = podSecurityContextOf(pod);
		const sysctls = context?.value["sysctls"];
		if (!context || !Array.isArray(sysctls)) return;
		for (const [i, sysctl] of sysctls.entries()) {
			if (!isRecord(sysctl)) continue;
			const name = sysctl["name"];
			if (typeof name === "string" && safeSysctls.has(name)) continue;
			const path = [
				...context.path,
				"sysctls",
				i,
				"name"
			];
			if (typeof name !== "string" || name === "") {
				report(violation(path, `The pod sets a sysctl without a name; ${levelPhrase(judgement)} allows only the safe sysctls.`, judgement));
				continue;
			}
			const dotted = name.replaceAll("/", ".");
			const hint = dotted !== name && safeSysctls.has(dotted) ? ` Admission compares names exactly: write it as ${dotted}.` : ` The kubelet also refuses it unless the node allows it as an unsafe sysctl.`;
			report(violation(path, `The pod sets sysctl ${shown(name)}, which is not in the safe set that ${levelPhrase(judgement)} allows.${hint}`, judgement));
		}
	}
});

// dist/checks/pss-volume-types.js
/** The volume sources restricted Pod Security allows. */
const allowed = [
	"configMap",
	"csi",
	"downwardAPI",
	"emptyDir",
	"ephemeral",
	"image",
	"persistentVolumeClaim",
	"projected",
	"secret"
];
/** The other sources of core/v1 VolumeSource: known to Kubernetes, refused at restricted. */
const refused = [
	"hostPath",
	"gcePersistentDisk",
	"awsElasticBlockStore",
	"gitRepo",
	"nfs",
	"iscsi",
	"glusterfs",
	"rbd",
	"flexVolume",
	"cinder",
	"cephfs",
	"flocker",
	"fc",
	"azureFile",
	"vsphereVolume",
	"quobyte",
	"azureDisk",
	"portworxVolume",
	"photonPersistentDisk",
	"scaleIO",
	"storageos"
];
const meta = {
	id: "pss-volume-types",
	title: "Volume type outside the restricted allow-list",
	severity: "warning",
	category: "security",
	description: "Restricted Pod Security control \"Volume Types\": every volume of the pod must use one of configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected or secret. Any other source (hostPath, nfs, iscsi, gitRepo, the in-tree cloud disks...) is reported; at this level hostPath is reported here rather than by pss-host-path-volumes. Reports only when the workload is held to the restricted level.",
	risk: "Volumes mounted straight from the node or from network storage bypass PersistentVolume access control: a hostPath exposes node files (credentials, the container runtime socket) to the pod, and an inline nfs, iscsi or cloud disk lets any pod of the namespace attach storage it was never granted. In a namespace that enforces restricted, the API server rejects such pods, so the rollout stalls.",
	mitigation: "Move the data behind a PersistentVolumeClaim (the PersistentVolume can still be nfs or a cloud disk, managed by the cluster admin) or a CSI driver; replace gitRepo by an init container that clones into an emptyDir; if the pod really needs node files, run it in a namespace that is not held to restricted.",
	example: `spec:
  volumes:
    - name: data
      persistentVolumeClaim: { claimName: api-data }
    - name: cache
      emptyDir: {}
    - name: config
      configMap: { name: api-config }`,
	podSecurity: "restricted"
};
var pss_volume_types_default = defineObjectCheck({
	meta,
	kinds: workloadKinds,
	check(object, { ref, index, settings, report }) {
		const controlled = podUnderControl(object, {
			ref,
			index,
			settings
		}, meta.podSecurity);
		if (!controlled) return;
		const { pod, judgement } = controlled;
		const volumes = pod.spec.volumes;
		if (!Array.isArray(volumes)) return;
		for (const [i, volume] of volumes.entries()) {
			if (!isRecord(volume)) continue;
			const sources = Object.keys(volume).filter((key) => key !== "name" && volume[key] !== void 0 && volume[key] !== null);
			if (sources.length === 0 || sources.some((source) => allowed.includes(source))) continue;
			const name = typeof volume["name"] === "string" ? `Volume "${volume["name"]}"` : `Volume ${i}`;
			const known = sources.filter((source) => refused.includes(source));
			const unknown = sources.filter((source) => !refused.includes(source));
			const uses = known.length > 0 ? `uses ${known.join(" and ")}` : `has ${unknown.map((key) => `"${key}"`).join(" and ")}, which is no volume source Kubernetes knows (a misspelling?)`;
			report(violation([
				...pod.path,
				"volumes",
				i,
				known[0] ?? unknown[0] ?? "name"
			], `${name} ${uses}; the restricted Pod Security level allows only ${allowed.join(", ")}.`, judgement));
		}
	}
});

// dist/checks/pvc-rwo-shared.js
const singleNodeModes = /* @__PURE__ */ new Set(["ReadWriteOnce", "ReadWriteOncePod"]);
const hostnameKey = "kubernetes.io/hostname";
var pvc_rwo_shared_default = defineObjectCheck({
	meta: {
		id: "pvc-rwo-shared",
		title: "ReadWriteOnce claim shared by several replicas",
		severity: "warning",
		category: "storage",
		description: "Fires on a volume of a Deployment, ReplicaSet or ReplicationController that runs 2 or more replicas (spec.replicas, or the minimum of the autoscaler that scales it), or of a DaemonSet (a pod on every node), when the volume mounts a PersistentVolumeClaim of the same deployment unit and namespace whose accessModes are only ReadWriteOnce or ReadWriteOncePod. A ReadWriteOnce volume attaches to one node at a time; a ReadWriteOncePod one to one pod. Silent when the claim is not in the unit (its modes are unknown), when the claim also allows ReadWriteMany or ReadOnlyMany, and, for ReadWriteOnce, when every pod is pinned to one node (nodeName, a kubernetes.io/hostname nodeSelector, or a required pod affinity to its own pods on kubernetes.io/hostname). StatefulSets are left alone: volumeClaimTemplates give each pod a claim of its own. A risk none of the peers checks.",
		risk: "The first pod attaches the volume; pods scheduled to other nodes stay in ContainerCreating with a Multi-Attach error (ReadWriteOncePod: even on the same node), so the extra replicas never serve, and a rolling update whose new pod lands elsewhere stalls.",
		mitigation: "Run one replica with a Recreate strategy, give each pod its own claim with a StatefulSet and volumeClaimTemplates, or use a storage class that supports ReadWriteMany and ask for that mode.",
		example: `apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: shared-uploads }
spec:
  accessModes: [ReadWriteMany]   # a storage class that supports it, such as a network file system
  storageClassName: filestore
  resources: { requests: { storage: 100Gi } }`
	},
	kinds: [
		"Deployment",
		"ReplicaSet",
		"ReplicationController",
		"DaemonSet"
	],
	needsInUnit: ["PersistentVolumeClaim"],
	check(object, { ref, index, report }) {
		const entry = index.entryOf(object);
		const pod = entry?.pod;
		if (!entry || !pod) return;
		const daemon = isKind(object, "DaemonSet");
		if (!daemon && !isKind(object, "Deployment") && !isKind(object, "ReplicaSet") && !isKind(object, "ReplicationController")) return;
		const replicas = daemon ? void 0 : minimumReplicas(entry, index);
		if (replicas !== void 0 && replicas < 2) return;
		const volumes = pod.spec.volumes;
		if (!Array.isArray(volumes)) return;
		const oneNode = pinnedToOneNode(pod);
		volumes.forEach((volume, i) => {
			const source = isRecord(volume) ? volume["persistentVolumeClaim"] : void 0;
			const name = isRecord(source) ? source["claimName"] : void 0;
			if (typeof name !== "string" || name === "" || findPlaceholder(name) !== void 0) return;
			const claim = claimNamed(index, name, ref.namespace);
			if (!claim) return;
			const modes = accessModesOf(claim.object);
			if (modes.length === 0 || !modes.every((mode) => singleNodeModes.has(mode))) return;
			const podOnly = modes.includes("ReadWriteOncePod");
			if (!podOnly && oneNode) return;
			const who = daemon ? "a DaemonSet, which runs a pod on every node" : `at least ${String(replicas)} replicas`;
			report({
				path: [
					...pod.path,
					"volumes",
					i,
					"persistentVolumeClaim",
					"claimName"
				],
				message: podOnly ? `The claim "${name}" is ReadWriteOncePod, which only one pod may use, but ${ref.kind} "${ref.name}" runs ${who}: the others never start.` : `The claim "${name}" is ${modes.join(", ")}, which attaches to one node at a time, but ${ref.kind} "${ref.name}" runs ${who}: pods on other nodes cannot attach it.`
			});
		});
	}
});
function claimNamed(index, name, namespace) {
	return index.named("PersistentVolumeClaim", name, namespace).find((claim) => !claim.borrowed && claim.ref.apiVersion.trim() === "v1");
}
function accessModesOf(claim) {
	const spec = claim["spec"];
	const modes = isRecord(spec) ? spec["accessModes"] : void 0;
	return Array.isArray(modes) ? modes.filter((mode) => typeof mode === "string") : [];
}
/** Every pod of the template lands on the same node: nodeName, a hostname nodeSelector, or affinity to its own pods per host. */
function pinnedToOneNode(pod) {
	const spec = pod.spec;
	if (typeof spec["nodeName"] === "string" && spec["nodeName"] !== "") return true;
	const selector = spec["nodeSelector"];
	if (isRecord(selector) && typeof selector[hostnameKey] === "string") return true;
	const affinity = spec["affinity"];
	const podAffinity = isRecord(affinity) ? affinity["podAffinity"] : void 0;
	const required = isRecord(podAffinity) ? podAffinity["requiredDuringSchedulingIgnoredDuringExecution"] : void 0;
	if (!Array.isArray(required)) return false;
	return required.some((term) => isRecord(term) && term["topologyKey"] === hostnameKey && matchesLabelSelector(term["labelSelector"], pod.labels));
}

// dist/checks/rbac-broad-subjects.js
const harmlessDefaults = /* @__PURE__ */ new Set([
	"system:basic-user",
	"system:discovery",
	"system:public-info-viewer",
	"system:service-account-issuer-discovery"
]);
var rbac_broad_subjects_default = defineObjectCheck({
	meta: {
		id: "rbac-broad-subjects",
		title: "Role bound to every user or every service account",
		severity: "error",
		category: "security",
		description: "Flags a subject of a RoleBinding or ClusterRoleBinding that stands for everyone: the group system:authenticated (every user and every service account), the group system:unauthenticated or the user system:anonymous (every anonymous request). The group system:serviceaccounts (every service account of every namespace) is reported as a warning. Bindings to the default ClusterRoles Kubernetes binds to these groups itself (system:discovery, system:basic-user, system:public-info-viewer, system:service-account-issuer-discovery) are not flagged, nor is a binding whose role is in scope and only reads named objects other than Secrets (get, list or watch with resourceNames) or non-resource URLs: the pattern of a public version or info ConfigMap.",
		risk: "Everything the role grants is granted to every pod of the cluster, every user of every identity provider, and for the unauthenticated subjects to anyone who can reach the API server at all. One binding of this kind undoes every other RBAC decision made for that role.",
		mitigation: "Bind the role to the users, groups or service accounts that need it by name; for service accounts of one namespace, use the group system:serviceaccounts:<namespace> in a RoleBinding of that namespace.",
		example: `subjects:
  - kind: Group
    name: shop-developers
    apiGroup: rbac.authorization.k8s.io
  - kind: ServiceAccount
    name: reporting
    namespace: shop`
	},
	kinds: ["ClusterRoleBinding", "RoleBinding"],
	check(object, { ref, index, report }) {
		if (!isRbac(object, "ClusterRoleBinding", "RoleBinding")) return;
		const roleRef = roleRefOf(object);
		if (roleRef?.kind === "ClusterRole" && harmlessDefaults.has(roleRef.name)) return;
		if (roleRef && onlyPublicInfo(roleRef, ref.namespace, index)) return;
		const role = roleRef ? `${roleRef.kind || "role"} "${roleRef.name}"` : "its role";
		const where = isRbac(object, "RoleBinding") ? ` in namespace "${ref.namespace || "default"}"` : "";
		for (const subject of subjectsOf(object)) {
			const who = everyoneIn(subject);
			if (!who) continue;
			report({
				path: [...subject.path, "name"],
				message: `${object.kind} "${ref.name}" grants ${role}${where} to ${subject.kind} "${subject.name}", which means ${who.text}.`,
				...who.warning ? { severity: "warning" } : {}
			});
		}
	}
});
function everyoneIn(subject) {
	if (subject.kind === "Group" && subject.name === "system:authenticated") return { text: "every user and every service account of the cluster" };
	if (subject.kind === "Group" && subject.name === "system:unauthenticated") return { text: "every request made without credentials" };
	if (subject.kind === "User" && subject.name === "system:anonymous") return { text: "every request made without credentials" };
	if (subject.kind === "Group" && subject.name === "system:serviceaccounts") return {
		text: "every service account of every namespace",
		warning: true
	};
}
/** A role of the scope that only lets its subjects read a few named objects (not Secrets) or URLs. */
function onlyPublicInfo(roleRef, namespace, index) {
	const role = boundRole(roleRef, namespace, index);
	if (!role) return false;
	const rules = effectiveRules(role, index).flatMap((source) => source.rules);
	return rules.length > 0 && rules.every(readsNamedObjectsOnly);
}
function readsNamedObjectsOnly(rule) {
	if (rule.verbs.length === 0 || !rule.verbs.every((verb) => [
		"get",
		"list",
		"watch"
	].includes(verb.value))) return false;
	if (rule.resources.length === 0) return rule.nonResourceURLs.length > 0;
	return rule.resourceNames.length > 0 && rule.resources.every((resource) => resource.value !== "*" && resource.value !== "secrets" && !resource.value.startsWith("*/"));
}

// dist/checks/rbac-cluster-admin-binding.js
var rbac_cluster_admin_binding_default = defineObjectCheck({
	meta: {
		id: "rbac-cluster-admin-binding",
		title: "Binding to cluster-admin",
		severity: "error",
		category: "security",
		description: "Flags each subject of a ClusterRoleBinding or RoleBinding whose roleRef is the ClusterRole cluster-admin, or a Role or ClusterRole of the scope that grants the same (a rule with * verbs, * resources and * API groups; an aggregated ClusterRole is judged by the rules of the roles it collects). Passing subjects: the groups clusters bind to cluster-admin themselves (system:masters, kubeadm:cluster-admins) and the control-plane users that hold the cluster anyway (system:kube-controller-manager, system:kube-scheduler, system:apiserver). Everyone else is flagged, including service accounts of kube-system, system:nodes and the catch-all groups (system:authenticated, system:serviceaccounts), which rbac-broad-subjects also reports.",
		risk: "cluster-admin can do anything to any object: read every Secret, run privileged pods on every node, change RBAC and admission webhooks. A workload or CI token bound to it turns any bug in that workload into a full cluster compromise; through a RoleBinding it is still full control of the namespace, its Secrets and its RBAC included.",
		mitigation: "Write a Role or ClusterRole with the verbs and resources the subject needs and bind that instead. Give people cluster-admin through short-lived, audited access, not through a binding in the manifests.",
		example: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: deployer
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: edit
subjects:
  - kind: ServiceAccount
    name: deployer
    namespace: shop`
	},
	kinds: ["ClusterRoleBinding", "RoleBinding"],
	check(object, { ref, index, report }) {
		if (!isRbac(object, "ClusterRoleBinding", "RoleBinding")) return;
		const roleRef = roleRefOf(object);
		if (!roleRef) return;
		const grantsAll = fullAccessOf(roleRef, ref.namespace, index);
		if (!grantsAll) return;
		const reach = isRbac(object, "RoleBinding") ? `in namespace "${ref.namespace || "default"}"` : "in the cluster";
		for (const subject of subjectsOf(object)) {
			if (isDefaultAdmin(subject)) continue;
			report({
				path: [...subject.path, "name"],
				message: `${isRbac(object, "RoleBinding") ? "RoleBinding" : "ClusterRoleBinding"} "${ref.name}" binds ${subjectLabel(subject, ref.namespace)} to ${grantsAll}: it can do anything ${reach}.`
			});
		}
	}
});
/** How the bound role amounts to cluster-admin, or undefined when it does not (or is not in scope). */
function fullAccessOf(roleRef, namespace, index) {
	if (roleRef.kind === "ClusterRole" && roleRef.name === "cluster-admin") return "the ClusterRole cluster-admin";
	const role = boundRole(roleRef, namespace, index);
	if (!role) return void 0;
	for (const { rules, from } of effectiveRules(role, index)) {
		const rule = rules.find(isFullAccess);
		if (!rule) continue;
		const via = from === role ? "" : ` (rules[${rule.index}] of ${roleLabel(from.object)}, which it aggregates)`;
		return `${roleLabel(role.object)}, which grants every verb on every resource of every API group as cluster-admin does${via}`;
	}
}
/**
* The groups clusters bind to cluster-admin themselves (system:masters, kubeadm's kubeadm:cluster-admins)
* and the control-plane users, which hold the cluster anyway. Every other identity is flagged,
* system: ones included: system:nodes (every kubelet), system:bootstrappers, the catch-all groups and
* service-account identities (system:serviceaccount:<ns>:<name>).
*/
function isDefaultAdmin(subject) {
	if (subject.kind === "Group") return defaultAdminGroups.has(subject.name);
	if (subject.kind === "User") return defaultAdminUsers.has(subject.name);
	return false;
}
const defaultAdminGroups = /* @__PURE__ */ new Set(["system:masters", "kubeadm:cluster-admins"]);
const defaultAdminUsers = /* @__PURE__ */ new Set([
	"system:kube-controller-manager",
	"system:kube-scheduler",
	"system:apiserver"
]);

// dist/checks/rbac-escalation.js
const targets = [
	{
		verb: "bind",
		group: "rbac.authorization.k8s.io",
		resources: ["clusterroles", "roles"]
	},
	{
		verb: "escalate",
		group: "rbac.authorization.k8s.io",
		resources: ["clusterroles", "roles"]
	},
	{
		verb: "impersonate",
		group: "",
		resources: [
			"users",
			"groups",
			"serviceaccounts"
		]
	},
	{
		verb: "impersonate",
		group: "authentication.k8s.io",
		resources: ["uids", "userextras/*"]
	}
];
const effect = {
	bind: "bind roles it does not hold, cluster-admin included, to any subject",
	escalate: "write roles with permissions it does not hold",
	impersonate: "act as other users, groups or service accounts"
};
const narrowedEffect = {
	bind: "bind the named roles to any subject without holding them",
	escalate: "give the named roles permissions it does not hold",
	impersonate: "act as the named users, groups or service accounts"
};
var rbac_escalation_default = defineObjectCheck({
	meta: {
		id: "rbac-escalation",
		title: "RBAC rule that allows privilege escalation",
		severity: "error",
		category: "security",
		description: "Flags a Role or ClusterRole rule that grants bind or escalate on roles or clusterroles (rbac.authorization.k8s.io), or impersonate on users, groups, serviceaccounts, uids or userextras, whether the verb is written out or comes from `*` (a verb on a resource it does not apply to is not flagged). A rule narrowed by resourceNames is reported as a warning that names them. Default roles (admin, edit, cluster-admin, system:*) are skipped.",
		risk: "RBAC normally refuses to let anyone grant permissions they do not hold. bind and escalate switch that guard off, and impersonate lets the holder act as anyone, groups such as system:masters included. Whoever takes over a token with such a rule can make itself cluster-admin in one request.",
		mitigation: "Remove bind, escalate and impersonate from roles bound to workloads. Where a controller must create bindings, give it bind only with resourceNames listing the roles it may hand out, and let it hold those roles itself instead of escalate.",
		example: `rules:
  - apiGroups: [rbac.authorization.k8s.io]
    resources: [rolebindings]
    verbs: [create, delete]
  - apiGroups: [rbac.authorization.k8s.io]
    resources: [clusterroles]
    resourceNames: [view]
    verbs: [bind]`
	},
	kinds: ["ClusterRole", "Role"],
	check(object, { index, report }) {
		const note = aggregationNote(object, index);
		for (const rule of rulesToJudge(object)) {
			const found = grantsOf(rule);
			const first = found[0];
			if (!first) continue;
			const powers = [...new Set(found.map((item) => item.verb))];
			const granted = powers.map((verb) => `${verb} on ${[...new Set(found.filter((item) => item.verb === verb).map((item) => item.resource))].join(", ")}`);
			const wildcard = first.entry.value === "*" ? " (through verbs: [\"*\"])" : "";
			const narrowed = rule.resourceNames.length > 0;
			const names = narrowed ? `, limited to resourceNames ${rule.resourceNames.map((e) => `"${e.value}"`).join(", ")}` : "";
			report({
				path: entryPath(rule, "verbs", first.entry),
				message: `rules[${rule.index}] of ${roleLabel(object)} allows ${granted.join("; ")}${wildcard}${names}: its holder can ${andList(powers.map((verb) => (narrowed ? narrowedEffect : effect)[verb]))}.${note}`,
				...narrowed ? { severity: "warning" } : {}
			});
		}
	}
});
function grantsOf(rule) {
	const found = [];
	for (const target of targets) for (const resource of target.resources) {
		if (resource === "userextras/*") {
			const verb = rule.verbs.find((entry) => entry.value === "*" || entry.value === target.verb);
			const group = rule.apiGroups.some((entry) => entry.value === "*" || entry.value === target.group);
			const extras = rule.resources.find((entry) => entry.value === "*" || entry.value.startsWith("userextras/") || entry.value.startsWith("*/"));
			if (verb && group && extras) found.push({
				verb: target.verb,
				resource: extras.value === "*" ? "userextras" : extras.value,
				entry: verb
			});
			continue;
		}
		const grant = grants(rule, target.verb, target.group, resource);
		if (grant) found.push({
			verb: target.verb,
			resource,
			entry: grant.verb
		});
	}
	return found;
}
function andList(items) {
	return items.length <= 1 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;
}

// dist/checks/rbac-exec-attach.js
const subresources = ["pods/exec", "pods/attach"];
const verbs$1 = ["create", "get"];
var rbac_exec_attach_default = defineObjectCheck({
	meta: {
		id: "rbac-exec-attach",
		title: "RBAC rule that allows exec or attach into pods",
		severity: "warning",
		category: "security",
		description: "Flags a Role or ClusterRole rule that grants create or get (or *) on pods/exec or pods/attach in the core API group, as the authorizer matches them: the resource written as pods/exec, pods/attach, */exec, */attach or *, the group \"\" or *. get counts because WebSocket clients open exec and attach with a GET. pods alone does not reach the subresources and pods/* is no wildcard in RBAC (it matches nothing), so neither is flagged. Rules narrowed by resourceNames are still flagged. Default roles (admin, edit, cluster-admin, system:*) are skipped.",
		risk: "exec runs any command in a running container, with its service-account token, its mounted Secrets, its network position and its filesystem; attach joins its console. Such a grant is interactive access to every pod it covers, outside any deployment pipeline, and what is done there leaves no trace in the manifests.",
		mitigation: "Leave exec and attach out of roles bound to workloads and CI; give them to people through a separate, audited break-glass role (or ephemeral debug containers behind it), scoped to one namespace.",
		example: `rules:
  - apiGroups: [""]
    resources: [pods, pods/log]
    verbs: [get, list, watch]`
	},
	kinds: ["ClusterRole", "Role"],
	check(object, { ref, index, report }) {
		const note = aggregationNote(object, index);
		const scope = `the pods of ${reachOf(object, ref.namespace, index)}`;
		for (const rule of rulesToJudge(object)) {
			const found = [];
			for (const subresource of subresources) for (const verb of verbs$1) {
				const grant = grants(rule, verb, "", subresource);
				if (grant) found.push({
					grant,
					verb,
					subresource
				});
			}
			const first = found[0];
			if (!first) continue;
			const reached = [...new Set(found.map((item) => item.subresource))].join(" and ");
			const granted = [...new Set(found.map((item) => item.grant.verb.value === "*" ? "* (create and get)" : item.verb))].join(", ");
			const getOnly = found.every((item) => item.verb === "get") ? " (get is enough for clients that connect over WebSocket)" : "";
			const power = found.some((item) => item.subresource === "pods/exec") ? "it can run commands in" : "it can attach to the processes of";
			const names = rule.resourceNames.length > 0 ? `, limited to resourceNames ${rule.resourceNames.map((e) => `"${e.value}"`).join(", ")}` : "";
			report({
				path: entryPath(rule, "resources", first.grant.resource),
				message: `rules[${rule.index}] of ${roleLabel(object)} allows ${granted} on ${reached}${getOnly}${names}: ${power} ${scope}.${note}`
			});
		}
	}
});

// dist/checks/rbac-secrets-access.js
const readVerbs = [
	"get",
	"list",
	"watch"
];
var rbac_secrets_access_default = defineObjectCheck({
	meta: {
		id: "rbac-secrets-access",
		title: "RBAC rule that reads Secrets",
		severity: "warning",
		category: "security",
		description: "Flags a Role or ClusterRole rule that grants get, list or watch (or *) on secrets (or *) in the core API group (\"\" or *). A rule narrowed by resourceNames is not flagged: reading a few named Secrets is the least-privilege form this check asks for. Rules are judged one by one (a verb in one rule does not combine with a resource of another); the default roles (admin, edit, cluster-admin, system:*) are skipped, and rules of a source ClusterRole say which aggregated roles (view, edit, admin or the scope's own) they also land in.",
		risk: "Reading Secrets reads every password, token and TLS key stored in them, including the tokens of other service accounts, which then act with their permissions. list and watch return the full contents, not just names. Whoever takes over a pod or a token bound to such a role takes every credential of the namespace, or of the cluster for a ClusterRole bound by a ClusterRoleBinding.",
		mitigation: "Name the Secrets the workload needs with resourceNames and grant only get on them, or mount the Secrets into the pod instead of reading them through the API. Keep cluster-wide Secret access to the few controllers that really need it.",
		example: `rules:
  - apiGroups: [""]
    resources: [secrets]
    resourceNames: [shop-tls]
    verbs: [get]`
	},
	kinds: ["ClusterRole", "Role"],
	check(object, { ref, index, report }) {
		const note = aggregationNote(object, index);
		const scope = `every Secret in ${reachOf(object, ref.namespace, index)}`;
		for (const rule of rulesToJudge(object)) {
			if (rule.resourceNames.length > 0) continue;
			const found = readVerbs.map((verb) => grants(rule, verb, "", "secrets")).filter((grant) => grant !== void 0);
			const first = found[0];
			if (!first) continue;
			const verbs = first.verb.value === "*" ? "every verb (*)" : found.map((grant) => grant.verb.value).join(", ");
			const what = first.resource.value === "*" ? "every resource (*), secrets included" : "secrets";
			report({
				path: entryPath(rule, "resources", first.resource),
				message: `rules[${rule.index}] of ${roleLabel(object)} allows ${verbs} on ${what}: it can read ${scope}.${note}`
			});
		}
	}
});

// dist/checks/rbac-sensitive-access.js
const writeVerbs = [
	"create",
	"update",
	"patch",
	"delete",
	"deletecollection"
];
const sensitive = [
	{
		label: "create on pods or workloads",
		verbs: ["create"],
		targets: [
			{
				group: "",
				resource: "pods"
			},
			{
				group: "",
				resource: "replicationcontrollers"
			},
			...[
				"deployments",
				"replicasets",
				"statefulsets",
				"daemonsets"
			].map((resource) => ({
				group: "apps",
				resource
			})),
			...[
				"deployments",
				"replicasets",
				"daemonsets"
			].map((resource) => ({
				group: "extensions",
				resource
			})),
			{
				group: "batch",
				resource: "jobs"
			},
			{
				group: "batch",
				resource: "cronjobs"
			}
		],
		power: "run any image as any ServiceAccount of the namespace, with its Secrets mounted (CIS 5.1.4)"
	},
	{
		label: "nodes/proxy",
		verbs: [
			"get",
			"create",
			"update",
			"patch",
			"delete"
		],
		targets: [{
			group: "",
			resource: "nodes/proxy"
		}],
		power: "reach the kubelet API of every node, which runs commands in any pod there and bypasses audit logging"
	},
	{
		label: "writes to admission webhook configurations",
		verbs: writeVerbs,
		targets: [{
			group: "admissionregistration.k8s.io",
			resource: "validatingwebhookconfigurations"
		}, {
			group: "admissionregistration.k8s.io",
			resource: "mutatingwebhookconfigurations"
		}],
		power: "switch off admission policy, or send every object of the cluster to a webhook of its choosing that can rewrite it"
	},
	{
		label: "create on serviceaccounts/token",
		verbs: ["create"],
		targets: [{
			group: "",
			resource: "serviceaccounts/token"
		}],
		power: "mint tokens for any ServiceAccount it reaches and act with their permissions"
	},
	{
		label: "writes to secrets",
		verbs: writeVerbs,
		targets: [{
			group: "",
			resource: "secrets"
		}],
		power: "replace credentials, TLS keys and service-account tokens others rely on, or plant a token Secret for any ServiceAccount"
	}
];
var rbac_sensitive_access_default = defineObjectCheck({
	meta: {
		id: "rbac-sensitive-access",
		title: "RBAC rule that grants a sensitive permission",
		severity: "warning",
		category: "security",
		description: "Flags a Role or ClusterRole rule that names a sensitive permission outright: create on pods, replicationcontrollers, deployments, replicasets, statefulsets, daemonsets, jobs or cronjobs (kube-linter access-to-create-pods, CIS 5.1.4); any verb on nodes/proxy; create, update, patch, delete or deletecollection on validatingwebhookconfigurations or mutatingwebhookconfigurations; create on serviceaccounts/token; and those write verbs on secrets (kube-linter access-to-secrets, whose reads rbac-secrets-access reports). The message names which. A grant that comes through a wildcard (* as verb, resource or group) is left to rbac-wildcard, exec and attach to rbac-exec-attach, bind, escalate and impersonate to rbac-escalation. Rules narrowed by resourceNames are skipped: they never allow create (a create request has no name), and naming the objects to write is the least-privilege form. Default roles (admin, edit, cluster-admin, system:*) are skipped.",
		risk: "Each of these permissions is a step to more: creating a pod runs code as any ServiceAccount of the namespace, nodes/proxy reaches the kubelet of every node, a webhook configuration sees and rewrites every object, a minted token or a rewritten Secret acts as someone else. Whoever takes over a token bound to such a role gets them.",
		mitigation: "Grant the narrowest verbs and resources the workload needs: name the objects it writes with resourceNames, leave pod and workload creation to the deployment pipeline and to controllers that need it, and keep nodes/proxy and webhook writes out of roles bound to workloads.",
		example: `rules:
  - apiGroups: [""]
    resources: [secrets]
    resourceNames: [shop-tls]
    verbs: [get, update]`
	},
	kinds: ["ClusterRole", "Role"],
	check(object, { ref, index, report }) {
		const note = aggregationNote(object, index);
		for (const rule of rulesToJudge(object)) {
			if (rule.resourceNames.length > 0) continue;
			const found = [];
			for (const item of sensitive) {
				const matched = explicitGrants(rule, item);
				const first = matched[0];
				if (!first) continue;
				found.push({
					item,
					grant: first,
					verbs: [...new Set(matched.map((grant) => grant.verb.value))],
					resources: [...new Set(matched.map((grant) => grant.resource.value))]
				});
			}
			const first = found.reduce((earliest, item) => !earliest || item.grant.resource.index < earliest.grant.resource.index ? item : earliest, void 0);
			if (!first) continue;
			const parts = found.map(({ item, verbs, resources }) => `${verbs.join(", ")} on ${resources.join(", ")} (${item.label}: it can ${item.power})`);
			report({
				path: entryPath(rule, "resources", first.grant.resource),
				message: `rules[${rule.index}] of ${roleLabel(object)} allows ${parts.join("; ")}, in ${reachOf(object, ref.namespace, index)}.${note}`
			});
		}
	}
});
/** The grants of the item a rule writes out, with no wildcard in verb, group or resource (rbac-wildcard's). */
function explicitGrants(rule, item) {
	const result = [];
	for (const target of item.targets) for (const verb of item.verbs) {
		const grant = grants(rule, verb, target.group, target.resource);
		if (!grant || grant.verb.value === "*" || grant.apiGroup.value === "*" || grant.resource.value.startsWith("*")) continue;
		result.push(grant);
	}
	return result;
}

// dist/checks/rbac-wildcard.js
var rbac_wildcard_default = defineObjectCheck({
	meta: {
		id: "rbac-wildcard",
		title: "Wildcard in an RBAC rule",
		severity: "warning",
		category: "security",
		description: "Flags each `*` in the verbs, resources or apiGroups of a Role or ClusterRole rule, one finding per field. Rules are judged one by one, as the authorizer does. The default roles Kubernetes maintains (cluster-admin, admin, edit, view, system:*) are skipped, and so are the rules written in an aggregated ClusterRole, which the controller replaces: the rules of its source ClusterRoles are judged instead, and the message says where they are aggregated to. `*/scale`-style subresource patterns and `*` in nonResourceURLs are not flagged.",
		risk: "A wildcard grants more than anyone reviewed: every verb includes delete, escalate, bind and impersonate; every resource includes secrets and pods/exec; every API group includes the custom resources and the APIs installed after the role was written. One compromised pod or token with such a role reaches much further than the job it was given.",
		mitigation: "List the verbs, resources and API groups the workload really uses (kubectl auth can-i --list, or the audit log, shows them), and split rules that need different verbs.",
		example: `rules:
  - apiGroups: [apps]
    resources: [deployments]
    verbs: [get, list, watch, patch]`
	},
	kinds: ["ClusterRole", "Role"],
	check(object, { index, report }) {
		const note = aggregationNote(object, index);
		for (const rule of rulesToJudge(object)) {
			const verb = rule.verbs.find((entry) => entry.value === "*");
			if (verb) report({
				path: entryPath(rule, "verbs", verb),
				message: `rules[${rule.index}] of ${roleLabel(object)} allows every verb (*) on ${target(rule)}.${note}`
			});
			const resource = rule.resources.find((entry) => entry.value === "*");
			if (resource) report({
				path: entryPath(rule, "resources", resource),
				message: `rules[${rule.index}] of ${roleLabel(object)} covers every resource (*) of ${groups(rule)} for ${verbs(rule)}.${note}`
			});
			const group = rule.apiGroups.find((entry) => entry.value === "*");
			if (group) report({
				path: entryPath(rule, "apiGroups", group),
				message: `rules[${rule.index}] of ${roleLabel(object)} covers ${resources$1(rule)} in every API group (*), custom resources included, for ${verbs(rule)}.${note}`
			});
		}
	}
});
function target(rule) {
	if (rule.resources.length === 0 && rule.nonResourceURLs.length > 0) return `the URLs ${quoteList(rule.nonResourceURLs.map((e) => e.value))}`;
	return `${resources$1(rule)} of ${groups(rule)}`;
}
function resources$1(rule) {
	if (rule.resources.some((entry) => entry.value === "*")) return "every resource";
	return rule.resources.length === 0 ? "no resource" : quoteList(rule.resources.map((e) => e.value));
}
function groups(rule) {
	if (rule.apiGroups.some((entry) => entry.value === "*")) return "every API group";
	const names = rule.apiGroups.map((entry) => entry.value === "" ? "core (\"\")" : `"${entry.value}"`);
	if (names.length === 0) return "no API group";
	return `API group${names.length > 1 ? "s" : ""} ${names.join(", ")}`;
}
function verbs(rule) {
	if (rule.verbs.some((entry) => entry.value === "*")) return "every verb";
	if (rule.verbs.length === 0) return "no verb";
	return `verb${rule.verbs.length > 1 ? "s" : ""} ${rule.verbs.map((entry) => entry.value).join(", ")}`;
}

// dist/checks/readiness-probe-external.js
var readiness_probe_external_default = defineObjectCheck({
	meta: {
		id: "readiness-probe-external",
		title: "Readiness probe depends on another service",
		severity: "warning",
		category: "probes",
		description: "Looks at the readiness probes of long-running workloads for a target other than the pod itself: an httpGet or tcpSocket host, or an exec command that calls curl, wget, nc, grpc_health_probe -addr, grpcurl, a database client with -h/--host, or any network URL, directly or through sh -c. localhost, 127.0.0.0/8, ::1, 0.0.0.0 and the pod's own hostname are the pod itself; targets built from variables that cannot be resolved from the container's literal env values are not judged.",
		risk: "The pod reports itself unready whenever the other service is slow or down, so one failing database or downstream API takes every replica of this workload out of its Services at once. The outage then cascades upstream to callers that did not even need the broken dependency, and the extra probe traffic adds load to the service that is already struggling.",
		mitigation: "Let the readiness probe check only the pod itself (its own port on localhost, or the default pod IP). Handle a missing dependency inside the application with timeouts, circuit breakers and degraded responses, and watch dependencies with monitoring rather than with probes.",
		example: `readinessProbe:
  httpGet: { path: /readyz, port: http }
# or, through a shell:
readinessProbe:
  exec:
    command: [sh, -c, "curl -fsS http://localhost:8080/readyz"]`
	},
	kinds: workloadKinds,
	check(object, { report }) {
		if (!runsContinuously(object)) return;
		const pod = podTemplateOf(object);
		if (!pod) return;
		const self = selfNames(object, pod);
		for (const at of probedContainersOf(pod)) {
			const probe = probeOf(at.container, "readinessProbe");
			if (!probe) continue;
			const path = [...at.path, "readinessProbe"];
			const of = `The readiness probe of ${probeContainerLabel(at)}`;
			for (const [handler, verb] of [["httpGet", "sends its HTTP GET to"], ["tcpSocket", "opens its TCP connection to"]]) {
				const action = probe[handler];
				const host = isRecord(action) ? action["host"] : void 0;
				if (typeof host === "string" && locality(host, self) === "remote") report({
					path: [
						...path,
						handler,
						"host"
					],
					message: `${of} ${verb} host "${host}" instead of the pod itself.`
				});
			}
			const exec = probe.exec;
			const command = isRecord(exec) ? exec["command"] : void 0;
			if (!Array.isArray(command)) continue;
			const target = remoteTargetOf(command, at.container, self);
			if (target) report({
				path: [
					...path,
					"exec",
					"command",
					target.item
				],
				message: `${of} runs ${target.tool} against host "${target.host}", so its readiness depends on that service.`
			});
		}
	}
});
/** Stand-ins for expansions: the pod's own address, and a value nobody can know statically. */
const SELF = "";
const UNKNOWN = "";
/** The names under which the pod reaches itself: spec.hostname, and a bare Pod's name. */
function selfNames(object, pod) {
	const names = /* @__PURE__ */ new Set();
	if (typeof pod.spec.hostname === "string" && pod.spec.hostname) names.add(pod.spec.hostname.toLowerCase());
	if (isKind(object, "Pod") && typeof object.metadata?.name === "string") names.add(object.metadata.name.toLowerCase());
	return names;
}
function locality(rawHost, self) {
	if (rawHost.startsWith(SELF)) return "local";
	if (/[\uE000\uE001$`{}]/.test(rawHost)) return "unknown";
	let host = rawHost.trim().toLowerCase().replace(/\.$/, "");
	if (host.startsWith("[") && host.endsWith("]")) host = host.slice(1, -1);
	if (host === "" || self.has(host)) return "local";
	if (host === "localhost" || host.endsWith(".localhost") || host === "localhost.localdomain") return "local";
	if (host === "ip6-localhost" || host === "ip6-loopback") return "local";
	if (/^127(\.\d{1,3}){3}$/.test(host) || host === "0.0.0.0") return "local";
	if (host === "::1" || host === "::" || /^(0{1,4}:){7}0{0,3}1$/.test(host) || host === "::ffff:127.0.0.1") return "local";
	return "remote";
}
/** The host of `scheme://user@host:port/path`, `host:port/path`, `[::1]:80`. */
function hostOfAddress(address) {
	let rest = address.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");
	rest = rest.split(/[/?#]/, 1)[0] ?? "";
	const at = rest.lastIndexOf("@");
	if (at !== -1) rest = rest.slice(at + 1);
	if (rest.startsWith("[")) {
		const close = rest.indexOf("]");
		return close === -1 ? rest : rest.slice(0, close + 1);
	}
	const colon = rest.indexOf(":");
	return colon === -1 ? rest : rest.slice(0, colon);
}
/** A URL with a network scheme anywhere in a text (a shell script, a Python one-liner, a flag value). */
const urlPattern = /\b(?:https?|grpcs?|h2c|tcp|tls|wss?|postgres(?:ql)?|mysql|mariadb|redis|rediss|mongodb(?:\+srv)?|amqps?|nats|kafka|memcached?|ldaps?):\/\/[^\s'"<>|;&()]+/gi;
/** A schemeless positional that names a host: host:port, host/path, a dotted name or localhost. */
function looksLikeAddress(word) {
	if (/^[a-z][a-z0-9+.-]*:\/\//i.test(word)) return true;
	const match = /^(\[[0-9a-f:.]+\]|[a-z0-9\uE000\uE001$][\w.\-\uE000\uE001${}]*)(:\d+)?([/?].*)?$/i.exec(word);
	if (!match) return false;
	const [, host = "", port, rest] = match;
	if (/^\d+$/.test(host)) return false;
	return port !== void 0 || rest !== void 0 || host.includes(".") || host.startsWith("[") || host.toLowerCase() === "localhost";
}
const shells = /* @__PURE__ */ new Set([
	"sh",
	"bash",
	"ash",
	"dash",
	"zsh",
	"ksh",
	"mksh"
]);
/** Words that may come before the program of a simple command. */
const prefixes = /* @__PURE__ */ new Set([
	"exec",
	"command",
	"env",
	"timeout",
	"nice",
	"nohup",
	"time",
	"stdbuf",
	"busybox",
	"if",
	"then",
	"else",
	"elif",
	"while",
	"until",
	"do",
	"!",
	"{"
]);
const curlLong = [
	"abstract-unix-socket",
	"aws-sigv4",
	"cacert",
	"capath",
	"cert",
	"cert-type",
	"ciphers",
	"config",
	"connect-timeout",
	"connect-to",
	"cookie",
	"cookie-jar",
	"data",
	"data-ascii",
	"data-binary",
	"data-raw",
	"data-urlencode",
	"dns-servers",
	"dump-header",
	"expect100-timeout",
	"form",
	"form-string",
	"header",
	"interface",
	"json",
	"keepalive-time",
	"key",
	"key-type",
	"limit-rate",
	"local-port",
	"max-filesize",
	"max-redirs",
	"max-time",
	"noproxy",
	"oauth2-bearer",
	"output",
	"output-dir",
	"pass",
	"pinnedpubkey",
	"preproxy",
	"proto",
	"proto-redir",
	"proxy",
	"proxy-user",
	"range",
	"referer",
	"request",
	"resolve",
	"retry",
	"retry-delay",
	"retry-max-time",
	"speed-limit",
	"speed-time",
	"stderr",
	"time-cond",
	"trace",
	"trace-ascii",
	"unix-socket",
	"upload-file",
	"user",
	"user-agent",
	"variable",
	"write-out"
];
const wgetLong = [
	"append-output",
	"base",
	"bind-address",
	"body-data",
	"body-file",
	"ca-certificate",
	"certificate",
	"connect-timeout",
	"directory-prefix",
	"dns-timeout",
	"execute",
	"header",
	"input-file",
	"limit-rate",
	"load-cookies",
	"method",
	"output-document",
	"output-file",
	"password",
	"post-data",
	"post-file",
	"private-key",
	"proxy-password",
	"proxy-user",
	"quota",
	"read-timeout",
	"referer",
	"save-cookies",
	"timeout",
	"tries",
	"user",
	"user-agent",
	"wait",
	"waitretry"
];
const grpcurlLong = [
	"H",
	"authority",
	"cacert",
	"cert",
	"connect-timeout",
	"d",
	"format",
	"import-path",
	"keepalive-time",
	"key",
	"max-msg-sz",
	"max-time",
	"proto",
	"protoset",
	"reflect-header",
	"rpc-header",
	"servername",
	"user-agent"
];
const netcat = {
	short: "iIMmOpPqsTVwXx",
	long: [
		"source",
		"source-port",
		"wait",
		"proxy",
		"proxy-type",
		"exec",
		"sh-exec"
	],
	host: "first-positional"
};
const dbClient = {
	short: "",
	long: [],
	host: "host-flag"
};
const tools = {
	curl: {
		short: "AbcCdDeEFHKmoPQrtTuUwxXyYz",
		long: [...curlLong, "url"],
		host: "url"
	},
	wget: {
		short: "OoaiBtTwQPUelARDXI",
		long: wgetLong,
		host: "url"
	},
	nc: netcat,
	netcat,
	ncat: netcat,
	telnet: {
		short: "bell",
		long: [],
		host: "first-positional"
	},
	grpc_health_probe: {
		short: "",
		long: [],
		host: "addr-flag"
	},
	grpcurl: {
		short: "",
		long: grpcurlLong,
		host: "first-positional"
	},
	pg_isready: dbClient,
	psql: dbClient,
	mysql: dbClient,
	mysqladmin: dbClient,
	mariadb: dbClient,
	"mariadb-admin": dbClient,
	"redis-cli": dbClient,
	"valkey-cli": dbClient,
	mongo: dbClient,
	mongosh: dbClient
};
/** The first target of a probe command that is neither the pod itself nor unknowable. */
function remoteTargetOf(command, container, self) {
	const env = environmentOf(container);
	const items = command.map((item) => typeof item === "string" || typeof item === "number" ? kubeletExpand(String(item), env.kubelet) : "");
	const targets = [];
	const program = basename(items[0] ?? "");
	const shellAt = shells.has(program) ? 0 : program === "busybox" && shells.has(basename(items[1] ?? "")) ? 1 : -1;
	const scriptAt = shellAt === -1 ? -1 : items.findIndex((item, i) => i > shellAt && /^-[a-z]*$/.test(item) && item.includes("c")) + 1;
	if (scriptAt > 0 && scriptAt < items.length) for (const segment of shellSegments(items[scriptAt] ?? "", scriptAt, env.shell)) for (const target of targetsOfSegment(segment)) targets.push(target);
	else for (const target of targetsOfSegment(items.map((text, item) => ({
		text,
		item
	})))) targets.push(target);
	const tool = shellAt !== -1 ? "a shell command" : program || "a command";
	items.forEach((text, item) => {
		for (const match of text.matchAll(urlPattern)) targets.push({
			host: hostOfAddress(match[0]),
			tool,
			item
		});
	});
	return targets.find((target) => locality(target.host, self) === "remote");
}
function environmentOf(container) {
	const kubelet = /* @__PURE__ */ new Map();
	const entries = Array.isArray(container.env) ? container.env.filter(isRecord) : [];
	for (const entry of entries) if (typeof entry.name === "string") kubelet.set(entry.name, typeof entry.value === "string" ? entry.value : "");
	const hasEnvFrom = Array.isArray(container.envFrom) && container.envFrom.length > 0;
	const shell = (name) => {
		const entry = entries.findLast((e) => e.name === name);
		if (!entry) return name === "HOSTNAME" ? SELF : hasEnvFrom ? UNKNOWN : void 0;
		if (typeof entry.value === "string") return entry.value.includes("$(") ? UNKNOWN : entry.value;
		const field = isRecord(entry.valueFrom) && isRecord(entry.valueFrom.fieldRef) ? entry.valueFrom.fieldRef.fieldPath : void 0;
		if (field === "status.podIP" || field === "status.podIPs" || field === "metadata.name") return SELF;
		return UNKNOWN;
	};
	return {
		kubelet,
		shell
	};
}
/** The kubelet's $(VAR) expansion of probe commands: $$ escapes, unknown names stay as written. */
function kubeletExpand(text, vars) {
	let result = "";
	for (let i = 0; i < text.length; i++) {
		const char = text.charAt(i);
		if (char !== "$" || i + 1 >= text.length) {
			result += char;
			continue;
		}
		const next = text.charAt(i + 1);
		if (next === "$") {
			result += "$";
			i++;
		} else if (next === "(") {
			const close = text.indexOf(")", i + 2);
			if (close === -1) {
				result += "$(";
				i++;
			} else {
				const name = text.slice(i + 2, close);
				result += vars.get(name) ?? `$(${name})`;
				i = close;
			}
		} else result += char;
	}
	return result;
}
/**
* Splits a shell script into simple commands (at ; & | && || newlines and parentheses), with quotes
* removed and variables replaced by what the manifest tells of them (SELF, UNKNOWN or a literal value).
*/
function shellSegments(script, item, lookup) {
	const segments = [];
	let segment = [];
	let word;
	let redirect = false;
	const endWord = () => {
		if (word !== void 0 && !redirect) segment.push({
			text: word,
			item
		});
		if (word !== void 0) redirect = false;
		word = void 0;
	};
	const endSegment = () => {
		endWord();
		if (segment.length > 0) segments.push(segment);
		segment = [];
		redirect = false;
	};
	const expand = (at) => {
		const next = script.charAt(at + 1);
		if (next === "(") {
			const close = matching(script, at + 1);
			const inner = script.slice(at + 2, close === -1 ? script.length : close);
			return [/^\s*hostname\b/.test(inner) ? SELF : UNKNOWN, close === -1 ? script.length : close];
		}
		if (next === "{") {
			const close = script.indexOf("}", at + 2);
			const inner = script.slice(at + 2, close === -1 ? script.length : close);
			const [, name = "", operator = "", fallback = ""] = /^([A-Za-z_]\w*)(:?[-=])?(.*)$/s.exec(inner) ?? [];
			return [(name ? lookup(name) : UNKNOWN) ?? (operator ? fallback : UNKNOWN), close === -1 ? script.length : close];
		}
		const name = /^[A-Za-z_]\w*/.exec(script.slice(at + 1))?.[0];
		if (name) return [lookup(name) ?? UNKNOWN, at + name.length];
		if (/[\d?#@*!$-]/.test(next)) return [UNKNOWN, at + 1];
		return ["$", at];
	};
	for (let i = 0; i < script.length; i++) {
		const char = script.charAt(i);
		if (char === "'") {
			const close = script.indexOf("'", i + 1);
			word = (word ?? "") + script.slice(i + 1, close === -1 ? script.length : close);
			i = close === -1 ? script.length : close;
		} else if (char === "\"") {
			word = word ?? "";
			for (i++; i < script.length && script.charAt(i) !== "\""; i++) {
				const inner = script.charAt(i);
				if (inner === "\\" && /["\\$`]/.test(script.charAt(i + 1))) word += script.charAt(++i);
				else if (inner === "$" || inner === "`") {
					const [value, end] = inner === "`" ? expandBacktick(script, i) : expand(i);
					word += value;
					i = end;
				} else word += inner;
			}
		} else if (char === "\\") {
			if (script.charAt(i + 1) !== "\n") word = (word ?? "") + script.charAt(i + 1);
			i++;
		} else if (char === "$" || char === "`") {
			const [value, end] = char === "`" ? expandBacktick(script, i) : expand(i);
			word = (word ?? "") + value;
			i = end;
		} else if (char === "#" && word === void 0) {
			const newline = script.indexOf("\n", i);
			i = newline === -1 ? script.length : newline - 1;
		} else if (char === ">" || char === "<") {
			endWord();
			while (/[>&<]/.test(script.charAt(i + 1))) i++;
			redirect = true;
		} else if (/[;&|()\n]/.test(char)) endSegment();
		else if (/\s/.test(char)) endWord();
		else word = (word ?? "") + char;
	}
	endSegment();
	return segments;
}
/** `hostname` in backticks is the pod itself; any other command substitution is unknowable. */
function expandBacktick(script, at) {
	const close = script.indexOf("`", at + 1);
	const inner = script.slice(at + 1, close === -1 ? script.length : close);
	return [/^\s*hostname\b/.test(inner) ? SELF : UNKNOWN, close === -1 ? script.length : close];
}
/** The index of the parenthesis that closes the one at `open`. */
function matching(text, open) {
	let depth = 0;
	for (let i = open; i < text.length; i++) if (text.charAt(i) === "(") depth++;
	else if (text.charAt(i) === ")" && --depth === 0) return i;
	return -1;
}
function basename(word) {
	return word.slice(word.lastIndexOf("/") + 1);
}
/** The hosts a simple command calls, when its program is one of the known network clients. */
function targetsOfSegment(words) {
	let i = 0;
	while (i < words.length) {
		const text = words[i]?.text ?? "";
		if (/^[A-Za-z_]\w*=/.test(text) || prefixes.has(basename(text))) i++;
		else if (i > 0 && (/^-/.test(text) || /^\d+(\.\d+)?[smhd]?$/.test(text))) i++;
		else break;
	}
	const name = basename(words[i]?.text ?? "");
	const tool = Object.hasOwn(tools, name) ? tools[name] : void 0;
	if (!tool) return [];
	const args = words.slice(i + 1);
	const found = [];
	const add = (word, address) => found.push({
		host: hostOfAddress(address),
		tool: name,
		item: word.item
	});
	const positionals = [];
	for (let j = 0; j < args.length; j++) {
		const word = args[j];
		const text = word.text;
		const value = args[j + 1];
		if (text === "--") {
			for (const rest of args.slice(j + 1)) positionals.push(rest);
			break;
		}
		const long = /^--?([A-Za-z][\w-]*)(=(.*))?$/s.exec(text);
		if (tool.host === "addr-flag" && long?.[1] === "addr") {
			if (long[2] !== void 0) add(word, long[3] ?? "");
			else if (value) {
				add(value, value.text);
				j++;
			}
			continue;
		}
		if (tool.host === "host-flag" && (long?.[1] === "host" || /^-h./.test(text) || text === "-h")) {
			if (long?.[1] === "host" && long[2] !== void 0) add(word, long[3] ?? "");
			else if (/^-h./.test(text)) add(word, text.slice(2));
			else if (value) {
				add(value, value.text);
				j++;
			}
			continue;
		}
		if (text.startsWith("--") || tool === tools["grpcurl"] && text.startsWith("-")) {
			if (long && long[2] === void 0 && tool.long.includes(long[1] ?? "")) {
				if (long[1] === "url" && value) add(value, value.text);
				j++;
			}
			continue;
		}
		if (text.startsWith("-") && text.length > 1) {
			for (let k = 1; k < text.length; k++) if (tool.short.includes(text.charAt(k))) {
				if (k === text.length - 1) j++;
				break;
			}
			continue;
		}
		positionals.push(word);
	}
	if (tool.host === "url") {
		for (const word of positionals) if (looksLikeAddress(word.text)) add(word, word.text);
	} else if (name === "grpcurl") {
		const address = positionals.find((word) => looksLikeAddress(word.text));
		if (address) add(address, address.text);
	} else if (tool.host === "first-positional") {
		const first = positionals[0];
		const listens = args.some((word) => /^-[a-zA-Z]*[lU]/.test(word.text) || word.text === "--listen" || word.text === "--unixsock");
		if (first && !/^\d+$/.test(first.text) && !listens) found.push({
			host: first.text,
			tool: name,
			item: first.item
		});
	}
	return found;
}

// dist/checks/readiness-probe-missing.js
var readiness_probe_missing_default = defineObjectCheck({
	meta: {
		id: "readiness-probe-missing",
		title: "Served container without a readiness probe",
		severity: "warning",
		category: "probes",
		description: "Looks at long-running workloads whose pods a Service of the same namespace selects (Services that publish not-ready addresses, and ExternalName ones, do not count). The containers that receive the traffic, found by matching each Service targetPort to a declared container port (a sidecar init container included when it is the one targeted), must have a readiness probe; when no declared port matches, the check fires only if no regular container has one. Jobs, CronJobs and Pods that run to completion are exempt.",
		risk: "Without a readiness probe a container counts as ready the moment its process starts. The Service sends it requests while it is still loading configuration, warming caches or connecting to its database, so every rollout and every restart turns into a burst of errors and timeouts for clients.",
		mitigation: "Add a readinessProbe to the serving container that succeeds only once the process can answer requests, for example an HTTP endpoint that checks the state of the process itself.",
		example: `containers:
  - name: api
    ports: [{ name: http, containerPort: 8080 }]
    readinessProbe:
      httpGet: { path: /readyz, port: http }`
	},
	kinds: workloadKinds,
	check(object, { index, report }) {
		if (!runsContinuously(object)) return;
		const entry = index.entryOf(object);
		const pod = entry?.pod ?? podTemplateOf(object);
		if (!entry || !pod || pod.custom?.defaultProbes?.includes("readinessProbe")) return;
		const services = servingServices(entry, index);
		if (services.length === 0) return;
		const candidates = probedContainersOf(pod);
		const regular = containersOf(pod, ["container"]);
		const targeted = /* @__PURE__ */ new Map();
		for (const service of services) for (const port of servicePortsOf(service)) {
			const target = targetPortOf(port);
			if (target === void 0) continue;
			for (const at of candidates) if (!targeted.has(at) && declaresTarget(at.container, target)) targeted.set(at, `Service "${service.ref.name}" (targetPort ${typeof target === "number" ? target : `"${target}"`})`);
		}
		if (targeted.size > 0) {
			for (const [at, via] of targeted) {
				if (probeOf(at.container, "readinessProbe")) continue;
				report({
					path: [...at.path, "readinessProbe"],
					message: `${sentenceLabel(at)} receives the traffic of ${via} but has no readiness probe.`
				});
			}
			return;
		}
		if (regular.some((at) => probeOf(at.container, "readinessProbe"))) return;
		const names = services.map((service) => `"${service.ref.name}"`).join(", ");
		const selects = services.length > 1 ? `Services ${names} select` : `Service ${names} selects`;
		const others = regular.length > 1 ? ", nor does any other container of the pod," : ",";
		for (const at of regular) report({
			path: [...at.path, "readinessProbe"],
			message: `${sentenceLabel(at)} has no readiness probe${others} though ${selects} its pods.`
		});
	}
});

// dist/checks/readiness-probe-slow.js
const defaultMaxSeconds = 30;
var readiness_probe_slow_default = defineObjectCheck({
	meta: {
		id: "readiness-probe-slow",
		title: "Readiness probe slow to take a failing pod out of rotation",
		severity: "warning",
		category: "probes",
		description: "Computes the failure window of every readiness probe of a long-running workload (regular and sidecar containers): periodSeconds x failureThreshold, with the Kubernetes defaults 10 and 3 for unset fields. Fires when it exceeds maxSeconds (30 by default); timeoutSeconds and initialDelaySeconds are not added.",
		risk: "Once the readiness endpoint starts failing, because the pod is overloaded, draining or has lost a dependency it cannot work without, the Service keeps sending it requests for the whole window. With periodSeconds 30 and failureThreshold 5 that is two and a half minutes of errors and timeouts for a share of the clients before the pod leaves the endpoints.",
		mitigation: "Probe more often or give up sooner: lower periodSeconds (5 to 10 seconds is common for a cheap endpoint) or failureThreshold so that the product stays within the limit. Tolerate slow starts with a startupProbe or initialDelaySeconds rather than a long readiness window.",
		fix: "Brings the window within maxSeconds: failureThreshold is lowered first, but not below the default 3 (fewer failures in a row make the probe flap), then periodSeconds; no fix where periodSeconds would drop below timeoutSeconds.",
		example: `readinessProbe:
  httpGet: { path: /readyz, port: http }
  periodSeconds: 5
  failureThreshold: 3`
	},
	options: {
		defaults: { maxSeconds: defaultMaxSeconds },
		schema: {
			type: "object",
			properties: { maxSeconds: {
				type: "number",
				minimum: 1,
				description: "The longest readiness failure window (periodSeconds x failureThreshold) allowed, in seconds."
			} },
			additionalProperties: false
		}
	},
	kinds: workloadKinds,
	check(object, { options, report }) {
		if (!runsContinuously(object)) return;
		const pod = podTemplateOf(object);
		if (!pod) return;
		const max = typeof options.maxSeconds === "number" && Number.isFinite(options.maxSeconds) ? options.maxSeconds : defaultMaxSeconds;
		for (const at of probedContainersOf(pod)) {
			const probe = probeOf(at.container, "readinessProbe");
			const window = probe && failureWindowOf(probe);
			if (!probe || !window || window.seconds <= max) continue;
			report({
				path: [...at.path, "readinessProbe"],
				message: `${sentenceLabel(at)}: readiness fails only after ${window.seconds}s (${describeWindow(probe, window)}), over the ${max}s limit.`,
				fix: windowFix(at, probe, window, max)
			});
		}
	}
});
/**
* The readiness timing that fits the limit: a failureThreshold above the default comes down first, to no less
* than the default, then periodSeconds to what the threshold leaves room for.
*/
function windowFix(at, probe, window, max) {
	let failureThreshold = Math.min(window.failureThreshold, Math.max(3, Math.floor(max / window.periodSeconds)));
	let periodSeconds = window.periodSeconds;
	if (periodSeconds * failureThreshold > max) {
		periodSeconds = Math.max(1, Math.floor(max / failureThreshold));
		if (periodSeconds * failureThreshold > max) failureThreshold = Math.max(1, Math.floor(max / periodSeconds));
	}
	if (periodSeconds * failureThreshold > max) return void 0;
	const timeout = probe.timeoutSeconds;
	if (periodSeconds !== window.periodSeconds && typeof timeout === "number" && timeout > periodSeconds) return void 0;
	const path = [...at.path, "readinessProbe"];
	const edits = [];
	const changes = [];
	if (periodSeconds !== window.periodSeconds) {
		edits.push({
			op: "set",
			path: [...path, "periodSeconds"],
			value: periodSeconds
		});
		changes.push(`periodSeconds ${periodSeconds}`);
	}
	if (failureThreshold !== window.failureThreshold) {
		edits.push({
			op: "set",
			path: [...path, "failureThreshold"],
			value: failureThreshold
		});
		changes.push(`failureThreshold ${failureThreshold}`);
	}
	return {
		description: `sets the readiness probe of ${probeContainerLabel(at)} to ${changes.join(" and ")}, a window of ${periodSeconds * failureThreshold}s`,
		edits
	};
}

// dist/checks/readonly-root-fs-missing.js
var readonly_root_fs_missing_default = defineObjectCheck({
	meta: {
		id: "readonly-root-fs-missing",
		title: "Container with a writable root filesystem",
		severity: "info",
		category: "security",
		description: "Every container and init container must set securityContext.readOnlyRootFilesystem: true (there is no pod-level default). Ephemeral debug containers are left out, and so are Windows pods (spec.os.name or a kubernetes.io/os nodeSelector), where the field cannot be set.",
		risk: "With a writable root filesystem an attacker who gets code execution can drop binaries, alter the application or its configuration in place, and keep that foothold for the life of the container. Writes to the container layer also go to node disk outside any volume limit and vanish on restart, which hides both tampering and data the application meant to keep.",
		mitigation: "Set readOnlyRootFilesystem: true on every container, and mount an emptyDir (with a sizeLimit) on the paths the application must write to, such as /tmp or a cache directory.",
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
		fix: "Sets securityContext.readOnlyRootFilesystem: true on each container that leaves it unset (one that sets false says it writes there, and is left to you). An application that writes outside its volumes then fails on those writes: mount an emptyDir where it needs to write."
	},
	kinds: workloadKinds,
	check(object, { report }) {
		const pod = podTemplateOf(object);
		if (!pod || runsOnWindows(pod)) return;
		for (const at of containersOf(pod, ["container", "initContainer"])) {
			const value = securityContextOf(at)?.["readOnlyRootFilesystem"];
			if (value === true) continue;
			const path = containerFieldPath(at, "readOnlyRootFilesystem");
			report({
				path,
				...value !== false && canSetAt(object, path) && { fix: {
					description: `set readOnlyRootFilesystem: true in the securityContext of ${containerLabel(at)}`,
					edits: [{
						op: "set",
						path,
						value: true
					}]
				} },
				message: value === void 0 || value === null ? `${containerSubject(at)} does not set securityContext.readOnlyRootFilesystem: true, so its root filesystem is writable.` : `${containerSubject(at)} sets securityContext.readOnlyRootFilesystem: ${shownBoolean(value)}, so its root filesystem is writable.`
			});
		}
	}
});

// dist/checks/reference-missing.js
/** Objects that Kubernetes, or a component found in most clusters, puts in every namespace. */
const everywhere = {
	ServiceAccount: /* @__PURE__ */ new Set(["default"]),
	ConfigMap: /* @__PURE__ */ new Set([
		"kube-root-ca.crt",
		"openshift-service-ca.crt",
		"istio-ca-root-cert"
	]),
	Secret: /* @__PURE__ */ new Set(),
	PersistentVolumeClaim: /* @__PURE__ */ new Set(),
	PriorityClass: /* @__PURE__ */ new Set(["system-cluster-critical", "system-node-critical"])
};
/** The resources whose creation by a Role of the unit means objects of the kind appear at run time. */
const resourceOfKind = {
	ServiceAccount: "serviceaccounts",
	ConfigMap: "configmaps",
	Secret: "secrets",
	PersistentVolumeClaim: "persistentvolumeclaims",
	PriorityClass: "priorityclasses"
};
var reference_missing_default = defineObjectCheck({
	meta: {
		id: "reference-missing",
		title: "Pod refers to an object or key its unit does not declare",
		severity: "warning",
		category: "correctness",
		description: "Resolves the ServiceAccount (serviceAccountName), ConfigMaps and Secrets (volumes, projected volumes, env valueFrom, envFrom), PersistentVolumeClaims (volumes) and PriorityClass (priorityClassName) a pod template names against the objects of the scope. A missing object is reported only where the deployment unit manages objects of that kind in that namespace (for PriorityClasses, at all), so that it would have declared this one too; for ConfigMaps, Secrets and claims, of which a pod uses several, the workload must also use another of them, or one of them must be used by no pod (misnamed, most likely): a workload that uses none of the unit's objects of the kind while all of them serve other workloads is left alone (an example beside others, a Job run against existing claims). Where the ConfigMap or Secret is in the scope, a key that configMapKeyRef, secretKeyRef or a volume's items take from it and that its data, binaryData or stringData lacks is reported. References marked optional: true are skipped. Left alone: the default ServiceAccount, the kube-root-ca.crt, openshift-service-ca.crt and istio-ca-root-cert ConfigMaps that every namespace gets, the system-* PriorityClasses, imagePullSecrets (a missing one only logs a warning), names a custom resource of the namespace mentions (a cert-manager Certificate's secretName, an ExternalSecret or SealedSecret, an operator's resource) or starts with, units holding a Role that creates objects of the kind at run time (an operator, a hook Job), and values with template placeholders. From kube-linter non-existent-service-account (on by default) and env-value-from (off), with the unit rule that spares them their known false positives for objects made outside the repository.",
		risk: "A pod that mounts a missing ConfigMap, Secret or claim stays in ContainerCreating; an env var from a missing key or object fails the container with CreateContainerConfigError; a missing ServiceAccount or PriorityClass makes the controller fail to create the pod at all. The manifests apply cleanly and the rollout hangs.",
		mitigation: "Add the object to the manifests of the unit, fix the name or key, or mark the reference optional: true when the pod can run without it.",
		example: `apiVersion: v1
kind: ConfigMap
metadata: { name: api-config }
data: { LOG_LEVEL: info }
---
# in the pod template
env:
  - name: LOG_LEVEL
    valueFrom:
      configMapKeyRef: { name: api-config, key: LOG_LEVEL }`
	},
	kinds: workloadKinds,
	check(object, { ref, index, report }) {
		if (index.entryOf(object)?.borrowed === true) return;
		const pod = podTemplateOf(object);
		if (!pod) return;
		const namespace = ref.namespace;
		const references = referencesOf(pod);
		for (const reference of references) {
			if (findPlaceholder(reference.name) !== void 0 || everywhere[reference.kind].has(reference.name)) continue;
			const found = objectsNamed(index, reference.kind, reference.name, namespace);
			if (found.length === 0) {
				const declared = reference.optional ? void 0 : wouldDeclare(index, references, reference.kind, namespace);
				if (declared === void 0) continue;
				if (createdAtRunTime(index, reference.kind) || mentionedByCustomResource(index, reference.name, namespace)) continue;
				const where = reference.kind === "PriorityClass" ? "in the unit, which declares other PriorityClasses" : `${namespaceText$1(namespace)} of the unit, which declares other ${plural(reference.kind)} there`;
				report({
					path: reference.path,
					message: `The pod refers to ${reference.kind} "${reference.name}", which is not ${where}${declared ? ` (it declares ${reference.kind} "${declared}", which no pod template refers to)` : ""}.`
				});
				continue;
			}
			if (reference.kind !== "ConfigMap" && reference.kind !== "Secret") continue;
			if (reference.optional || reference.keys.length === 0 || createdAtRunTime(index, reference.kind)) continue;
			const keys = keysOf(found, reference.kind);
			if (keys === void 0) continue;
			for (const { key, path } of reference.keys) {
				if (keys.has(key) || findPlaceholder(key) !== void 0) continue;
				const known = [...keys].slice(0, 6).map((name) => `"${name}"`).join(", ");
				report({
					path,
					message: `The pod takes the key "${key}" from ${reference.kind} "${reference.name}", which has no such key (it has ${known}).`
				});
			}
		}
	}
});
function namespaceText$1(namespace) {
	return namespace === "" ? "in its namespace" : `in namespace "${namespace}"`;
}
function plural(kind) {
	return kind === "PriorityClass" ? "PriorityClasses" : `${kind}s`;
}
function isCore(entry, kind) {
	const group = groupOf(entry.object);
	return kind === "PriorityClass" ? group === "scheduling.k8s.io" : group === "";
}
function objectsNamed(index, kind, name, namespace) {
	return index.named(kind, name, kind === "PriorityClass" ? void 0 : namespace).filter((entry) => isCore(entry, kind));
}
/**
* The unit would have declared the object (undefined when not; else the name of an unused one, or ''): it declares objects of the kind there (for PriorityClasses, at all), and
* either the workload uses one of them, or one of them is used by no pod of the scope (misnamed, most likely). A
* workload that uses none of the unit's objects of a kind, all of which serve other workloads, is one the unit's
* objects of that kind were not written for (an example beside others, a Job run against existing claims).
*/
function wouldDeclare(index, references, kind, namespace) {
	const declared = declaredOfKind(index)(`${kind}\u0000${kind === "PriorityClass" ? "" : namespace || "default"}`);
	if (!declared) return void 0;
	if (declared.unused !== void 0) return declared.unused;
	if (kind !== "PersistentVolumeClaim") return "";
	return references.some((reference) => reference.kind === kind && declared.names.has(reference.name)) ? "" : void 0;
}
/**
* Per kind and namespace (kind NUL namespace, '' for PriorityClasses), once per scope: the names of the unit's
* own objects of the kind there, and the first of them no pod template refers to; undefined when there is none.
*/
const declaredOfKind = perScope((index) => memoize((key) => {
	const [kind, namespace] = key.split("\0");
	const candidates = index.sift(ownCore, kind === "PriorityClass" ? { kind } : {
		kind,
		namespace
	})();
	if (candidates.length === 0) return void 0;
	const unused = candidates.find((entry) => index.sift(workloadsByReference, { workloads: true })(usedKey(kind, entry.ref.name, entry.ref.namespace)).length === 0 && index.sift(customWorkloadsByString, { workloads: true })(entry.ref.name).length === 0 && !everywhere[kind].has(entry.ref.name));
	return {
		names: new Set(candidates.map((entry) => entry.ref.name)),
		unused: unused?.ref.name
	};
}));
const ownCore = entriesWhere((entry) => !entry.borrowed && isCore(entry, entry.ref.kind));
function usedKey(kind, name, namespace) {
	return `${kind}\u0000${kind === "PriorityClass" ? "" : namespace || "default"}\u0000${name}`;
}
const workloadsByReference = entriesByKey((workload) => workload.pod ? [...new Set(referencesOf(workload.pod).map((reference) => usedKey(reference.kind, reference.name, workload.ref.namespace)))] : []);
const customWorkloadsByString = entriesByKey((workload) => workload.pod && !isBuiltInGroup(apiGroupOf(workload.ref.apiVersion)) ? [...stringsOf(workload.object)] : []);
/** The keys of the ConfigMaps or Secrets of that name (every variant of it); undefined when one holds no data at all. */
function keysOf(found, kind) {
	const fields = kind === "Secret" ? ["data", "stringData"] : ["data", "binaryData"];
	const keys = /* @__PURE__ */ new Set();
	for (const entry of found) {
		const before = keys.size;
		for (const field of fields) {
			const data = entry.object[field];
			if (isRecord(data)) for (const key of Object.keys(data)) keys.add(key);
		}
		if (keys.size === before) return void 0;
	}
	return keys;
}
/** Roles of the unit that create objects of a kind: an operator or a hook Job makes them at run time. */
const creators = perScope((index) => {
	const resources = /* @__PURE__ */ new Set();
	for (const entry of index.own) {
		if (entry.ref.kind !== "Role" && entry.ref.kind !== "ClusterRole" || groupOf(entry.object) !== "rbac.authorization.k8s.io") continue;
		const rules = entry.object["rules"];
		if (!Array.isArray(rules)) continue;
		for (const rule of rules) {
			if (!isRecord(rule)) continue;
			const listed = (key) => Array.isArray(rule[key]) ? rule[key].filter((item) => typeof item === "string") : [];
			if (!listed("verbs").some((verb) => verb === "create" || verb === "update" || verb === "patch" || verb === "*")) continue;
			for (const resource of listed("resources")) resources.add(resource);
		}
	}
	return resources;
});
function createdAtRunTime(index, kind) {
	const made = creators(index);
	return made.has("*") || made.has(resourceOfKind[kind]);
}
/** A custom resource that is no workload: an operator may turn what it names into objects. */
function isOperatorInput(entry) {
	return !isBuiltInGroup(apiGroupOf(entry.ref.apiVersion)) && entry.pod === void 0 && !hasPodTemplate(entry.object);
}
const operatorInputsByString = entriesByKey((entry) => isOperatorInput(entry) ? [...stringsOf(entry.object)] : []);
const operatorInputsByName = entriesByKey((entry) => entry.ref.name !== "" && isOperatorInput(entry) ? [entry.ref.name] : []);
function hasPodTemplate(object) {
	const spec = object["spec"];
	const template = isRecord(spec) ? spec["template"] : void 0;
	const podSpec = isRecord(template) ? template["spec"] : void 0;
	return isRecord(podSpec) && Array.isArray(podSpec["containers"]);
}
function stringsOf(object) {
	const strings = /* @__PURE__ */ new Set();
	collectStrings(object, strings, 0);
	return strings;
}
function collectStrings(value, into, depth) {
	if (depth > 40) return;
	if (typeof value === "string") into.add(value);
	else if (Array.isArray(value)) for (const item of value) collectStrings(item, into, depth + 1);
	else if (isRecord(value)) for (const key of Object.keys(value)) collectStrings(value[key], into, depth + 1);
}
/** A custom resource of the namespace names the object, or has a name it starts with (my-db, my-db-credentials). */
function mentionedByCustomResource(index, name, namespace) {
	if (index.sift(operatorInputsByString, { namespace })(name).length > 0) return true;
	for (let at = 1; at < name.length; at++) if ((name[at] === "-" || name[at] === ".") && index.sift(operatorInputsByName, { namespace })(name.slice(0, at)).length > 0) return true;
	return false;
}
/** Every object name a pod template refers to, with the keys it reads. */
function referencesOf(pod) {
	const result = [];
	const spec = pod.spec;
	const at = (...rest) => [...pod.path, ...rest];
	for (const field of ["serviceAccountName", "serviceAccount"]) {
		const name = spec[field];
		if (typeof name === "string" && name !== "") {
			result.push({
				kind: "ServiceAccount",
				name,
				path: at(field),
				optional: false,
				keys: []
			});
			break;
		}
	}
	const priority = spec["priorityClassName"];
	if (typeof priority === "string" && priority !== "") result.push({
		kind: "PriorityClass",
		name: priority,
		path: at("priorityClassName"),
		optional: false,
		keys: []
	});
	const volumes = spec["volumes"];
	if (Array.isArray(volumes)) volumes.forEach((volume, i) => {
		if (!isRecord(volume)) return;
		const claim = volume["persistentVolumeClaim"];
		if (isRecord(claim) && typeof claim["claimName"] === "string") result.push({
			kind: "PersistentVolumeClaim",
			name: claim["claimName"],
			path: at("volumes", i, "persistentVolumeClaim", "claimName"),
			optional: false,
			keys: []
		});
		const configMap = volume["configMap"];
		if (isRecord(configMap)) pushSource(result, "ConfigMap", configMap, "name", at("volumes", i, "configMap"));
		const secret = volume["secret"];
		if (isRecord(secret)) pushSource(result, "Secret", secret, "secretName", at("volumes", i, "secret"));
		const projected = volume["projected"];
		const sources = isRecord(projected) ? projected["sources"] : void 0;
		if (Array.isArray(sources)) sources.forEach((source, j) => {
			if (!isRecord(source)) return;
			if (isRecord(source["configMap"])) pushSource(result, "ConfigMap", source["configMap"], "name", at("volumes", i, "projected", "sources", j, "configMap"));
			if (isRecord(source["secret"])) pushSource(result, "Secret", source["secret"], "name", at("volumes", i, "projected", "sources", j, "secret"));
		});
	});
	for (const container of containersOf(pod, [
		"container",
		"initContainer",
		"ephemeralContainer"
	])) {
		const record = container.container;
		const envFrom = record["envFrom"];
		if (Array.isArray(envFrom)) envFrom.forEach((item, i) => {
			if (!isRecord(item)) return;
			for (const [field, kind] of [["configMapRef", "ConfigMap"], ["secretRef", "Secret"]]) {
				const source = item[field];
				if (isRecord(source) && typeof source["name"] === "string") result.push({
					kind,
					name: source["name"],
					path: [
						...container.path,
						"envFrom",
						i,
						field,
						"name"
					],
					optional: source["optional"] === true,
					keys: []
				});
			}
		});
		const env = record["env"];
		if (!Array.isArray(env)) continue;
		env.forEach((variable, i) => {
			const from = isRecord(variable) ? variable["valueFrom"] : void 0;
			if (!isRecord(from)) return;
			for (const [field, kind] of [["configMapKeyRef", "ConfigMap"], ["secretKeyRef", "Secret"]]) {
				const source = from[field];
				if (!isRecord(source) || typeof source["name"] !== "string") continue;
				const base = [
					...container.path,
					"env",
					i,
					"valueFrom",
					field
				];
				const keys = typeof source["key"] === "string" ? [{
					key: source["key"],
					path: [...base, "key"]
				}] : [];
				result.push({
					kind,
					name: source["name"],
					path: [...base, "name"],
					optional: source["optional"] === true,
					keys
				});
			}
		});
	}
	return result;
}
/** A configMap or secret volume source (or projection): its name and the keys its items pick. */
function pushSource(result, kind, source, nameField, path) {
	const name = source[nameField];
	if (typeof name !== "string") return;
	const items = source["items"];
	const keys = [];
	if (Array.isArray(items)) items.forEach((item, i) => {
		if (isRecord(item) && typeof item["key"] === "string") keys.push({
			key: item["key"],
			path: [
				...path,
				"items",
				i,
				"key"
			]
		});
	});
	result.push({
		kind,
		name,
		path: [...path, nameField],
		optional: source["optional"] === true,
		keys
	});
}

// dist/checks/replicas-single.js
var replicas_single_default = defineObjectCheck({
	meta: {
		id: "replicas-single",
		title: "Served workload with a single replica",
		severity: "warning",
		category: "disruptions",
		description: "A Deployment or StatefulSet whose pods a Service selects runs one replica (spec.replicas 1, or unset, which means 1) and no HorizontalPodAutoscaler or KEDA ScaledObject scales it. Custom resources that run pods continuously are judged by their own replica field where it is known (an Argo Rollout's spec.replicas, a Ray worker group's replicas), and left alone where it is not.",
		risk: "The only pod is a single point of failure: every node drain, node failure, eviction, OOM kill and StatefulSet rollout is an outage of the Service until a new pod is scheduled, pulls its image and passes its readiness probe. A PodDisruptionBudget cannot help either, as it can only block the drain.",
		mitigation: "Run at least two replicas, spread over nodes, or let an autoscaler with minReplicas 2 or more manage the count. If one instance is a hard requirement (a leader, a singleton consumer), document it and accept the downtime in maintenance windows.",
		example: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 2
  selector:
    matchLabels: { app: api }`
	},
	kinds: ["Deployment", "StatefulSet"],
	check(object, { index, report }) {
		if (!isReplicated(object)) return;
		const entry = index.entryOf(object);
		if (!entry?.pod) return;
		const field = replicaFieldOf(object);
		if (!field) return;
		const declared = field.value;
		const unset = declared === void 0 || declared === null;
		if (unset ? field.unset !== 1 : intLike(declared) !== 1) return;
		const services = index.servicesSelecting(entry);
		if (services.length === 0 || index.autoscalersOf(entry).length > 0) return;
		const name = formatPath(field.path);
		const count = unset ? `${name} unset, so 1` : `${name} 1`;
		report({
			path: field.path,
			message: `${describeWorkload(entry)} runs a single replica (${count}) behind ${listRefs(services)}, and no autoscaler scales it: any restart, eviction or node drain is an outage.`
		});
	}
});

// dist/checks/requests-exceed-node.js
const example = `
    node profile: capacity { cpu: 2, memory: 8Gi, pods: 110 },
                  kubeReserved { cpu: 70m, memory: 574Mi }, evictionHard { memory: 100Mi }
      allocatable cpu    = 2 - 70m               = 1930m
      allocatable memory = 8Gi - 574Mi - 100Mi   = 7518Mi
    pod: containers api (600m, 1Gi) and proxy (400m, 512Mi), init container migrate (250m, 2Gi)
      cpu request    = max(600m + 400m, 250m)    = 1
      memory request = max(1Gi + 512Mi, 2Gi)     = 2Gi
    pods per node = min(floor(1930m / 1) = 1, floor(7518Mi / 2Gi) = 3, pods 110) = 1
    1 < minPodsPerNode 3: a warning (0 on every profile would be an error)`;
var requests_exceed_node_default = defineObjectCheck({
	meta: {
		id: "requests-exceed-node",
		title: "Pod requests too large for the nodes",
		severity: "error",
		category: "resources",
		description: "Compares the effective request of each pod with the node profiles of the nodeProfiles option, and reports nothing until one is configured. A profile gives allocatable, or capacity minus kubeReserved, systemReserved and the evictionHard memory threshold. The pod request per resource is the sum over the containers and sidecars (a limit alone counts as the request, as does a LimitRange default), or the largest init container phase when that is larger, plus spec.overhead. Pods per node = min(floor(allocatable cpu / cpu request), floor(allocatable memory / memory request), pods). An error when it is 0 on every profile; a warning when the best profile holds fewer than minPodsPerNode (not for DaemonSets, which run one pod per node anyway). Worked example:\n" + example,
		risk: "A pod that fits on no node stays Pending forever, and the cluster autoscaler cannot help because no node group it knows is big enough. A pod that barely fits leaves most of a node idle, cannot be rescheduled when nodes are busy, and a rolling update or a drain may find no room for the new pod.",
		mitigation: "Lower the requests to what the containers use (check for a forgotten init container or sidecar with a large request, or a limit without a request), split the pod, or add a larger node profile or node group for it.",
		example: `# with the option nodeProfiles: [{ name: m5.large, allocatable: { cpu: 1930m, memory: 7518Mi, pods: 29 } }]
# pods per node = min(floor(1930m / 500m) = 3, floor(7518Mi / 1Gi) = 7, pods 29) = 3
containers:
  - name: api
    resources:
      requests: { cpu: 500m, memory: 1Gi }
      limits: { memory: 1Gi }`
	},
	options: {
		defaults: {
			nodeProfiles: [],
			minPodsPerNode: 3
		},
		schema: {
			type: "object",
			properties: {
				nodeProfiles: {
					type: "array",
					description: "The node shapes pods can land on: { name, allocatable: { cpu, memory, pods } } or { name, capacity: { cpu, memory, pods }, kubeReserved: { cpu, memory }, systemReserved: { cpu, memory }, evictionHard: { memory } }, quantities as in a manifest (\"1930m\", \"7518Mi\", \"5%\" for evictionHard). Empty: the check is off.",
					items: {
						type: "object",
						properties: {
							name: { type: "string" },
							allocatable: { type: "object" },
							capacity: { type: "object" },
							kubeReserved: { type: "object" },
							systemReserved: { type: "object" },
							evictionHard: { type: "object" }
						},
						additionalProperties: false
					}
				},
				minPodsPerNode: {
					type: "integer",
					minimum: 1,
					description: "Warn when fewer pods than this fit on the best node profile."
				}
			},
			additionalProperties: false
		}
	},
	kinds: workloadKinds,
	check(object, { ref, index, options, report }) {
		const profiles = nodeProfilesOf(options.nodeProfiles);
		if (profiles.length === 0) return;
		const pod = podTemplateOf(object);
		if (!pod) return;
		const defaults = containerDefaults(index, ref.namespace);
		const requests = {
			cpu: podRequest(pod, "cpu", defaults),
			memory: podRequest(pod, "memory", defaults)
		};
		const fits = profiles.map((profile) => fitOn(profile, requests));
		const best = fits.reduce((a, b) => b.count > a.count || b.count === a.count && b.ratio > a.ratio ? b : a);
		const minimum = typeof options.minPodsPerNode === "number" && options.minPodsPerNode > 0 ? options.minPodsPerNode : 3;
		const asked = describeRequests(requests);
		const pathFor = (binding) => {
			if (binding === void 0 || binding === "pods") return pod.path;
			const request = requests[binding];
			if (request.podLevel) return [
				...pod.path,
				"resources",
				"requests",
				binding
			];
			const largest = request.shares.reduce((a, b) => a && a.units >= b.units ? a : b, void 0);
			return largest ? [
				...largest.at.path,
				"resources",
				"requests",
				binding
			] : pod.path;
		};
		if (best.count === 0) {
			report({
				path: pathFor(best.binding),
				severity: "error",
				message: `The pod requests ${asked}, which fits on no node profile, so it would stay Pending: ${fits.map((fit) => `${describeProfile(fit.profile)} fits ${arithmetic(fit)}`).join("; ")}.`
			});
			return;
		}
		if (isKind(object, "DaemonSet") || best.count >= minimum) return;
		report({
			path: pathFor(best.binding),
			severity: "warning",
			message: `The pod requests ${asked}; the best node profile ${describeProfile(best.profile)} fits ${arithmetic(best)}, fewer than minPodsPerNode ${minimum}.`
		});
	}
});
function fitOn(profile, requests) {
	let count = Infinity;
	let ratio = Infinity;
	let binding;
	const terms = [];
	for (const resource of computeResources) {
		const allocatable = profile[resource];
		const request = requests[resource].units;
		if (allocatable === void 0 || request <= 0) continue;
		const fit = Math.floor(Math.max(allocatable, 0) / request);
		terms.push(`${resource} floor(${formatResource(resource, allocatable)} / ${formatResource(resource, request)}) = ${fit}`);
		ratio = Math.min(ratio, allocatable / request);
		if (fit < count) {
			count = fit;
			binding = resource;
		}
	}
	if (profile.pods !== void 0) {
		const pods = Math.max(Math.floor(profile.pods), 0);
		terms.push(`pods ${pods}`);
		if (pods < count) {
			count = pods;
			binding = "pods";
		}
	}
	return {
		profile,
		count,
		ratio,
		binding,
		terms
	};
}
function arithmetic(fit) {
	return fit.terms.length === 1 ? `${fit.terms[0]}` : `min(${fit.terms.join(", ")}) = ${fit.count}`;
}
function describeProfile(profile) {
	const parts = [
		profile.cpu !== void 0 ? `cpu ${formatResource("cpu", profile.cpu)}` : void 0,
		profile.memory !== void 0 ? `memory ${formatResource("memory", profile.memory)}` : void 0,
		profile.pods !== void 0 ? `pods ${profile.pods}` : void 0
	].filter((part) => part !== void 0);
	return `"${profile.name}" (allocatable ${parts.join(", ")})`;
}
function describeRequests(requests) {
	return computeResources.map((resource) => {
		const request = requests[resource];
		if (request.units <= 0) return `no ${resource}`;
		const format = (units) => formatResource(resource, units);
		const named = (share) => `"${share.at.container.name ?? "?"}" ${format(share.units)}`;
		const notes = [];
		if (request.podLevel) notes.push("pod-level");
		else if (request.initPhase) {
			const [init, ...sidecars] = request.shares;
			const phase = init ? [`init container ${named(init)}`, ...sidecars.map((share) => `sidecar ${named(share)}`)].join(" + ") : "";
			notes.push(`${phase}, more than the ${format(request.running)} of the running containers`);
		} else {
			const contributing = request.shares.filter((share) => share.units > 0);
			if (contributing.length > 4) notes.push(`the sum over ${contributing.length} containers`);
			else if (contributing.length > 1) notes.push(contributing.map(named).join(" + "));
		}
		if (request.overhead > 0) notes.push(`with ${format(request.overhead)} pod overhead`);
		return `${resource} ${format(request.units)}${notes.length > 0 ? ` (${notes.join(", ")})` : ""}`;
	}).join(" and ");
}
/** The usable profiles of the option: those that bound at least one of cpu, memory or pods. */
function nodeProfilesOf(value) {
	if (!Array.isArray(value)) return [];
	const result = [];
	value.forEach((raw, i) => {
		if (!isRecord(raw)) return;
		const profile = {
			name: typeof raw["name"] === "string" && raw["name"] !== "" ? raw["name"] : `#${i + 1}`,
			cpu: allocatableOf(raw, "cpu"),
			memory: allocatableOf(raw, "memory"),
			pods: podsOf(raw)
		};
		if (profile.cpu !== void 0 || profile.memory !== void 0 || profile.pods !== void 0) result.push(profile);
	});
	return result;
}
/** allocatable.<r> as given, else capacity.<r> minus the reservations and (memory) the hard eviction threshold. */
function allocatableOf(profile, resource) {
	const given = profile["allocatable"];
	if (isQuantitySet(given, resource)) return toUnits(resource, given[resource]);
	const capacity = profile["capacity"];
	if (!isQuantitySet(capacity, resource)) return void 0;
	const total = toUnits(resource, capacity[resource]);
	if (total === void 0) return void 0;
	const reserved = (field) => {
		const list = profile[field];
		return isQuantitySet(list, resource) ? toUnits(resource, list[resource]) ?? 0 : 0;
	};
	let allocatable = total - reserved("kubeReserved") - reserved("systemReserved");
	if (resource === "memory") allocatable -= evictionOf(profile["evictionHard"], total);
	return allocatable;
}
/** evictionHard memory (kubelet writes it as memory.available), a quantity or a percentage of capacity. */
function evictionOf(eviction, capacity) {
	if (!isRecord(eviction)) return 0;
	const value = eviction["memory"] ?? eviction["memory.available"];
	const percent = typeof value === "string" ? /^\s*(\d+(?:\.\d+)?)%\s*$/.exec(value) : null;
	if (percent?.[1]) return Math.ceil(Number(percent[1]) * capacity / 100);
	return toUnits("memory", value) ?? 0;
}
function podsOf(profile) {
	for (const field of ["allocatable", "capacity"]) {
		const list = profile[field];
		if (!isQuantitySet(list, "pods")) continue;
		const pods = parseQuantity(list["pods"]);
		if (pods !== void 0 && pods >= 0) return Math.floor(pods);
	}
}

// dist/checks/requests-missing.js
const resources = ["cpu", "memory"];
var requests_missing_default = defineObjectCheck({
	meta: {
		id: "requests-missing",
		title: "Container without CPU or memory request",
		severity: "warning",
		category: "resources",
		description: "Every container and init container must set a cpu and a memory request, or a limit, which defaults the request. The message names what is missing.",
		risk: "Without requests the scheduler places the pod as if it needed nothing. Nodes get overcommitted, the pod runs as BestEffort or Burstable and is the first evicted under memory pressure, and autoscalers that work on utilization have nothing to measure against.",
		mitigation: "Set resources.requests.cpu and resources.requests.memory from observed usage (for example the 90th percentile), and a memory limit. A limit alone also sets the request to the same value.",
		fix: "Only with fix.defaultRequests in the config: sets the missing resources.requests.cpu and .memory to the values configured there. Nothing is invented: a container missing a resource the config gives no value for gets no fix.",
		example: `containers:
  - name: api
    resources:
      requests: { cpu: 250m, memory: 256Mi }
      limits: { memory: 256Mi }`
	},
	kinds: workloadKinds,
	check(object, { settings, report }) {
		const pod = podTemplateOf(object);
		if (!pod) return;
		for (const at of containersOf(pod)) {
			const declared = at.container.resources;
			const requirements = isRecord(declared) ? declared : {};
			const missing = resources.filter((name) => !isSet$1(requirements.requests, name) && !isSet$1(requirements.limits, name));
			if (missing.length === 0) continue;
			report({
				path: [
					...at.path,
					"resources",
					"requests"
				],
				message: `${capitalize(containerLabel(at))} sets no ${missing.join(" or ")} request (nor a limit that would default it).`,
				fix: requestsFix(object, at, missing, settings)
			});
		}
	}
});
/** The configured default requests for what is missing, when the config gives all of them. */
function requestsFix(object, at, missing, settings) {
	const defaults = settings.fix?.defaultRequests;
	if (!defaults) return void 0;
	const edits = [];
	for (const name of missing) {
		const value = defaults[name];
		if (typeof value !== "string" || compareQuantities(value, "0") !== 1) return void 0;
		edits.push({
			op: "set",
			path: [
				...at.path,
				"resources",
				"requests",
				name
			],
			value
		});
	}
	if (!edits.every((edit) => canSetAt(object, edit.path))) return void 0;
	return {
		description: `sets resources.requests ${edits.map((edit) => `${String(edit.path[edit.path.length - 1])}: ${String(edit.value)}`).join(", ")} of ${containerLabel(at)}, from fix.defaultRequests`,
		edits
	};
}
function isSet$1(quantities, name) {
	return isRecord(quantities) && quantities[name] !== void 0 && quantities[name] !== null && quantities[name] !== "";
}
function capitalize(text) {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

// dist/checks/restart-policy-invalid.js
const longRunningKinds = [
	"Deployment",
	"ReplicaSet",
	"StatefulSet",
	"DaemonSet",
	"ReplicationController"
];
var restart_policy_invalid_default = defineObjectCheck({
	meta: {
		id: "restart-policy-invalid",
		title: "Pod restartPolicy the API server rejects for the workload kind",
		severity: "error",
		category: "correctness",
		description: "Fires on a pod template restartPolicy the API server refuses for its controller. Deployments, ReplicaSets, StatefulSets, DaemonSets, ReplicationControllers and OpenShift DeploymentConfigs accept only Always (ValidatePodTemplateSpecForReplicaSet, ValidatePodTemplateSpecForStatefulSet, ValidateDaemonSetSpec, ValidatePodTemplateSpecForRC: \"Unsupported value ... supported values: Always\"), so OnFailure or Never is reported; unset is fine, it defaults to Always. A Job, and the job template of a CronJob, accepts only OnFailure or Never (validateJobSpec in pkg/apis/batch/validation), so Always is reported and so is an unset restartPolicy, which the pod defaults turn into Always before validation (\"Required value: valid values: OnFailure, Never\"); with a podFailurePolicy only Never is accepted. Values outside Always, OnFailure and Never are left to schema-invalid, and a bare Pod takes all three.",
		risk: "kubectl apply, Helm or the GitOps controller fails on the object, so the workload or the Job is never created (a Helm hook Job that is refused fails the whole release).",
		mitigation: "Remove restartPolicy from the pod template of a Deployment, StatefulSet, DaemonSet or ReplicaSet (the controller replaces pods that exit anyway). In a Job or CronJob set restartPolicy: Never (a new pod per retry, counted against backoffLimit; required with a podFailurePolicy) or OnFailure (the container restarts in place).",
		example: `apiVersion: batch/v1
kind: Job
metadata: { name: migrate }
spec:
  backoffLimit: 3
  template:
    spec:
      restartPolicy: Never
      containers: [{ name: migrate, image: registry.example.com/migrate:1.4.2 }]`
	},
	kinds: [
		...longRunningKinds,
		"Job",
		"CronJob",
		"DeploymentConfig"
	],
	check(object, { report }) {
		const name = `${object.kind} "${nameOf$1(object)}"`;
		if (isKind(object, "Job") || isKind(object, "CronJob")) {
			const pod = podTemplateOf(object);
			if (!pod) return;
			const jobSpec = isKind(object, "Job") ? object["spec"] : jobSpecOfCronJob(object);
			const podFailurePolicy = isRecord(jobSpec) ? jobSpec["podFailurePolicy"] : void 0;
			const where = isKind(object, "Job") ? "its pod template" : "its job template";
			const value = pod.spec["restartPolicy"];
			const path = [...pod.path, "restartPolicy"];
			if (value === void 0 || value === null || value === "") {
				const containers = pod.spec["containers"];
				if (!Array.isArray(containers) || !containers.some((c) => isRecord(c) && typeof c["image"] === "string")) return;
				report({
					path,
					message: `${name} leaves restartPolicy unset in ${where}: it defaults to Always, which the server rejects for a Job (Required value: OnFailure or Never). Set restartPolicy: Never or OnFailure.`
				});
			} else if (value === "Always") report({
				path,
				message: `${name} sets restartPolicy: Always in ${where}, which the server rejects for a Job: only OnFailure or Never are supported.`
			});
			else if (value === "OnFailure" && podFailurePolicy !== void 0 && podFailurePolicy !== null) report({
				path,
				message: `${name} sets restartPolicy: OnFailure together with a podFailurePolicy, which the server rejects: only Never is supported with a podFailurePolicy.`
			});
			return;
		}
		const spec = podSpecOf(object);
		if (!spec) return;
		const value = spec.spec["restartPolicy"];
		if (value !== "OnFailure" && value !== "Never") return;
		report({
			path: [...spec.path, "restartPolicy"],
			message: `${name} sets restartPolicy: ${value} in its pod template, which the server rejects: a ${object.kind} accepts only Always (its controller replaces pods that exit). Remove the field.`
		});
	}
});
/** The pod spec of a long-running controller: a built-in one, or an OpenShift DeploymentConfig. */
function podSpecOf(object) {
	if (longRunningKinds.some((kind) => isKind(object, kind))) {
		const pod = podTemplateOf(object);
		return pod ? {
			spec: pod.spec,
			path: pod.path
		} : void 0;
	}
	if (object.kind !== "DeploymentConfig" || object.apiVersion !== "apps.openshift.io/v1" && object.apiVersion !== "v1") return void 0;
	const spec = object["spec"];
	const template = isRecord(spec) ? spec["template"] : void 0;
	const podSpec = isRecord(template) ? template["spec"] : void 0;
	return isRecord(podSpec) ? {
		spec: podSpec,
		path: [
			"spec",
			"template",
			"spec"
		]
	} : void 0;
}
function jobSpecOfCronJob(object) {
	const spec = object["spec"];
	const jobTemplate = isRecord(spec) ? spec["jobTemplate"] : void 0;
	return isRecord(jobTemplate) ? jobTemplate["spec"] : void 0;
}
function nameOf$1(object) {
	const name = object.metadata?.name;
	return typeof name === "string" ? name : "?";
}

// dist/checks/rollout-strategy-risky.js
/**
* An int-or-percent of a rolling update as the Deployment controller scales it (ResolveFenceposts in
* pkg/controller/deployment/util): a percentage of the replicas, rounded up for maxSurge and down for
* maxUnavailable. Undefined when it is neither an integer nor a percentage.
*/
function scaled(value, replicas, roundUp) {
	if (typeof value === "number") return Number.isInteger(value) ? value : void 0;
	if (typeof value !== "string") return void 0;
	const text = value.trim();
	const percent = /^(\d+)%$/.exec(text);
	if (percent?.[1]) {
		const exact = Number(percent[1]) * replicas / 100;
		return roundUp ? Math.ceil(exact) : Math.floor(exact);
	}
	return /^\d+$/.test(text) ? Number(text) : void 0;
}
/**
* A Service that only exposes metrics (its name, or the name of every port, says metrics): a scraper misses
* a few samples during a rollout, no client loses its backend.
*/
function onlyMetrics(service) {
	if (/metrics$/i.test(service.ref.name)) return true;
	const spec = service.object["spec"];
	const ports = isRecord(spec) ? spec["ports"] : void 0;
	if (!Array.isArray(ports) || ports.length === 0) return false;
	return ports.every((port) => isRecord(port) && typeof port["name"] === "string" && /metrics/i.test(port["name"]));
}
/** `Service "a", Service "b"`: each name once (variants of a Service in several files count once). */
function serviceNames(services) {
	const names = [...new Set(services.map((service) => service.ref.name))];
	const shown = names.slice(0, 3).map((name) => `Service "${name}"`);
	return names.length > 3 ? `${shown.join(", ")} and ${names.length - 3} more` : shown.join(", ");
}
var rollout_strategy_risky_default = defineObjectCheck({
	meta: {
		id: "rollout-strategy-risky",
		title: "Deployment rollout that takes every pod down",
		severity: "warning",
		category: "disruptions",
		description: "Fires on a Deployment whose rollout takes all its pods down at once: strategy.type Recreate while a Service of the reviewed manifests selects its pods (kube-score's deployment-strategy), or a RollingUpdate whose maxUnavailable, scaled as the Deployment controller does (a percentage of the replicas rounded down; maxSurge rounded up), reaches the replica count: \"100%\" always, an integer at or above spec.replicas (or the autoscaler's minimum, the count it runs at its lowest). With a single replica a maxUnavailable of 1 is reported only when a Service selects the pods, as Recreate is. Services that only expose metrics (named metrics, or every port named so) do not count. Recreate without a Service (a worker, a singleton holding a ReadWriteOnce volume) and counts or values written as templates are left alone.",
		risk: "During every rollout, a config change and a new image included, the controller stops the old pods before any new pod is Ready: the Service has no endpoint until the new pods start, pull their image and pass readiness, and a new version that fails to start leaves nothing running at all.",
		mitigation: "Use a RollingUpdate with a maxUnavailable below the replica count (0 with maxSurge 1 keeps full capacity), run at least two replicas, and keep Recreate for workloads that must never run two versions side by side, where the downtime is accepted.",
		example: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 3
  strategy:
    type: RollingUpdate
    rollingUpdate: { maxUnavailable: 0, maxSurge: 1 }`
	},
	kinds: ["Deployment"],
	check(object, { index, report }) {
		if (!isKind(object, "Deployment")) return;
		const entry = index.entryOf(object);
		const spec = object["spec"];
		if (!entry?.pod || !isRecord(spec)) return;
		const floor = replicaFloor(entry, index);
		if (floor?.count === 0) return;
		const strategy = isRecord(spec["strategy"]) ? spec["strategy"] : {};
		const type = strategy["type"];
		const services = index.servicesSelecting(entry).filter((service) => !onlyMetrics(service));
		const served = services.length > 0 ? ` behind ${serviceNames(services)}` : "";
		if (type === "Recreate") {
			if (services.length === 0) return;
			report({
				path: [
					"spec",
					"strategy",
					"type"
				],
				message: `${describeRef(entry.ref)} uses strategy Recreate${served}: every rollout stops all its pods before starting new ones, so the Service has no endpoint until the new pods are Ready.`
			});
			return;
		}
		if (type !== void 0 && type !== null && type !== "RollingUpdate") return;
		const rolling = isRecord(strategy["rollingUpdate"]) ? strategy["rollingUpdate"] : {};
		const maxUnavailable = rolling["maxUnavailable"];
		if (maxUnavailable === void 0 || maxUnavailable === null) return;
		if (typeof maxUnavailable === "string" && findPlaceholder(maxUnavailable)) return;
		const shown = JSON.stringify(maxUnavailable);
		const path = [
			"spec",
			"strategy",
			"rollingUpdate",
			"maxUnavailable"
		];
		const percent = typeof maxUnavailable === "string" ? /^\s*(\d+)%\s*$/.exec(maxUnavailable)?.[1] : void 0;
		if (percent !== void 0 && Number(percent) >= 100) {
			report({
				path,
				message: `${describeRef(entry.ref)} allows maxUnavailable ${shown}${served}: a rollout may stop every pod at once, before any new one is Ready.`
			});
			return;
		}
		if (!floor) return;
		const unavailable = scaled(maxUnavailable, floor.count, false);
		if (unavailable === void 0 || unavailable < floor.count) return;
		if (floor.count === 1 && services.length === 0) return;
		const surge = scaled(rolling["maxSurge"] ?? "25%", floor.count, true);
		const surgeText = surge !== void 0 && surge > 0 ? ` (maxSurge adds ${surge} new pod${surge === 1 ? "" : "s"}, but none is Ready when the old ones stop)` : "";
		const lowest = floor.autoscaled ? `${floor.count} replica${floor.count === 1 ? "" : "s"} at its lowest (${floor.source})` : `${floor.count} replica${floor.count === 1 ? "" : "s"} (${floor.source})`;
		report({
			path,
			message: `${describeRef(entry.ref)} allows maxUnavailable ${shown} with ${lowest}${served}: a rollout may stop every old pod at once${surgeText}.`
		});
	}
});

// dist/checks/run-as-root.js
/**
* How the container's image decides its user, in the words of a message: from its Dockerfile when the
* input builds it (and a lower severity when that Dockerfile runs it as non-root), else what most images do.
*/
function imageUserClause(at, images) {
	const build = imageBuildOf(images, at.container.image);
	if (!build) return { clause: "so it runs as the user the image declares, which is root unless the image says otherwise" };
	if (build.user.runs === "non-root") return {
		clause: `so it runs as the user its image declares: ${describeImageUser(build)}, which is not root today, but nothing in the manifest keeps a rebuilt image from running as root`,
		severity: "info"
	};
	return { clause: `so it runs as the user its image declares: ${describeImageUser(build)}` };
}
/**
* runAsNonRoot: true in the pod securityContext, where it makes no container of the pod unable to start:
* none runs as uid 0, and none is built here from a Dockerfile whose user is root,
* a name (the kubelet cannot verify it) or a variable, unless it sets a uid of its own.
*/
function nonRootFix(object, pod, images) {
	const path = podFieldPath(pod, "runAsNonRoot");
	if (!canSetAt(object, path)) return {};
	for (const at of containersOf(pod, [
		"container",
		"initContainer",
		"ephemeralContainer"
	])) {
		const { user } = effectiveRunAs(pod, at);
		if (user?.value === 0) return {};
		const build = imageBuildOf(images, at.container.image);
		if (user === void 0 && build && !(build.user.runs === "non-root" && build.user.numeric)) return {};
	}
	return { fix: {
		description: "set runAsNonRoot: true in the pod securityContext",
		edits: [{
			op: "set",
			path,
			value: true
		}]
	} };
}
var run_as_root_default = defineObjectCheck({
	meta: {
		id: "run-as-root",
		title: "Container may run as root",
		severity: "warning",
		category: "security",
		description: "Works out the runAsUser and runAsNonRoot each container, init container and ephemeral container ends up with (its own securityContext overrides the pod one) and fires when the uid is 0, or when there is neither a non-zero uid nor runAsNonRoot: true. Windows pods (spec.os.name or a kubernetes.io/os nodeSelector) are exempt, since runAsUserName governs them. Applies at every Pod Security level. When the input builds the container's image from one of its Dockerfiles (a skaffold.yaml artifact, or the config's images: map), the message says who that Dockerfile runs as, and the finding is only info when it ends with a non-root USER.",
		risk: "A container left to the image user runs as root with most public images. A bug or exploit in the application then owns every file in the container, can install tools, and is one kernel or runtime escape away from root on the node. It also means a later switch to a restricted namespace rejects the pods.",
		mitigation: "Set runAsNonRoot: true and a non-zero runAsUser (and runAsGroup) in the pod securityContext, and build the image for that uid; override per container only where one needs another uid, never with 0.",
		example: `spec:
  securityContext:
    runAsNonRoot: true
    runAsUser: 10001
    runAsGroup: 10001
  containers:
    - name: api
      image: registry.example.com/api:1.4.2`,
		fix: "Sets runAsNonRoot: true in the pod securityContext for containers that set neither runAsNonRoot nor runAsUser, so that the kubelet refuses to start them as root. Not where a container of the pod runs as uid 0, or is built here from a Dockerfile whose user is root or a name rather than a uid (the pod would not start); choosing a uid (runAsUser) is left to you."
	},
	kinds: workloadKinds,
	check(object, { report, settings }) {
		const pod = podTemplateOf(object);
		if (!pod || runsOnWindows(pod)) return;
		const inheritRootUser = [];
		const inheritNonRootFalse = [];
		let podFix;
		for (const at of containersOf(pod, [
			"container",
			"initContainer",
			"ephemeralContainer"
		])) {
			const { user, nonRoot } = effectiveRunAs(pod, at);
			if (user?.value === 0) {
				if (user.from === "pod") {
					inheritRootUser.push(at);
					continue;
				}
				const message = nonRoot?.value === true ? `${containerSubject(at)} sets securityContext.runAsUser: 0 (root) while runAsNonRoot: true ${nonRoot.from === "pod" ? "comes from the pod" : "is set too"}, so the kubelet refuses to start it.` : `${containerSubject(at)} sets securityContext.runAsUser: 0, so it runs as root.`;
				report({
					path: containerFieldPath(at, "runAsUser"),
					message
				});
			} else if (user !== void 0 || nonRoot?.value === true) continue;
			else if (nonRoot?.from === "pod") inheritNonRootFalse.push(at);
			else if (nonRoot?.from === "container") {
				const { clause, severity } = imageUserClause(at, settings.images);
				report({
					path: containerFieldPath(at, "runAsNonRoot"),
					message: `${containerSubject(at)} sets securityContext.runAsNonRoot: false and no non-zero runAsUser, ${clause}.`,
					...severity && { severity }
				});
			} else {
				const { clause, severity } = imageUserClause(at, settings.images);
				podFix ??= nonRootFix(object, pod, settings.images);
				report({
					path: [...at.path, "securityContext"],
					message: `${containerSubject(at)} sets neither runAsNonRoot: true nor a non-zero runAsUser, and neither does the pod securityContext, ${clause}.`,
					...severity && { severity },
					...podFix
				});
			}
		}
		if (inheritRootUser.length > 0) {
			const verb = inheritRootUser.length > 1 ? "do" : "does";
			report({
				path: podFieldPath(pod, "runAsUser"),
				message: `The pod securityContext sets runAsUser: 0 (root), and ${labelsOf(inheritRootUser)} ${verb} not override it with a non-zero uid.`
			});
		}
		if (inheritNonRootFalse.length > 0) {
			const many = inheritNonRootFalse.length > 1;
			report({
				path: podFieldPath(pod, "runAsNonRoot"),
				message: `The pod securityContext sets runAsNonRoot: false, and ${labelsOf(inheritNonRootFalse)} ${many ? "set" : "sets"} no non-zero runAsUser, so ${many ? "they run" : "it runs"} as the user the image declares, which is root unless the image says otherwise.`
			});
		}
	}
});

// dist/checks/schema-invalid.js
var schema_invalid_default = defineObjectCheck({
	meta: {
		id: "schema-invalid",
		title: "Field value the Kubernetes API rejects",
		severity: "error",
		category: "correctness",
		description: "Validates each object against the schema of its kind: the bundled schemas of the target Kubernetes release (--kube-version) for built-in kinds, and the openAPIV3Schema of a CustomResourceDefinition found in the input or under --crd for custom resources. Fires on a value of the wrong type, a value outside a closed set, a missing required field, and a custom resource version its definition does not serve. Objects whose kind has no known schema are skipped (see schema-missing).",
		risk: "The API server refuses the whole object: kubectl apply, Helm or the GitOps controller fails at deploy time, often halfway through a release, for a typo such as replicas: \"3\", a label value written as a number or imagePullPolicy: always. Text templating makes these easy to produce and hard to spot in review.",
		mitigation: "Give the field the type and value the message names: quote label and annotation values and environment values that look like numbers or booleans, write integers unquoted, use the exact spelling of enumerated values, and add the required fields.",
		example: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: { app: web, version: "1.0" }
spec:
  replicas: 3
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.4.2
          imagePullPolicy: IfNotPresent
          env: [{ name: PORT, value: "8080" }]`
	},
	check(object, { schemas, report }) {
		const verdict = schemas.validate(object);
		if (!verdict.known) return;
		for (const problem of verdict.problems) if (problem.kind === "invalid") report({
			path: problem.path,
			message: problem.message
		});
	}
});

// dist/checks/schema-missing.js
var schema_missing_default = defineObjectCheck({
	meta: {
		id: "schema-missing",
		title: "Kind without a known schema",
		severity: "warning",
		category: "correctness",
		description: "Off unless --strict-kinds is given (or the check is enabled in the config). Fires on an object whose kind kubeready has no schema for: a custom resource whose CustomResourceDefinition is neither in the input nor under --crd, or a built-in kind newer than the bundled schemas. API versions that the target release no longer serves are left to api-removed, and apiVersions that do not serve a built-in kind to api-version-unknown.",
		risk: "Nothing about the object is validated: a typo in its fields or a wrong kind name reaches the cluster unnoticed, and a kind whose definition is not installed fails at deploy time with \"no matches for kind\".",
		mitigation: "Pass the CustomResourceDefinitions the manifests rely on with --crd (files or folders, for example the CRDs of the operators you install), or keep them in the linted folders; check the kind's spelling.",
		example: `# kubeready --strict-kinds --crd crds/ deploy/
apiVersion: example.com/v1
kind: Widget
metadata:
  name: demo
spec:
  size: 3`,
		enabledByDefault: false
	},
	check(object, { schemas, settings, report }) {
		const verdict = schemas.validate(object);
		if (verdict.known || lifecycleOf(object.apiVersion, object.kind)) return;
		if (unservedApiVersion(object.apiVersion, object.kind, settings.kubernetesVersion)) return;
		report({
			path: ["kind"],
			message: `No schema for ${object.apiVersion} ${object.kind}: ${verdict.reason}.`
		});
	}
});

// dist/checks/schema-unknown-field.js
var schema_unknown_field_default = defineObjectCheck({
	meta: {
		id: "schema-unknown-field",
		title: "Field the Kubernetes API does not define",
		severity: "error",
		category: "correctness",
		description: "Validates each object against the schema of its kind, like schema-invalid, and fires on every field the schema does not declare at that place: a misspelled key (resouces), a field at the wrong level (imagePullPolicy on the pod spec instead of the container), or a field newer than the target release. Custom resources are held to their definition, except under x-kubernetes-preserve-unknown-fields.",
		risk: "The setting silently does nothing. The API server drops unknown fields of built-in kinds (kubectl only warns, or rejects under strict field validation) and prunes those of custom resources, so the limit, probe or security setting the author meant to add never reaches the cluster, and nobody notices until it is needed.",
		mitigation: "Fix the spelling (the message suggests the nearest known field), move the field to the level the API defines it at, or raise --kube-version when the field is newer than the release you target.",
		example: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
      imagePullPolicy: IfNotPresent
      resources:
        requests: { cpu: 100m, memory: 128Mi }`
	},
	check(object, { schemas, report }) {
		const verdict = schemas.validate(object);
		if (!verdict.known) return;
		for (const problem of verdict.problems) if (problem.kind === "unknown-field") report({
			path: problem.path,
			message: problem.message
		});
	}
});

// dist/checks/secret-plaintext.js
const publicKeys = /* @__PURE__ */ new Set([
	"ca.crt",
	"tls.crt",
	"ca-bundle.crt",
	"ca.pem"
]);
var secret_plaintext_default = defineObjectCheck({
	meta: {
		id: "secret-plaintext",
		title: "Secret committed in plain text",
		severity: "error",
		category: "security",
		description: "Flags a core v1 Secret whose data or stringData holds non-empty values, naming the keys (never the values). Not flagged: SOPS-encrypted Secrets (a top-level sops block, or every value ENC[...]), values that are still a deploy-time placeholder (${DB_PASSWORD}), public certificates alone (ca.crt, tls.crt), and Secrets with no values, such as a service-account-token Secret the token controller fills in. SealedSecret, ExternalSecret and SecretProviderClass objects are not Secrets and are never flagged.",
		risk: "Whatever is in the manifest is in the repository, in its history, in every clone and CI log that prints it, readable by everyone with read access; base64 under data is an encoding, not encryption. Rotating the credential is then the only fix, and until someone does, a leaked clone is a leaked database password.",
		mitigation: "Keep only encrypted or referenced secrets in the repository: a SealedSecret, an ExternalSecret (or the Secrets Store CSI driver) pulling from a secret manager, or a SOPS-encrypted file decrypted at deploy time. Rotate every credential that was committed in plain text.",
		example: `apiVersion: external-secrets.io/v1
kind: ExternalSecret
metadata:
  name: db
spec:
  secretStoreRef: { kind: ClusterSecretStore, name: vault }
  target: { name: db }
  data:
    - secretKey: password
      remoteRef: { key: shop/db, property: password }`
	},
	kinds: ["Secret"],
	check(object, { ref, report }) {
		if (!isKind(object, "Secret")) return;
		if (hasSopsMetadata(object)) return;
		const name = ref.name || "?";
		for (const field of ["data", "stringData"]) {
			const values = object[field];
			if (!isRecord(values)) continue;
			const filled = Object.entries(values).filter(([, value]) => value !== null && value !== void 0 && String(value) !== "");
			if (filled.length === 0 || filled.every(([, value]) => isSopsValue(value))) continue;
			const plain = filled.filter(([key, value]) => !isSopsValue(value) && !publicKeys.has(key)).filter(([, value]) => typeof value !== "string" || !findPlaceholder(value)).map(([key]) => key);
			if (plain.length === 0) continue;
			const encoding = field === "data" ? " (base64 is an encoding, not encryption)" : "";
			report({
				path: [field],
				message: `Secret "${name}" holds ${plain.length === 1 ? "a value" : `${plain.length} values`} in plain text under ${field}${encoding}: ${plain.length === 1 ? "key" : "keys"} ${quoteList(plain)}.`
			});
		}
	}
});

// dist/checks/selector-mismatch.js
const jobNameKeys = ["job-name", "batch.kubernetes.io/job-name"];
const controllerUidKeys = ["controller-uid", "batch.kubernetes.io/controller-uid"];
const appsKinds = [
	"Deployment",
	"ReplicaSet",
	"StatefulSet",
	"DaemonSet"
];
var selector_mismatch_default = defineObjectCheck({
	meta: {
		id: "selector-mismatch",
		title: "Workload selector the API server rejects",
		severity: "error",
		category: "correctness",
		description: "Fires where the API server's validation refuses a workload's selector. A Deployment, ReplicaSet, StatefulSet or DaemonSet whose spec.selector does not select its own pod template labels (matchLabels and the In, NotIn, Exists and DoesNotExist expressions, as the server evaluates them) or is empty (ValidateDeploymentSpec and its siblings in pkg/apis/apps/validation: \"`selector` does not match template `labels`\", \"empty selector is invalid for deployment\"); a ReplicationController whose selector is set and does not match its template labels (ValidateReplicationControllerSpec), and an OpenShift DeploymentConfig likewise (ValidateDeploymentConfigSpec); a Job with manualSelector: true whose selector does not match its template labels, or that has no selector (ValidateJobSpec); a Job without manualSelector: true that sets a selector of its own, which the server extends with the generated controller-uid label and then refuses (\"`selector` not auto-generated\", validateGeneratedSelector); and a CronJob whose jobTemplate sets a selector or manualSelector: true (ValidateJobTemplateSpec: \"`selector` will be auto-generated\"). A missing selector where the schema requires one is left to schema-invalid, a selector the server defaults from the template (ReplicationController, extensions/v1beta1) is fine, and selectors or labels holding template placeholders, malformed expressions, and a Job selector on the controller-uid label are not judged. Custom resources validated only by their controller (an Argo Rollout checks its selector when it reconciles, not at admission) are not reported.",
		risk: "kubectl apply, Helm or the GitOps controller fails on the object: the workload is never created, or an update of it is refused and the running version stays, often halfway through a release whose other objects were already applied.",
		mitigation: "Make spec.selector select the labels of spec.template.metadata.labels (usually the same app/name/instance labels in both). Leave a Job's selector out and let the server generate it, unless you really mean to set manualSelector: true; never set one in a CronJob's jobTemplate. Remember that the selector of an existing Deployment, StatefulSet or DaemonSet cannot be changed in place.",
		example: `apiVersion: apps/v1
kind: Deployment
metadata: { name: api }
spec:
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api, tier: backend }
    spec:
      containers: [{ name: api, image: registry.example.com/api:1.4.2 }]`
	},
	kinds: [
		"Deployment",
		"ReplicaSet",
		"StatefulSet",
		"DaemonSet",
		"ReplicationController",
		"Job",
		"CronJob",
		"DeploymentConfig"
	],
	check(object, { report }) {
		const spec = object["spec"];
		if (!isRecord(spec)) return;
		if (isKind(object, "CronJob")) {
			const jobTemplate = spec["jobTemplate"];
			const jobSpec = isRecord(jobTemplate) ? jobTemplate["spec"] : void 0;
			if (!isRecord(jobSpec)) return;
			const base = [
				"spec",
				"jobTemplate",
				"spec"
			];
			if (isSet(jobSpec["selector"])) report({
				path: [...base, "selector"],
				message: `CronJob "${nameOf(object)}" sets a selector in its jobTemplate: the server generates the selector of every Job it creates and rejects the CronJob ("\`selector\` will be auto-generated"). Remove it.`
			});
			if (jobSpec["manualSelector"] === true) report({
				path: [...base, "manualSelector"],
				message: `CronJob "${nameOf(object)}" sets manualSelector: true in its jobTemplate, which the server rejects (only unset or false is supported).`
			});
			return;
		}
		const template = spec["template"];
		if (!isRecord(template) || !hasJudgeableLabels(template)) return;
		const labels = labelsOf$1(template["metadata"]);
		const selector = spec["selector"];
		const selectorPath = ["spec", "selector"];
		if (isKind(object, "ReplicationController") || isDeploymentConfig(object)) {
			if (!isRecord(selector) || Object.keys(selector).length === 0 || hasPlaceholder(selector) || !isPlainMap(selector)) return;
			if (matchesLabelMap(selector, labels)) return;
			report({
				path: selectorPath,
				message: mismatch(object, describeMap(selector), labels, firstMissing(selector, labels))
			});
			return;
		}
		if (isKind(object, "Job")) {
			if (spec["manualSelector"] === true) {
				if (!isSet(selector)) {
					report({
						path: ["spec", "manualSelector"],
						message: `Job "${nameOf(object)}" sets manualSelector: true without a selector, which the server then requires (spec.selector: Required value).`
					});
					return;
				}
				judgeSelector(object, selector, labels, false, selectorPath, report);
				return;
			}
			if (!isSet(selector)) return;
			const parsed = parseSelector(selector);
			if (!parsed) return;
			if (parsed.keys.some((key) => controllerUidKeys.includes(key))) return;
			const name = object.metadata?.name;
			const named = typeof name === "string" && findPlaceholder(name) === void 0;
			if (!named && parsed.keys.some((key) => jobNameKeys.includes(key))) return;
			const generated = {};
			if (named) for (const key of jobNameKeys) generated[key] = name;
			if (matchesLabelSelector(selector, generated)) return;
			report({
				path: selectorPath,
				message: `Job "${nameOf(object)}" sets spec.selector (${describeSelector(selector)}) without manualSelector: true: the server adds its generated controller-uid label to it and rejects the Job ("\`selector\` not auto-generated"). Remove the selector and let the server generate it.`
			});
			return;
		}
		if (!appsKinds.some((kind) => isKind(object, kind))) return;
		if (!isSet(selector)) return;
		judgeSelector(object, selector, labels, true, selectorPath, report);
	}
});
/** An OpenShift DeploymentConfig, served by OpenShift's own API server (apps.openshift.io/v1, or v1 in OpenShift 3). */
function isDeploymentConfig(object) {
	return object.kind === "DeploymentConfig" && (object.apiVersion === "apps.openshift.io/v1" || object.apiVersion === "v1");
}
function judgeSelector(object, selector, labels, emptyInvalid, path, report) {
	if (!isRecord(selector) || hasPlaceholder(selector)) return;
	const parsed = parseSelector(selector);
	if (!parsed) return;
	if (parsed.size === 0) {
		if (emptyInvalid) report({
			path,
			message: `${object.kind} "${nameOf(object)}" has an empty selector, which the server rejects ("empty selector is invalid for ${object.kind.toLowerCase()}"): it would select every pod of the namespace. Select the template's labels.`
		});
		return;
	}
	if (matchesLabelSelector(selector, labels)) return;
	report({
		path,
		message: mismatch(object, describeSelector(selector), labels, parsed.failing(labels))
	});
}
function mismatch(object, selector, labels, why) {
	const shown = Object.keys(labels).length === 0 ? "has no labels" : `has ${describeMap(labels)}`;
	return `${object.kind} "${nameOf(object)}": spec.selector (${selector}) does not select its own pod template, which ${shown}${why ? ` (${why})` : ""}; the server rejects it ("\`selector\` does not match template \`labels\`").`;
}
const operators = /* @__PURE__ */ new Set([
	"In",
	"NotIn",
	"Exists",
	"DoesNotExist"
]);
/**
* A selector as metav1.LabelSelectorAsSelector accepts it; undefined for one it refuses (an unknown
* operator, In without values, Exists with values): the server reports that otherwise, and no match is judged.
*/
function parseSelector(selector) {
	if (!isRecord(selector)) return void 0;
	if (Object.keys(selector).some((key) => key !== "matchLabels" && key !== "matchExpressions")) return void 0;
	const matchLabels = selector["matchLabels"];
	const expressions = selector["matchExpressions"];
	if (matchLabels !== void 0 && matchLabels !== null && (!isRecord(matchLabels) || !isPlainMap(matchLabels))) return void 0;
	if (expressions !== void 0 && expressions !== null && !Array.isArray(expressions)) return void 0;
	const labelEntries = isRecord(matchLabels) ? Object.entries(matchLabels).map(([key, value]) => [key, String(value)]) : [];
	const requirements = [];
	for (const expression of Array.isArray(expressions) ? expressions : []) {
		if (!isRecord(expression)) return void 0;
		const { key, operator, values } = expression;
		if (typeof key !== "string" || typeof operator !== "string" || !operators.has(operator)) return void 0;
		if (values !== void 0 && values !== null && !Array.isArray(values)) return void 0;
		const list = Array.isArray(values) ? values : [];
		if (list.some((value) => value === null || typeof value === "object")) return void 0;
		if ((operator === "In" || operator === "NotIn") !== list.length > 0) return void 0;
		requirements.push({
			key,
			operator,
			values: list.map(String)
		});
	}
	return {
		size: labelEntries.length + requirements.length,
		keys: [...labelEntries.map(([key]) => key), ...requirements.map((r) => r.key)],
		failing(labels) {
			for (const [key, value] of labelEntries) {
				if (!Object.hasOwn(labels, key)) return `no label ${key}, which matchLabels requires to be ${value}`;
				if (labels[key] !== value) return `${key} is ${labels[key]}, matchLabels wants ${value}`;
			}
			for (const { key, operator, values } of requirements) {
				const has = Object.hasOwn(labels, key);
				const value = labels[key] ?? "";
				const set = values.join(", ");
				if (operator === "In" && !(has && values.includes(value))) return has ? `${key} is ${value}, not in (${set})` : `no label ${key}, which ${key} In (${set}) requires`;
				if (operator === "NotIn" && has && values.includes(value)) return `${key} is ${value}, which ${key} NotIn (${set}) excludes`;
				if (operator === "Exists" && !has) return `no label ${key}, which ${key} Exists requires`;
				if (operator === "DoesNotExist" && has) return `label ${key} is set, which ${key} DoesNotExist excludes`;
			}
		}
	};
}
/** Template labels that are all plain values without placeholders (or none at all). */
function hasJudgeableLabels(template) {
	const metadata = template["metadata"];
	if (metadata === void 0 || metadata === null) return true;
	if (!isRecord(metadata)) return false;
	const labels = metadata["labels"];
	if (labels === void 0 || labels === null) return true;
	return isRecord(labels) && Object.values(labels).every((value) => value !== null && typeof value !== "object") && !hasPlaceholder(labels);
}
/** A field written with a value (null and absent are the same to the server). */
function isSet(value) {
	return value !== void 0 && value !== null;
}
/** Keys and scalar values only: a nested object here is unrendered templating or a schema error. */
function isPlainMap(map) {
	return Object.values(map).every((value) => value !== null && typeof value !== "object");
}
function hasPlaceholder(value) {
	if (typeof value === "string") return findPlaceholder(value) !== void 0;
	if (Array.isArray(value)) return value.some(hasPlaceholder);
	if (isRecord(value)) {
		if (unquotedMustache(value) !== void 0) return true;
		return Object.entries(value).some(([key, inner]) => findPlaceholder(key) !== void 0 || hasPlaceholder(inner));
	}
	return false;
}
function firstMissing(selector, labels) {
	for (const [key, raw] of Object.entries(selector)) {
		const value = String(raw);
		if (!Object.hasOwn(labels, key)) return `no label ${key}, which the selector requires to be ${value}`;
		if (labels[key] !== value) return `${key} is ${labels[key]}, the selector wants ${value}`;
	}
}
function describeMap(map) {
	const entries = Object.entries(map).map(([key, value]) => `${key}=${String(value)}`);
	return entries.length > 4 ? `${entries.slice(0, 4).join(", ")} and ${entries.length - 4} more` : entries.join(", ");
}
function describeSelector(selector) {
	if (!isRecord(selector)) return "";
	const parts = [];
	if (isRecord(selector["matchLabels"])) parts.push(...Object.entries(selector["matchLabels"]).map(([key, value]) => `${key}=${String(value)}`));
	const expressions = selector["matchExpressions"];
	if (Array.isArray(expressions)) for (const expression of expressions) {
		if (!isRecord(expression)) continue;
		const values = Array.isArray(expression["values"]) ? ` (${expression["values"].map(String).join(", ")})` : "";
		parts.push(`${String(expression["key"])} ${String(expression["operator"])}${values}`);
	}
	return parts.length > 4 ? `${parts.slice(0, 4).join(", ")} and ${parts.length - 4} more` : parts.join(", ");
}
function nameOf(object) {
	const name = object.metadata?.name;
	return typeof name === "string" ? name : "?";
}

// dist/checks/service-account-token-automount.js
var service_account_token_automount_default = defineObjectCheck({
	meta: {
		id: "service-account-token-automount",
		title: "Service account token mounted into the pod",
		severity: "info",
		category: "security",
		description: "Reports workloads (Pods and pod templates of every kind, Jobs and CronJobs included), never ServiceAccounts themselves: the pod spec must set automountServiceAccountToken: false, or leave it unset and use a ServiceAccount in scope, in the same namespace, that sets it to false (serviceAccountName unset means \"default\"). The pod-level value wins when it is set.",
		risk: "Every container gets a token for the Kubernetes API mounted at /var/run/secrets/kubernetes.io/serviceaccount. An attacker who reads files in any container can use it to query or change whatever the ServiceAccount is allowed to, and RBAC granted to \"default\" for one workload silently reaches every other pod of the namespace.",
		mitigation: "Set automountServiceAccountToken: false on the ServiceAccount (or on the pod spec) for workloads that do not call the Kubernetes API. Give workloads that do call it a ServiceAccount of their own, with only the RBAC they need, rather than the namespace default.",
		example: `apiVersion: v1
kind: ServiceAccount
metadata: { name: api }
automountServiceAccountToken: false
---
# in the Deployment
spec:
  template:
    spec:
      serviceAccountName: api
      automountServiceAccountToken: false`,
		fix: "Sets automountServiceAccountToken: false in the pod spec of a workload that runs as the namespace's default ServiceAccount and does not set it to true. A workload with a ServiceAccount of its own, or one that asks for the token, may call the API: that one is left to you."
	},
	kinds: workloadKinds,
	check(object, { ref, index, report }) {
		const pod = podTemplateOf(object);
		if (!pod || containersOf(pod, [
			"container",
			"initContainer",
			"ephemeralContainer"
		]).length === 0) return;
		const own = pod.spec.automountServiceAccountToken;
		if (own === false) return;
		const named = pod.spec.serviceAccountName ?? pod.spec.serviceAccount;
		const name = typeof named === "string" && named !== "" ? named : "default";
		const account = index.named("ServiceAccount", name, ref.namespace).find((entry) => groupOf(entry.ref) === "");
		const accountValue = account?.object["automountServiceAccountToken"];
		const path = [...pod.path, "automountServiceAccountToken"];
		if (own === true) {
			report({
				path,
				message: `The pod spec sets automountServiceAccountToken: true${accountValue === false ? `, which overrides the false of its ServiceAccount "${name}"` : ""}, so the API token of ServiceAccount "${name}" is mounted into every container.`
			});
			return;
		}
		if (accountValue === false) return;
		const because = !account ? `its ServiceAccount "${name}" is not among the manifests of namespace "${ref.namespace || "default"}" to turn it off` : accountValue === void 0 || accountValue === null ? `its ServiceAccount "${name}" leaves it unset too` : `its ServiceAccount "${name}" sets automountServiceAccountToken: ${shownBoolean(accountValue)}`;
		const fixable = name === "default" && canSetAt(object, path);
		report({
			path,
			message: `The pod spec does not set automountServiceAccountToken: false, and ${because}, so that account's API token is mounted into every container.`,
			...fixable && { fix: {
				description: "set automountServiceAccountToken: false in the pod spec",
				edits: [{
					op: "set",
					path,
					value: false
				}]
			} }
		});
	}
});

// dist/checks/service-exposed.js
/**
* Annotations that make a cloud provider's load balancer internal (reachable from the private network only),
* with the value that does it; a function for the providers that take any value but "false".
*/
const internalAnnotations = [
	["service.beta.kubernetes.io/aws-load-balancer-internal", (value) => value !== "" && value.toLowerCase() !== "false"],
	["service.beta.kubernetes.io/aws-load-balancer-scheme", (value) => value.toLowerCase() === "internal"],
	["service.beta.kubernetes.io/azure-load-balancer-internal", (value) => value.toLowerCase() === "true"],
	["networking.gke.io/load-balancer-type", (value) => value.toLowerCase() === "internal"],
	["cloud.google.com/load-balancer-type", (value) => value.toLowerCase() === "internal"],
	["service.beta.kubernetes.io/openstack-internal-load-balancer", (value) => value.toLowerCase() === "true"],
	["service.beta.kubernetes.io/oci-load-balancer-internal", (value) => value.toLowerCase() === "true"],
	["service.kubernetes.io/ibm-load-balancer-cloud-provider-ip-type", (value) => value.toLowerCase() === "private"],
	["service.beta.kubernetes.io/alibaba-cloud-loadbalancer-address-type", (value) => value.toLowerCase() === "intranet"]
];
/** The annotation the service controller reads when spec.loadBalancerSourceRanges is empty. */
const sourceRangesAnnotation = "service.beta.kubernetes.io/load-balancer-source-ranges";
const everyAddress = /* @__PURE__ */ new Set(["0.0.0.0/0", "::/0"]);
var service_exposed_default = defineObjectCheck({
	meta: {
		id: "service-exposed",
		title: "Service reachable from outside the cluster",
		severity: "info",
		category: "networking",
		description: "Reports a Service that opens its pods to addresses outside the cluster: type NodePort (at spec.type), as kube-score's service-type does; type LoadBalancer without source ranges (neither spec.loadBalancerSourceRanges nor the service.beta.kubernetes.io/load-balancer-source-ranges annotation), or with a range of every address (0.0.0.0/0, ::/0); and spec.externalIPs on a Service of any type, as kube-linter's exposed-services does for the types. A load balancer that a cloud provider's annotation makes internal (AWS, Azure, GKE, OpenStack, OCI, IBM, Alibaba) is left alone, as are ClusterIP, headless and ExternalName Services. Info: exposure is often the intent, and a firewall in front of the nodes cannot be seen from the manifests.",
		risk: "A NodePort opens the port on every node of the cluster, often past the firewall rules meant for the load balancer; a load balancer without source ranges accepts connections from the whole internet; externalIPs make every node route traffic for those addresses (and let whoever may create Services intercept them, CVE-2020-8554). An admin endpoint or a database exposed by mistake this way is found by scanners in hours.",
		mitigation: "Keep internal Services ClusterIP and expose HTTP through an Ingress or Gateway. For a load balancer, list the client networks in spec.loadBalancerSourceRanges, or make it internal with the provider's annotation. Replace externalIPs with a LoadBalancer Service, and deny externalIPs cluster-wide with an admission policy.",
		example: `apiVersion: v1
kind: Service
metadata: { name: api }
spec:
  type: LoadBalancer
  loadBalancerSourceRanges: [203.0.113.0/24]
  selector: { app: api }
  ports: [{ name: https, port: 443, targetPort: 8443 }]`
	},
	kinds: ["Service"],
	check(object, { report }) {
		if (!isKind(object, "Service")) return;
		const spec = object.spec;
		if (!isRecord(spec)) return;
		const service = `Service "${object.metadata?.name ?? ""}"`;
		const type = spec["type"];
		if (type === "NodePort") report({
			path: ["spec", "type"],
			message: `${service} is of type NodePort: it opens ${nodePortsOf(spec)} on every node of the cluster, reachable by whatever can reach a node.`
		});
		else if (type === "LoadBalancer" && !isInternal(object.metadata?.annotations)) loadBalancerRanges(spec, object.metadata?.annotations, service, report);
		const externalIPs = spec["externalIPs"];
		if (Array.isArray(externalIPs) && externalIPs.length > 0) {
			const addresses = externalIPs.filter((ip) => typeof ip === "string");
			report({
				path: ["spec", "externalIPs"],
				message: `${service} sets externalIPs${addresses.length > 0 ? ` (${addresses.join(", ")})` : ""}: every node routes traffic for ${addresses.length === 1 ? "that address" : "those addresses"} to its pods, with no source restriction.`
			});
		}
	}
});
function nodePortsOf(spec) {
	const ports = Array.isArray(spec["ports"]) ? spec["ports"].filter(isRecord) : [];
	const numbers = ports.map((port) => port["nodePort"]).filter((port) => typeof port === "number");
	if (numbers.length === ports.length && numbers.length > 0) return `port${numbers.length > 1 ? "s" : ""} ${numbers.join(", ")}`;
	return ports.length === 1 ? "a port (allocated from 30000-32767)" : "ports (allocated from 30000-32767)";
}
function annotationsOf(annotations) {
	return isRecord(annotations) ? annotations : {};
}
function isInternal(annotations) {
	const all = annotationsOf(annotations);
	return internalAnnotations.some(([key, internal]) => {
		const value = all[key];
		return (typeof value === "string" || typeof value === "boolean") && internal(String(value));
	});
}
function loadBalancerRanges(spec, annotations, service, report) {
	const ranges = spec["loadBalancerSourceRanges"];
	if (Array.isArray(ranges) && ranges.length > 0) {
		ranges.forEach((range, i) => {
			if (typeof range === "string" && everyAddress.has(range.trim())) report({
				path: [
					"spec",
					"loadBalancerSourceRanges",
					i
				],
				message: `${service} lists ${range.trim()} among its loadBalancerSourceRanges, which admits every address: the load balancer is open to the internet.`
			});
		});
		return;
	}
	const annotated = annotationsOf(annotations)[sourceRangesAnnotation];
	if (typeof annotated === "string" && annotated.trim() !== "") {
		const open = annotated.split(",").map((range) => range.trim()).find((range) => everyAddress.has(range));
		if (open) report({
			path: [
				"metadata",
				"annotations",
				sourceRangesAnnotation
			],
			message: `${service} lists ${open} among its load balancer source ranges, which admits every address: the load balancer is open to the internet.`
		});
		return;
	}
	report({
		path: ["spec", "type"],
		message: `${service} is of type LoadBalancer with no loadBalancerSourceRanges and no internal load balancer annotation: the cloud load balancer accepts connections from any address, usually the whole internet.`
	});
}

// dist/checks/service-selects-nothing.js
var service_selects_nothing_default = defineObjectCheck({
	meta: {
		id: "service-selects-nothing",
		title: "Service selects no pods",
		severity: "warning",
		category: "networking",
		description: "Fires when a Service's selector matches the pod template labels of no workload in its namespace in the scope (labels that controllers add, such as statefulset.kubernetes.io/pod-name or job-name, are matched too; an unset namespace and default count as the same), or is empty ({}), which Kubernetes treats as no selector, unless Endpoints or EndpointSlices for it are in the scope. Services without a selector, ExternalName Services, and selectors that may match the pods of an operator's custom resource (a value equal to its name, as in prometheus: k8s, or its own or its template's labels) are exempt. Relates the Service to the workloads of its deployment unit (a chart render, a Kustomize build, or a folder of plain files) and, in a namespace it names, of other units; silent when the unit deploys no workload of its own into that namespace, or holds a Role that creates pods at run time (an operator), unless the selector matches a workload of another namespace.",
		risk: "The Service gets no endpoints, so every connection to it is refused or times out, and an Ingress or load balancer in front of it answers 503. Nothing fails at deploy time: the typo in a label only shows when traffic arrives.",
		mitigation: "Make spec.selector a subset of the labels in the workload's pod template (spec.template.metadata.labels), in the same namespace as the Service. Drop the selector only when the endpoints are managed by hand.",
		example: `apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  selector: { app: web }
  ports: [{ name: http, port: 80, targetPort: http }]
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web, tier: frontend } }
    spec:
      containers: [{ name: web, image: "registry.example.com/web:1.4.2" }]`
	},
	kinds: ["Service"],
	check(object, { ref, index, report }) {
		if (!isKind(object, "Service")) return;
		const entry = index.entryOf(object);
		const spec = object["spec"];
		if (!entry || !isRecord(spec) || spec["type"] === "ExternalName") return;
		const selector = spec["selector"];
		if (!isRecord(selector)) return;
		const entries = Object.entries(selector);
		if (entries.length === 0) {
			if (hasManualEndpoints(index, ref.name, ref.namespace)) return;
			report({
				path: ["spec", "selector"],
				message: "The selector is empty ({}): Kubernetes treats it as no selector and never fills in endpoints. Remove it if the endpoints are managed by hand, or set the labels of the pods to serve."
			});
			return;
		}
		if (podsOfService(index, entry).length > 0) return;
		if (operatorMayRunPods(index, selector, ref.namespace)) return;
		const text = entries.map(([key, value]) => `${key}=${String(value)}`).join(", ");
		const elsewhere = workloadsThatMayMatch(index, selector).find((other) => other.pod && !sameNamespace(other.ref.namespace, ref.namespace) && selectsPodsOf(selector, other));
		if (!elsewhere && !unitKnowsPodsIn(index, ref.namespace)) return;
		const hint = elsewhere ? ` ${elsewhere.ref.kind} "${elsewhere.ref.name}" has such pods, but ${elsewhere.ref.namespace ? `in namespace "${elsewhere.ref.namespace}"` : "with no namespace set"}, and a Service selects only pods of its own namespace.` : "";
		report({
			path: ["spec", "selector"],
			message: `The selector ${text} matches no pod template in ${ref.namespace ? `namespace "${ref.namespace}"` : "its namespace"}.${hint}`
		});
	}
});
/** Endpoints or EndpointSlices written for the Service by hand, which make an empty selector deliberate. */
function hasManualEndpoints(index, name, namespace) {
	return index.named("Endpoints", name, namespace).length > 0 || index.ofKind("EndpointSlice", namespace).some((entry) => entry.object.metadata?.labels?.["kubernetes.io/service-name"] === name);
}
/**
* Whether the pods of an operator's resource may be the ones selected: a selector value names the resource
* (prometheus: k8s for a Prometheus named k8s), or the selector matches labels the resource carries or sets
* on its pods (metadata.labels, spec.template.metadata.labels of a Rollout, spec.podMetadata.labels).
*/
function operatorMayRunPods(index, selector, namespace) {
	if (Object.values(selector).some((value) => operatorResourcesNamed(index, String(value), namespace).length > 0)) return true;
	return operatorResourcesLabelled(index, selector, namespace).length > 0;
}

// dist/checks/service-spec-invalid.js
const serviceTypes = /* @__PURE__ */ new Set([
	"ClusterIP",
	"NodePort",
	"LoadBalancer",
	"ExternalName"
]);
const shouted = /^[A-Z][A-Z0-9_]*$/;
function isPortNumber(value) {
	return value >= 1 && value <= 65535;
}
var service_spec_invalid_default = defineObjectCheck({
	meta: {
		id: "service-spec-invalid",
		title: "Service spec the API server rejects",
		severity: "error",
		category: "correctness",
		description: "Fires where ValidateService and validateServicePort (pkg/apis/core/validation) reject a core v1 Service: no ports on a Service that is neither headless (clusterIP: None) nor ExternalName; a port without a name when there are several; a port name that is not a DNS-1123 label, or repeats; two ports with the same port number and protocol (TCP when unset); a port or numeric targetPort outside 1-65535 (a targetPort of 0 or \"\" is defaulted to the port and left alone); a named targetPort that is not an IANA_SVC_NAME (1-15 lowercase letters, digits and \"-\", a letter among them, no \"--\", no \"-\" at either end), which includes a number written as a string (\"8080\"); a nodePort on a ClusterIP Service (the default type), or the same nodePort and protocol twice; an ExternalName Service whose externalName is missing or, without a trailing dot, not a DNS-1123 subdomain. Values that are not of the field's type are left to schema-invalid, and values holding template placeholders (or an all-capitals targetPort such as PORT) to template-placeholder; a headless Service's targetPort, which the API tolerates, is not judged differently.",
		risk: "The API server refuses the Service, so kubectl apply, Helm or the GitOps controller fails at deploy time, often halfway through a release, and whatever depended on the Service's name gets no endpoints.",
		mitigation: "Give every port of a multi-port Service a unique lowercase name, keep port numbers unique per protocol and within 1-65535, write a numeric targetPort unquoted or name a container port of at most 15 characters, drop nodePort or set type: NodePort, and set externalName to a lowercase host name on an ExternalName Service.",
		example: `apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  selector: { app: web }
  ports:
    - { name: http, port: 80, targetPort: http }
    - { name: metrics, port: 9090, targetPort: 9090 }`
	},
	kinds: ["Service"],
	check(object, { report }) {
		if (!isKind(object, "Service")) return;
		const spec = object["spec"];
		if (!isRecord(spec)) return;
		const type = spec["type"] ?? "ClusterIP";
		if (typeof type !== "string" || !serviceTypes.has(type)) return;
		const clusterIPs = spec["clusterIPs"];
		const headless = spec["clusterIP"] === "None" || Array.isArray(clusterIPs) && clusterIPs.includes("None");
		if (type === "ExternalName") checkExternalName(spec, report);
		const ports = spec["ports"];
		if (ports === void 0 || ports === null || Array.isArray(ports) && ports.length === 0) {
			if (!headless && type !== "ExternalName") report({
				path: ports === void 0 || ports === null ? ["spec"] : ["spec", "ports"],
				message: `The ${type} Service has no ports: the API server requires at least one unless the Service is headless (clusterIP: None) or ExternalName.`
			});
			return;
		}
		if (!Array.isArray(ports)) return;
		const names = /* @__PURE__ */ new Map();
		const numbers = /* @__PURE__ */ new Map();
		const nodePorts = /* @__PURE__ */ new Map();
		ports.forEach((port, i) => {
			if (!isRecord(port)) return;
			const at = [
				"spec",
				"ports",
				i
			];
			const name = port["name"];
			const protocol = typeof port["protocol"] === "string" && port["protocol"] !== "" ? port["protocol"] : "TCP";
			if (name === void 0 || name === null || name === "") {
				if (ports.length > 1) report({
					path: at,
					message: `Port ${i + 1} of ${ports.length} has no name: the API server requires a name on every port of a Service with several.`
				});
			} else if (typeof name === "string" && findPlaceholder(name) === void 0) {
				if (!isDns1123Label(name)) report({
					path: [...at, "name"],
					message: `Port name ${JSON.stringify(name)} is not a DNS-1123 label (lowercase letters, digits and '-', starting and ending with a letter or digit, 63 characters at most).`
				});
				else if (names.has(name)) report({
					path: [...at, "name"],
					message: `Port name "${name}" is used twice (ports ${(names.get(name) ?? 0) + 1} and ${i + 1}).`
				});
				else names.set(name, i);
			}
			const number = port["port"];
			if (typeof number === "number" && Number.isInteger(number)) {
				if (!isPortNumber(number)) report({
					path: [...at, "port"],
					message: `Port ${number} is outside 1-65535.`
				});
				else {
					const key = `${protocol}/${number}`;
					const first = numbers.get(key);
					if (first !== void 0) report({
						path: at,
						message: `Port ${number}/${protocol} is declared twice (ports ${first + 1} and ${i + 1}): each port number may appear once per protocol.`
					});
					else numbers.set(key, i);
				}
			}
			const target = port["targetPort"];
			if (typeof target === "number" && Number.isInteger(target) && target !== 0 && !isPortNumber(target)) report({
				path: [...at, "targetPort"],
				message: `targetPort ${target} is outside 1-65535.`
			});
			else if (typeof target === "string" && target !== "" && findPlaceholder(target) === void 0 && !shouted.test(target)) {
				const problem = portNameProblem(target);
				if (problem) {
					const hint = /^\d+$/.test(target) ? ` Write it unquoted (targetPort: ${target}) to mean the port number.` : "";
					report({
						path: [...at, "targetPort"],
						message: `targetPort ${JSON.stringify(target)} is not a valid port name: it ${problem}.${hint}`
					});
				}
			}
			const nodePort = port["nodePort"];
			if (typeof nodePort === "number" && Number.isInteger(nodePort) && nodePort !== 0) {
				if (type === "ClusterIP") report({
					path: [...at, "nodePort"],
					message: `nodePort ${nodePort} is set on a ClusterIP Service${spec["type"] === void 0 ? " (the default type)" : ""}: the API server forbids it; set type: NodePort or LoadBalancer, or drop it.`
				});
				else {
					const key = `${protocol}/${nodePort}`;
					const first = nodePorts.get(key);
					if (first !== void 0) report({
						path: [...at, "nodePort"],
						message: `nodePort ${nodePort}/${protocol} is used twice (ports ${first + 1} and ${i + 1}).`
					});
					else nodePorts.set(key, i);
				}
			}
		});
	}
});
function checkExternalName(spec, report) {
	const externalName = spec["externalName"];
	if (externalName !== void 0 && externalName !== null && typeof externalName !== "string") return;
	const name = typeof externalName === "string" ? externalName.replace(/\.$/, "") : "";
	if (name === "") {
		report({
			path: externalName === void 0 || externalName === null ? ["spec"] : ["spec", "externalName"],
			message: "The ExternalName Service has no externalName: the API server requires the host name it points to."
		});
		return;
	}
	if (findPlaceholder(name) !== void 0 || isDns1123Subdomain(name)) return;
	report({
		path: ["spec", "externalName"],
		message: `externalName ${JSON.stringify(externalName)} is not a DNS-1123 subdomain (lowercase letters, digits, '-' and '.', 253 characters at most): a host name, without a scheme, port or path.`
	});
}

// dist/checks/service-target-port-unknown.js
var service_target_port_unknown_default = defineObjectCheck({
	meta: {
		id: "service-target-port-unknown",
		title: "Service targetPort that no selected container declares",
		severity: "warning",
		category: "networking",
		description: "Resolves each port of a Service (its targetPort, or its port when targetPort is unset) against the containers of the workloads the Service selects in its namespace (regular containers and sidecar init containers, as the endpoints controller does in FindPort). A named targetPort fires when no selected container declares a port of that name with the Service port's protocol (TCP unless set on either side). A numeric targetPort fires only when every selected container declares ports, none of them is that number, and no container's command, args or env values mention it (a --metrics-bind-address=:8443 listens where no port is declared): a container that declares no ports may still listen on any. Silent for Services without a selector, ExternalName Services, Services that select no workload of the unit (service-selects-nothing reports those), selected workloads without containers, and selectors that may also match the pods of an operator's custom resource. A risk none of the peers checks (kube-linter's invalid-target-ports only validates the name's syntax).",
		risk: "A named targetPort that no pod declares gives the Service no endpoints for that port: the endpoints controller leaves out every pod it cannot resolve the name in, and connections are refused. A number no container listens on sends traffic to a closed port. Nothing fails at deploy time.",
		mitigation: "Point targetPort at a port the pod template declares (by its name, or its containerPort), or declare the port in the container that listens on it, with the same protocol.",
		example: `apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  selector: { app: web }
  ports: [{ name: http, port: 80, targetPort: http }]
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: web
          image: "registry.example.com/web:1.4.2"
          ports: [{ name: http, containerPort: 8080 }]`
	},
	kinds: ["Service"],
	check(object, { ref, index, report }) {
		if (!isKind(object, "Service")) return;
		const entry = index.entryOf(object);
		const spec = object["spec"];
		if (!entry || !isRecord(spec) || spec["type"] === "ExternalName") return;
		const selector = spec["selector"];
		if (!isRecord(selector) || Object.keys(selector).length === 0) return;
		const workloads = podsOfService(index, entry);
		if (workloads.length === 0) return;
		const matchLabels = Object.fromEntries(Object.entries(selector).map(([key, value]) => [key, String(value)]));
		if (customResourcesSelected({ matchLabels }, ref.namespace, index).length > 0) return;
		const containers = workloads.map((workload) => ({
			workload,
			containers: listening(workload)
		}));
		if (containers.some((item) => item.containers.length === 0)) return;
		const all = containers.flatMap((item) => item.containers);
		const who = listRefs(workloads);
		servicePortsOf(entry).forEach((port, i) => {
			const target = targetPortOf(port);
			if (target === void 0) return;
			const path = [
				"spec",
				"ports",
				i,
				port.targetPort === void 0 ? "port" : "targetPort"
			];
			const label = describe(port);
			if (typeof target === "string") {
				if (findPlaceholder(target) !== void 0 || portNameProblem(target) !== void 0) return;
				const protocol = protocolOf(port.protocol);
				const named = all.flatMap((at) => portsOf(at).filter((p) => p["name"] === target));
				if (named.some((p) => protocolOf(p["protocol"]) === protocol)) return;
				const other = named[0] ? protocolOf(named[0]["protocol"]) : void 0;
				report({
					path,
					message: other ? `${label} targets the port "${target}" over ${protocol}, but the selected pods (${who}) declare "${target}" over ${other} only, so the Service gets no endpoints for it.` : `${label} targets the port "${target}", which no container of the selected pods (${who}) declares${namesHint(all)}, so the Service gets no endpoints for it.`
				});
				return;
			}
			if (all.some((at) => declaredPorts(at.container).length === 0)) return;
			if (all.some((at) => declaredPorts(at.container).some((p) => typeof p.containerPort !== "number"))) return;
			if (all.some((at) => mentions(at.container, target))) return;
			if (all.some((at) => declaredPorts(at.container).some((p) => Number(p.containerPort) === target))) return;
			const numbers = [...new Set(all.flatMap((at) => declaredPorts(at.container).map((p) => String(p.containerPort))))];
			const host = all.flatMap((at) => portsOf(at)).find((p) => Number(p["hostPort"]) === target);
			const hint = host ? ` ${target} is the hostPort of containerPort ${String(host["containerPort"])}, but a Service sends to the containerPort.` : "";
			report({
				path,
				message: `${label} sends traffic to port ${target}, but every container of the selected pods (${who}) declares its ports and none is ${target} (they declare ${numbers.join(", ")}).${hint}`
			});
		});
	}
});
/** The containers a Service can send traffic to: regular ones and sidecar init containers. */
function listening(workload) {
	if (!workload.pod) return [];
	return containersOf(workload.pod).filter((at) => at.role === "container" || isSidecar(at));
}
function portsOf(at) {
	const ports = at.container.ports;
	return Array.isArray(ports) ? ports.filter(isRecord) : [];
}
/** Whether the container's command, args or env values name the port number (as a word of its own). */
function mentions(container, port) {
	const pattern = new RegExp(`(^|[^0-9])${port}([^0-9]|$)`);
	return [
		...Array.isArray(container.command) ? container.command : [],
		...Array.isArray(container.args) ? container.args : [],
		...Array.isArray(container.env) ? container.env.map((variable) => isRecord(variable) ? variable["value"] : void 0) : []
	].some((text) => (typeof text === "string" || typeof text === "number") && pattern.test(String(text)));
}
function protocolOf(value) {
	return typeof value === "string" && value !== "" ? value : "TCP";
}
function describe(port) {
	return `Service port${typeof port.name === "string" && port.name !== "" ? ` "${port.name}"` : ""} ${String(port.port)}`;
}
function namesHint(all) {
	const names = [...new Set(all.flatMap((at) => declaredPorts(at.container).flatMap((p) => p.name ? [`"${p.name}"`] : [])))];
	return names.length > 0 ? ` (they name ${names.slice(0, 6).join(", ")})` : " (they name no ports)";
}

// dist/checks/servicemonitor-selects-nothing.js
var servicemonitor_selects_nothing_default = defineObjectCheck({
	meta: {
		id: "servicemonitor-selects-nothing",
		title: "ServiceMonitor or PodMonitor that selects nothing",
		severity: "warning",
		category: "networking",
		description: "Fires on a prometheus-operator ServiceMonitor (monitoring.coreos.com) whose spec.selector matches the labels (metadata.labels) of no Service, or a PodMonitor whose selector matches the pod template labels of no workload, in the namespaces its namespaceSelector names (matchNames; its own namespace when unset). An empty or missing selector selects everything of those namespaces. Silent when namespaceSelector.any is true and nothing matches (the targets may be in any namespace), when the unit cannot know: a named namespace where the unit has no Service of its own (for a ServiceMonitor) or no workload of its own (for a PodMonitor), a unit holding a Role that creates Services or pods at run time, selectors with template placeholders, and selectors that may match the pods of an operator's custom resource. The kube-prometheus mixins and Polaris-style reviews ask for this pairing; no peer checks it by default.",
		risk: "Prometheus scrapes no target for the monitor: the metrics, dashboards and alerts built on it stay empty, and an absent-metric alert is the only sign, if one exists. The usual cause is a selector written against the pod labels or the Service's spec.selector instead of the Service's own labels, or a monitor in another namespace than its Service.",
		mitigation: "Make spec.selector match the metadata.labels of the Service (ServiceMonitor) or the pod template labels (PodMonitor), and name the target namespace in spec.namespaceSelector.matchNames when the monitor lives elsewhere.",
		example: `apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata: { name: api, namespace: monitoring }
spec:
  namespaceSelector: { matchNames: [shop] }
  selector:
    matchLabels: { app.kubernetes.io/name: api }   # the labels of Service "api" in shop
  endpoints: [{ port: metrics }]`
	},
	kinds: ["ServiceMonitor", "PodMonitor"],
	check(object, { ref, index, report }) {
		if (object.kind !== "ServiceMonitor" && object.kind !== "PodMonitor" || groupOf(object) !== "monitoring.coreos.com") return;
		const spec = object["spec"];
		if (!isRecord(spec)) return;
		const raw = spec["selector"];
		if (raw !== void 0 && raw !== null && !isRecord(raw)) return;
		const selector = isRecord(raw) ? raw : {};
		if (findPlaceholder(JSON.stringify(selector)) !== void 0) return;
		const scope = namespacesOf(spec["namespaceSelector"], ref.namespace);
		if (scope === void 0) return;
		const pods = object.kind === "PodMonitor";
		if (scope === "any") return;
		const selects = (namespace) => pods ? index.podsSelectedBy(selector, namespace).length > 0 : servicesLabelled(index, selector, namespace) !== void 0;
		if (scope.some(selects)) return;
		if (pods) {
			if (!scope.every((namespace) => unitKnowsPodsIn(index, namespace))) return;
			if (scope.some((namespace) => customResourcesSelected(selector, namespace, index).length > 0)) return;
		} else {
			if (!scope.every((namespace) => index.sift(ownCoreServices, {
				kind: "Service",
				namespace
			})().length > 0)) return;
			if (createsServicesAtRunTime(index)) return;
		}
		const where = scope.length === 1 ? namespaceText(scope[0] ?? "") : `namespaces ${scope.map((namespace) => `"${namespace || "default"}"`).join(", ")}`;
		const text = formatSelector(selector) || "{}";
		report({
			path: isRecord(raw) ? ["spec", "selector"] : ["spec"],
			message: pods ? `The PodMonitor's selector "${text}" matches the pods of no workload ${where}, so Prometheus scrapes nothing for it${podHint(index, selector, scope)}.` : `The ServiceMonitor's selector "${text}" matches the labels of no Service ${where}, so Prometheus scrapes nothing for it${serviceHint(index, selector, scope)}.`
		});
	}
});
function isCoreService(entry) {
	return entry.ref.kind === "Service" && groupOf(entry.object) === "";
}
/** The namespaces a monitor looks in: 'any', the names listed, or its own; undefined when unreadable. */
function namespacesOf(namespaceSelector, own) {
	if (namespaceSelector === void 0 || namespaceSelector === null) return [own];
	if (!isRecord(namespaceSelector)) return void 0;
	if (namespaceSelector["any"] === true) return "any";
	const names = namespaceSelector["matchNames"];
	if (names === void 0 || names === null) return [own];
	if (!Array.isArray(names)) return void 0;
	const strings = names.filter((name) => typeof name === "string");
	if (strings.length !== names.length || strings.some((name) => findPlaceholder(name) !== void 0)) return void 0;
	return strings.length === 0 ? [own] : strings;
}
function namespaceText(namespace) {
	return namespace === "" ? "in its namespace" : `in namespace "${namespace}"`;
}
const selectorOfService = (entry) => {
	const spec = entry.object["spec"];
	const podSelector = isRecord(spec) ? spec["selector"] : void 0;
	return isRecord(podSelector) && Object.keys(podSelector).length > 0 ? stringMap(podSelector) : void 0;
};
const ownCoreServices = entriesWhere((entry) => !entry.borrowed && isCoreService(entry));
const coreServicesByLabel = (services) => labelLookup(services.filter(isCoreService), (entry) => [labelsOf$1(entry.object.metadata)]);
const servicesBySelector = (services) => labelLookup(services, (entry) => [selectorOfService(entry) ?? {}]);
/** The first core Service of a namespace whose own labels the selector matches. */
function servicesLabelled(index, selector, namespace) {
	return index.sift(coreServicesByLabel, {
		kind: "Service",
		namespace
	})(selector.matchLabels).find((entry) => matchesLabelSelector(selector, labelsOf$1(entry.object.metadata)));
}
/** A Service whose spec.selector the monitor's selector would match: it was written against the pods. */
function serviceHint(index, selector, scope) {
	const elsewhere = index.sift(coreServicesByLabel, { kind: "Service" })(selector.matchLabels).find((entry) => !scope.some((namespace) => sameNamespace(namespace, entry.ref.namespace)) && matchesLabelSelector(selector, labelsOf$1(entry.object.metadata)));
	if (elsewhere) return ` (Service "${elsewhere.ref.name}" has such labels, but ${namespaceText(elsewhere.ref.namespace)}, which the namespaceSelector does not name)`;
	for (const namespace of scope) {
		const service = index.sift(servicesBySelector, {
			kind: "Service",
			namespace
		})(selector.matchLabels).find((entry) => {
			const podSelector = selectorOfService(entry);
			return podSelector !== void 0 && matchesLabelSelector(selector, podSelector);
		});
		if (service) return ` (Service "${service.ref.name}" selects pods with such labels, but a ServiceMonitor matches the Service's own metadata.labels)`;
	}
	return "";
}
function podHint(index, selector, scope) {
	const elsewhere = workloadsThatMayMatch(index, selector.matchLabels).find((entry) => !scope.some((namespace) => sameNamespace(namespace, entry.ref.namespace)) && matchesLabelSelector(selector, entry.pod?.labels ?? {}));
	return elsewhere ? ` (${elsewhere.ref.kind} "${elsewhere.ref.name}" has such pods, but ${namespaceText(elsewhere.ref.namespace)}, which the namespaceSelector does not name)` : "";
}
function stringMap(map) {
	return Object.fromEntries(Object.entries(map).map(([key, value]) => [key, String(value)]));
}

// dist/checks/stateful-backup-missing.js
/**
* Resources that back volumes up, by API group. Their presence anywhere in scope counts, in any namespace or
* none: Velero lives in its own namespace, snapshot classes are cluster-scoped, and operators keep backups
* next to their databases.
*/
const backupKinds = {
	"snapshot.storage.k8s.io": ["VolumeSnapshot", "VolumeSnapshotClass"],
	"groupsnapshot.storage.k8s.io": ["VolumeGroupSnapshot", "VolumeGroupSnapshotClass"],
	"velero.io": ["Schedule", "Backup"],
	"k8up.io": ["Schedule", "Backup"],
	"backup.appuio.ch": ["Schedule", "Backup"],
	"stash.appscode.com": ["BackupConfiguration", "BackupBatch"],
	"core.kubestash.com": ["BackupConfiguration"],
	"config.kio.kasten.io": ["Policy"],
	"triliovault.trilio.io": ["BackupPlan", "Backup"],
	"stork.libopenstorage.org": [
		"VolumeSnapshotSchedule",
		"ApplicationBackupSchedule",
		"ApplicationBackup"
	],
	"postgresql.cnpg.io": ["ScheduledBackup", "Backup"],
	"pxc.percona.com": ["PerconaXtraDBClusterBackup"],
	"psmdb.percona.com": ["PerconaServerMongoDBBackup"],
	"ps.percona.com": ["PerconaServerMySQLBackup"],
	"pgv2.percona.com": ["PerconaPGBackup"],
	"k8s.mariadb.com": ["Backup", "PhysicalBackup"],
	"mariadb.mmontes.io": ["Backup"]
};
const longhornBackupTasks = /* @__PURE__ */ new Set([
	"backup",
	"backup-force-create",
	"snapshot",
	"snapshot-force-create"
]);
const veleroPodAnnotations = ["backup.velero.io/backup-volumes", "pre.hook.backup.velero.io/command"];
const backups = entriesWhere(isBackup);
function isBackup(entry) {
	const { object } = entry;
	const group = apiGroupOf(object.apiVersion);
	if (backupKinds[group]?.includes(object.kind)) return true;
	if (group === "longhorn.io" && object.kind === "RecurringJob") {
		const spec = object["spec"];
		return isRecord(spec) && typeof spec["task"] === "string" && longhornBackupTasks.has(spec["task"]);
	}
	return false;
}
var stateful_backup_missing_default = defineObjectCheck({
	meta: {
		id: "stateful-backup-missing",
		title: "Stateful workload without a backup",
		severity: "info",
		category: "storage",
		description: "Flags a StatefulSet with volumeClaimTemplates when nothing in scope backs volumes up: no VolumeSnapshot or VolumeSnapshotClass (or group snapshot), Velero Schedule or Backup, K8up Schedule or Backup, Stash/KubeStash BackupConfiguration, Kasten Policy, Trilio BackupPlan, Portworx Stork schedule, Longhorn backup or snapshot RecurringJob, CloudNativePG ScheduledBackup or Backup, Percona or MariaDB operator backup. Such objects count in any namespace. A pod template annotated for Velero file-system backup (backup.velero.io/backup-volumes) or with a Velero backup hook counts too.",
		risk: "The claims of a StatefulSet outlive its pods, but not a deleted namespace, a corrupted or ransomed volume, a bad migration, or the loss of the zone its disks sit in. Without a backup or snapshot schedule the data of this workload exists once, and the first such incident loses it for good.",
		mitigation: "Schedule backups of the volumes and keep them outside the cluster: a Velero Schedule that includes this namespace, VolumeSnapshots taken on a schedule, or the backup resource of the database operator. Test a restore. If the backups are set up in another repository, this finding is only a reminder to check.",
		example: `apiVersion: velero.io/v1
kind: Schedule
metadata:
  name: daily
  namespace: velero
spec:
  schedule: "0 3 * * *"
  template:
    includedNamespaces: [shop]
    ttl: 720h0m0s`
	},
	kinds: ["StatefulSet"],
	check(object, { ref, index, report }) {
		if (!isKind(object, "StatefulSet")) return;
		const spec = object.spec;
		const templates = isRecord(spec) ? spec["volumeClaimTemplates"] : void 0;
		if (!Array.isArray(templates) || templates.length === 0) return;
		const annotations = podAnnotations(spec);
		if (veleroPodAnnotations.some((key) => key in annotations)) return;
		if (index.sift(backups, {})().length > 0) return;
		const named = templates.map((t) => isRecord(t) && isRecord(t["metadata"]) ? t["metadata"]["name"] : void 0).filter((name) => typeof name === "string" && name !== "");
		const claims = named.length > 0 ? ` (${named.join(", ")})` : "";
		report({
			path: ["spec", "volumeClaimTemplates"],
			message: `StatefulSet "${ref.name}" keeps data in ${templates.length} volume claim template${templates.length === 1 ? "" : "s"}${claims}, and nothing in scope backs it up: no VolumeSnapshot, snapshot class, Velero or K8up schedule, or operator backup.`
		});
	}
});
function podAnnotations(spec) {
	if (!isRecord(spec) || !isRecord(spec["template"])) return {};
	const metadata = spec["template"]["metadata"];
	return isRecord(metadata) && isRecord(metadata["annotations"]) ? metadata["annotations"] : {};
}

// dist/checks/statefulset-service-missing.js
var statefulset_service_missing_default = defineObjectCheck({
	meta: {
		id: "statefulset-service-missing",
		title: "StatefulSet whose serviceName is no headless Service",
		severity: "warning",
		category: "networking",
		description: "Fires on a StatefulSet whose spec.serviceName names a Service of its namespace that is not headless (clusterIP other than None, or type ExternalName), a headless Service whose selector does not select the StatefulSet's pods, or no Service at all while the reviewed manifests do hold Services of their own in that namespace (so this one would have been declared with them). When they hold none there, the governing Service may come from another folder or chart and nothing is said. An unset serviceName and names written as templates are left alone. From kube-score's statefulset-has-servicename and kube-linter's dangling-service.",
		risk: "The governing Service is what gives each pod its stable DNS name (db-0.db.shop.svc): a StatefulSet exists for peers that find each other by those names (replication, quorum, seed lists). Without a headless Service that selects the pods, the names never resolve, and a cluster that bootstraps from them does not form.",
		mitigation: "Declare a Service with clusterIP: None, the name given in serviceName and a selector that matches the pod template labels (publishNotReadyAddresses: true if peers must find each other before they are Ready); keep a separate ClusterIP Service for clients.",
		example: `apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  clusterIP: None
  selector: { app: db }
  ports: [{ name: peer, port: 7000 }]
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels: { app: db }`
	},
	kinds: ["StatefulSet"],
	check(object, { ref, index, report }) {
		if (!isKind(object, "StatefulSet")) return;
		const entry = index.entryOf(object);
		const spec = object["spec"];
		if (!entry?.pod || !isRecord(spec)) return;
		const name = spec["serviceName"];
		if (typeof name !== "string" || name.trim() === "" || findPlaceholder(name)) return;
		const path = ["spec", "serviceName"];
		const subject = `StatefulSet "${ref.name || "?"}"`;
		const named = servicesNamed(index, name, ref.namespace);
		if (named.length === 0) {
			const own = index.sift(ownServices, {
				kind: "Service",
				namespace: ref.namespace
			})();
			if (own.length === 0) return;
			report({
				path,
				message: `${subject} names serviceName "${name}", but no Service of that name is declared beside it (the Services here are ${quotedNames(own)}): its pods get no stable DNS names.`
			});
			return;
		}
		const readings = named.map((service) => {
			const serviceSpec = service.object["spec"];
			const fields = isRecord(serviceSpec) ? serviceSpec : {};
			const clusterIP = fields["clusterIP"];
			if (typeof clusterIP === "string" && findPlaceholder(clusterIP)) return "unknown";
			if (fields["type"] === "ExternalName") return "external";
			if (clusterIP !== "None") return "not-headless";
			const selector = fields["selector"];
			if (!isRecord(selector) || Object.keys(selector).length === 0) return "ok";
			return selectsPodsOf(selector, entry) ? "ok" : "selects-other";
		});
		if (readings.some((reading) => reading === "ok" || reading === "unknown")) return;
		const reading = readings[0];
		report({
			path,
			message: `${subject} names serviceName "${name}", and Service "${name}" ${reading === "external" ? "is of type ExternalName, not a headless Service" : reading === "not-headless" ? "is not headless (clusterIP: None)" : "is headless but its selector does not select the StatefulSet's pods"}: the pods get no stable DNS names (${ref.name || "?"}-0.${name}).`
		});
	}
});
const ownServices = entriesWhere((service) => !service.borrowed && isKind(service.object, "Service"));

// dist/checks/static-cloud-credentials.js
var static_cloud_credentials_default = defineObjectCheck({
	meta: {
		id: "static-cloud-credentials",
		title: "Static cloud credentials injected into a pod",
		severity: "info",
		category: "security",
		description: "Flags containers (every kind) that receive long-lived cloud credentials: AWS access keys (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), Google key files (GOOGLE_APPLICATION_CREDENTIALS), Azure client secrets, certificates and storage keys (AZURE_CLIENT_SECRET, AZURE_CLIENT_CERTIFICATE_PATH), Alibaba Cloud access keys and OCI API keys, whether as a literal value, through valueFrom a Secret or ConfigMap, or through envFrom of a Secret, SealedSecret, ExternalSecret or ConfigMap of the scope whose keys (with the envFrom prefix) include them; one finding per container and cloud. A Secret volume mounted at a path that names a cloud (/var/secrets/google, /root/.aws) or a key file (key.json) counts when no variable of that cloud already did. Workload-identity variables (AWS_ROLE_ARN with AWS_WEB_IDENTITY_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE) are not flagged.",
		risk: "A static access key or service-account key works from anywhere until someone rotates it, which is rarely: copied out of the Secret, the pod environment or a crash dump, it keeps working outside the cluster, and every pod that mounts the Secret shares one identity, so audit logs cannot tell them apart.",
		mitigation: "Give the pod a cloud identity through its ServiceAccount instead: IRSA or EKS Pod Identity on AWS, GKE Workload Identity Federation on Google Cloud, Microsoft Entra Workload ID on Azure. The SDKs pick it up with no key at all; then delete the keys and the Secret that held them.",
		example: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: uploader
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/uploader
---
# the pod runs as serviceAccountName: uploader and sets no AWS_* keys`
	},
	kinds: workloadKinds,
	check(object, { ref, index, report }) {
		const pod = podTemplateOf(object);
		if (!pod) return;
		const secretVolumes = secretVolumesOf(pod.spec.volumes);
		for (const at of containersOf(pod, [
			"container",
			"initContainer",
			"ephemeralContainer"
		])) {
			const found = /* @__PURE__ */ new Map();
			const add = (cloud, path, part) => {
				const injection = found.get(cloud) ?? {
					path,
					parts: []
				};
				injection.parts.push(part);
				found.set(cloud, injection);
			};
			const env = at.container.env;
			if (Array.isArray(env)) env.forEach((variable, i) => {
				if (!isRecord(variable) || typeof variable["name"] !== "string") return;
				const cloud = cloudOfVariable(variable["name"]);
				const source = cloud ? sourceOf(variable) : void 0;
				if (cloud && source) add(cloud, [
					...at.path,
					"env",
					i
				], `${variable["name"]} ${source}`);
			});
			const envFrom = at.container.envFrom;
			if (Array.isArray(envFrom)) envFrom.forEach((item, i) => {
				if (!isRecord(item)) return;
				const prefix = typeof item["prefix"] === "string" ? item["prefix"] : "";
				for (const kind of ["Secret", "ConfigMap"]) {
					const sourceRef = item[kind === "Secret" ? "secretRef" : "configMapRef"];
					if (!isRecord(sourceRef) || typeof sourceRef["name"] !== "string") continue;
					const source = keysOfSource(kind, sourceRef["name"], ref.namespace, index);
					if (!source) continue;
					for (const key of source.keys) {
						const cloud = cloudOfVariable(`${prefix}${key}`);
						if (cloud) add(cloud, [
							...at.path,
							"envFrom",
							i
						], `${prefix}${key} through envFrom of ${source.from}`);
					}
				}
			});
			for (const [cloud, injection] of found) report({
				path: injection.path,
				message: `The ${containerLabel(at)} gets static ${cloud} credentials: ${injection.parts.join(", ")}. ${workloadIdentity[cloud]} would give it an identity without a stored key.`
			});
			const mounts = at.container.volumeMounts;
			if (!Array.isArray(mounts)) continue;
			for (const [j, mount] of mounts.entries()) {
				if (!isRecord(mount) || typeof mount["name"] !== "string" || typeof mount["mountPath"] !== "string") continue;
				const secret = secretVolumes.get(mount["name"]);
				const mountPath = mount["mountPath"];
				const subPath = typeof mount["subPath"] === "string" && mount["subPath"] !== "" ? mount["subPath"] : "";
				const cloud = secret === void 0 ? void 0 : cloudOfMountPath(mountPath) ?? (subPath ? cloudOfMountPath(subPath) : void 0);
				if (!cloud || found.has(cloud)) continue;
				report({
					path: [
						...at.path,
						"volumeMounts",
						j,
						"mountPath"
					],
					message: `The ${containerLabel(at)} mounts ${secret} at ${mountPath}, which looks like static ${cloud} credentials. ${workloadIdentity[cloud]} would give it an identity without a stored key.`
				});
			}
		}
	}
});
/** How an env var gets its value, or undefined when it gets none that could hold a credential. */
function sourceOf(variable) {
	const valueFrom = variable["valueFrom"];
	if (isRecord(valueFrom)) {
		for (const [field, kind] of [["secretKeyRef", "Secret"], ["configMapKeyRef", "ConfigMap"]]) {
			const keyRef = valueFrom[field];
			if (isRecord(keyRef)) return `from ${kind} "${typeof keyRef["name"] === "string" ? keyRef["name"] : "?"}"`;
		}
		return;
	}
	const value = variable["value"];
	return typeof value === "string" && value.trim() !== "" || typeof value === "number" ? "as a literal value" : void 0;
}
/** Volume name to a description of the Secret(s) behind it, for secret and projected volumes. */
function secretVolumesOf(volumes) {
	const result = /* @__PURE__ */ new Map();
	if (!Array.isArray(volumes)) return result;
	for (const volume of volumes) {
		if (!isRecord(volume) || typeof volume["name"] !== "string") continue;
		const secret = volume["secret"];
		if (isRecord(secret)) {
			result.set(volume["name"], `Secret "${typeof secret["secretName"] === "string" ? secret["secretName"] : "?"}"`);
			continue;
		}
		const projected = volume["projected"];
		const sources = isRecord(projected) ? projected["sources"] : void 0;
		if (!Array.isArray(sources)) continue;
		const names = sources.filter(isRecord).map((source) => source["secret"]).filter(isRecord).map((secretSource) => `Secret "${typeof secretSource["name"] === "string" ? secretSource["name"] : "?"}"`);
		if (names.length > 0) result.set(volume["name"], names.join(" and "));
	}
	return result;
}

// dist/checks/storageclass-immediate-binding.js
/**
* Provisioners whose volumes are network file systems or cluster-wide block storage, reachable from every
* node in every zone: when they are provisioned does not constrain where the pod can run.
*/
const zoneFreeProvisioners = /* @__PURE__ */ new Set([
	"efs.csi.aws.com",
	"file.csi.azure.com",
	"kubernetes.io/azure-file",
	"nfs.csi.k8s.io",
	"smb.csi.k8s.io",
	"cephfs.csi.ceph.com",
	"rbd.csi.ceph.com",
	"kubernetes.io/cephfs",
	"kubernetes.io/rbd",
	"kubernetes.io/glusterfs",
	"driver.longhorn.io",
	"csi.juicefs.com"
]);
function isZoneFree(provisioner) {
	if (typeof provisioner !== "string") return false;
	const name = provisioner.toLowerCase();
	return zoneFreeProvisioners.has(name) || /\.(?:rbd|cephfs)\.csi\.ceph\.com$/.test(name) || /(?:^|[./_-])nfs(?:$|[./_-])/.test(name);
}
var storageclass_immediate_binding_default = defineObjectCheck({
	meta: {
		id: "storageclass-immediate-binding",
		title: "Volumes provisioned before the pod is scheduled",
		severity: "info",
		category: "storage",
		description: "Flags a StorageClass whose volumeBindingMode is not WaitForFirstConsumer (unset means Immediate). Classes of network file systems and cluster-wide storage reachable from every zone are left alone: EFS, Azure Files, NFS and SMB provisioners, Ceph (RBD and CephFS, Rook-prefixed too), GlusterFS, Longhorn and JuiceFS.",
		risk: "With Immediate binding the volume is created as soon as the claim exists, in a zone (or on a node, for local volumes) chosen without looking at the pod. The pod must then run there: if its node selector, affinity, spread constraints or the free capacity point elsewhere, it stays Pending; the replicas of a StatefulSet can end up crowded in one zone; and a pod with two claims can get them in different zones and never start.",
		mitigation: "Set volumeBindingMode: WaitForFirstConsumer, so the volume is provisioned in the zone of the node the scheduler picks for the pod. The field cannot be changed on an existing StorageClass: create a new class and move claims to it.",
		example: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: ssd
provisioner: pd.csi.storage.gke.io
reclaimPolicy: Retain
volumeBindingMode: WaitForFirstConsumer`,
		fix: "Sets volumeBindingMode: WaitForFirstConsumer on the StorageClass. The field cannot be changed on a class that exists in the cluster: apply the fixed class under a new name, or delete and recreate it."
	},
	kinds: ["StorageClass"],
	check(object, { ref, report }) {
		if (object.kind !== "StorageClass" || groupOf(object) !== "storage.k8s.io") return;
		const mode = object["volumeBindingMode"];
		if (mode === "WaitForFirstConsumer" || isZoneFree(object["provisioner"])) return;
		const name = `StorageClass "${ref.name}"`;
		const consequence = "its volumes are provisioned as soon as a claim is created, before the scheduler has placed the pod";
		report({
			path: ["volumeBindingMode"],
			fix: {
				description: "set volumeBindingMode: WaitForFirstConsumer",
				edits: [{
					op: "set",
					path: ["volumeBindingMode"],
					value: "WaitForFirstConsumer"
				}]
			},
			message: mode === void 0 || mode === null ? `${name} sets no volumeBindingMode, so it defaults to Immediate: ${consequence}.` : mode === "Immediate" ? `${name} uses volumeBindingMode Immediate: ${consequence}.` : `${name} has volumeBindingMode ${JSON.stringify(mode)}, which is not WaitForFirstConsumer (the API accepts only Immediate or WaitForFirstConsumer).`
		});
	}
});

// dist/checks/storageclass-reclaim-delete.js
var storageclass_reclaim_delete_default = defineObjectCheck({
	meta: {
		id: "storageclass-reclaim-delete",
		title: "Volumes deleted with their claim",
		severity: "warning",
		category: "storage",
		description: "Flags a StorageClass whose reclaimPolicy is not Retain (unset means Delete), and a PersistentVolume whose persistentVolumeReclaimPolicy is Delete or Recycle. A PersistentVolume written in a manifest is created by hand, and such volumes default to Retain, so an unset policy passes there.",
		risk: "With Delete, removing a PersistentVolumeClaim (an uninstalled chart, a namespace deleted by mistake, a StatefulSet claim cleaned up, a renamed claim in a refactor) makes the provisioner destroy the disk and every byte on it, with no way back but a backup. Recycle wipes the volume's files the same way before handing it to the next claim.",
		mitigation: "Set reclaimPolicy: Retain on StorageClasses that hold data you cannot recreate (and persistentVolumeReclaimPolicy: Retain on hand-made PersistentVolumes), and clean up released volumes deliberately. Keep Delete only for classes meant for scratch data.",
		example: `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: ssd-retain
provisioner: ebs.csi.aws.com
reclaimPolicy: Retain
volumeBindingMode: WaitForFirstConsumer`,
		fix: "Sets reclaimPolicy: Retain on the StorageClass (persistentVolumeReclaimPolicy: Retain on a PersistentVolume). The field cannot be changed on a class that exists in the cluster: apply the fixed class under a new name, or delete and recreate it."
	},
	kinds: ["StorageClass", "PersistentVolume"],
	check(object, { ref, report }) {
		if (object.kind === "StorageClass" && groupOf(object) === "storage.k8s.io") {
			const policy = object["reclaimPolicy"];
			if (policy === "Retain") return;
			const name = `StorageClass "${ref.name}"`;
			report({
				path: ["reclaimPolicy"],
				fix: {
					description: "set reclaimPolicy: Retain",
					edits: [{
						op: "set",
						path: ["reclaimPolicy"],
						value: "Retain"
					}]
				},
				message: policy === void 0 || policy === null ? `${name} sets no reclaimPolicy, so it defaults to Delete: deleting a claim deletes its volume and data.` : policy === "Delete" ? `${name} has reclaimPolicy Delete: deleting a claim deletes its volume and data.` : `${name} has reclaimPolicy ${JSON.stringify(policy)}, which a StorageClass does not accept (Delete or Retain); use Retain.`
			});
			return;
		}
		if (isPersistentVolume(object)) {
			const spec = object["spec"];
			const policy = isRecord(spec) ? spec["persistentVolumeReclaimPolicy"] : void 0;
			const name = `PersistentVolume "${ref.name}"`;
			const fix = {
				description: "set persistentVolumeReclaimPolicy: Retain",
				edits: [{
					op: "set",
					path: ["spec", "persistentVolumeReclaimPolicy"],
					value: "Retain"
				}]
			};
			if (policy === "Delete") report({
				path: ["spec", "persistentVolumeReclaimPolicy"],
				fix,
				message: `${name} has persistentVolumeReclaimPolicy Delete: releasing its claim deletes the volume and its data.`
			});
			else if (policy === "Recycle") report({
				path: ["spec", "persistentVolumeReclaimPolicy"],
				fix,
				message: `${name} has persistentVolumeReclaimPolicy Recycle (deprecated): releasing its claim erases the files on the volume.`
			});
		}
	}
});
function isPersistentVolume(object) {
	return object.kind === "PersistentVolume" && groupOf(object) === "";
}

// dist/checks/template-placeholder.js
var template_placeholder_default = defineObjectCheck({
	meta: {
		id: "template-placeholder",
		title: "Unreplaced template placeholder",
		severity: "error",
		category: "correctness",
		description: "Looks for the leftovers of text templating in values: ${VAR}, {{ var }}, __VAR__, %VAR%, @VAR@, <VAR>, REPLACE_ME, and tutorial names such as KSA_NAME where only lowercase names are valid. Kubernetes' own $(VAR), shell in command and args, ConfigMap and Secret data, {{ }} evaluated by the controllers of custom resources, and the schemas of CustomResourceDefinitions (documentation and validation rules, whose descriptions show such syntax) are left alone.",
		risk: "Text substitution (sed, envsubst) left a placeholder behind. The object is applied with the literal placeholder as its value: an image that cannot be pulled, a host name that resolves nowhere, a label no selector matches. Nothing fails until the pod does.",
		mitigation: "Make the substitution step fail on unset variables (envsubst with an explicit variable list, `set -u`), or move to Helm or Kustomize, which understand YAML. If a controller or the application expands the value itself, suppress this finding for that field.",
		example: `# envsubst with an explicit list fails loudly on what it does not know:
#   envsubst '$IMAGE_TAG $DOMAIN' < app.yaml.tmpl > app.yaml
containers:
  - name: api
    image: registry.example.com/shop/api:3.2.1`
	},
	check(object, { report }) {
		for (const found of placeholderReports(object)) report(found);
	}
});
/**
* Every value of the object, in document order, except free-text payloads where `${VAR}` and `{{ }}` are
* legitimate: shell (command, args), multi-line strings (scripts, configs), JSON annotations, the
* string data of ConfigMaps and Secrets, and a CustomResourceDefinition's schemas. A mapping where data wants a string is still judged. One walk
* with one path stack: the path is copied only for a value that is reported.
*/
function placeholderReports(object) {
	const options = { goTemplates: isBuiltInGroup(apiGroupOf(object.apiVersion)) };
	const isPayloadObject = isKind(object, "ConfigMap") || isKind(object, "Secret");
	const isDefinition = object.kind === "CustomResourceDefinition" && apiGroupOf(object.apiVersion) === "apiextensions.k8s.io";
	const reports = [];
	const path = [];
	const judge = (value) => {
		if (typeof value !== "string") {
			const mustache = unquotedMustache(value);
			if (mustache) reports.push({
				path: [...path],
				message: `The value is the unquoted placeholder ${mustache}, which YAML reads as a mapping.`
			});
			return;
		}
		const found = findPlaceholder(value, options) ?? shoutedPlaceholder(path, value);
		if (!found) return;
		const hint = found.startsWith("${") && isEnvValue(path) ? " Kubernetes expands only $(VAR) in env values; this stays literal." : "";
		reports.push({
			path: [...path],
			message: `The value holds the unreplaced placeholder ${found}.${hint}`
		});
	};
	const walk = (value, payload) => {
		if (typeof value === "string") {
			if (!payload && !value.includes("\n")) judge(value);
			return;
		}
		if (typeof value !== "object" || value === null) return;
		if (Array.isArray(value)) {
			for (let i = 0; i < value.length; i++) {
				path.push(i);
				walk(value[i], payload);
				path.pop();
			}
			return;
		}
		const record = value;
		const topLevel = path.length === 0;
		const inMetadata = path.length === 1 && path[0] === "metadata";
		let keys = 0;
		let lastKey = "";
		for (const key in record) {
			if (!Object.hasOwn(record, key)) continue;
			keys++;
			lastKey = key;
			if (key === "command" || key === "args" || isDefinition && key === "openAPIV3Schema") continue;
			const child = record[key];
			if (key === "annotations" && inMetadata) {
				if (!isRecord(child)) continue;
				path.push(key);
				for (const name in child) {
					if (!Object.hasOwn(child, name)) continue;
					const annotation = child[name];
					const isJson = typeof annotation === "string" && /^\s*[[{]/.test(annotation);
					path.push(name);
					walk(annotation, payload || isPayloadObject || isJson);
					path.pop();
				}
				path.pop();
				continue;
			}
			const isPayload = isPayloadObject && topLevel && (key === "data" || key === "binaryData" || key === "stringData");
			path.push(key);
			walk(child, payload || isPayload);
			path.pop();
		}
		if (keys === 1 && lastKey.startsWith("{") && unquotedMustache(record)) judge(record);
	};
	walk(object, false);
	return reports;
}
function isEnvValue(path) {
	return path.at(-1) === "value" && path.at(-3) === "env";
}

// dist/checks/termination-grace-too-short.js
const defaultGrace = 30;
var termination_grace_too_short_default = defineObjectCheck({
	meta: {
		id: "termination-grace-too-short",
		title: "preStop sleep not shorter than the termination grace period",
		severity: "error",
		category: "disruptions",
		description: "Compares the sleep of each container's preStop hook (lifecycle.preStop.sleep.seconds, an exec `sleep N`, or the sleeps of an `sh -c` script, with s, m, h suffixes) with the pod's terminationGracePeriodSeconds (30 when unset). Fires when the sleep is not shorter.",
		risk: "The grace period counts from the moment the pod is deleted, preStop hook included. When the hook sleeps as long as the grace period or longer, the application gets SIGTERM only once the time is used up, and the kubelet grants a one-off 2 seconds before SIGKILL: in-flight requests are cut, connections are not drained and shutdown work such as flushing buffers or committing offsets is lost, on every rollout and node drain.",
		mitigation: "Set terminationGracePeriodSeconds to the preStop sleep plus the time the application needs to shut down after SIGTERM, or shorten the sleep.",
		example: `spec:
  terminationGracePeriodSeconds: 45
  containers:
    - name: api
      lifecycle:
        preStop:
          exec: { command: ["sleep", "15"] }`
	},
	kinds: workloadKinds,
	check(object, { report }) {
		const pod = podTemplateOf(object);
		if (!pod) return;
		const declared = pod.spec.terminationGracePeriodSeconds;
		const unset = declared === void 0 || declared === null;
		const grace = unset ? defaultGrace : intLike(declared);
		if (grace === void 0) return;
		const graceText = unset ? `${defaultGrace} (the default, unset)` : String(grace);
		const runsUntilStop = (at) => at.role === "container" || at.container.restartPolicy === "Always";
		for (const at of containersOf(pod).filter(runsUntilStop)) {
			const sleep = preStopSleepOf(at);
			if (!sleep || sleep.seconds < grace) continue;
			report({
				path: sleep.path,
				message: `The preStop hook of ${containerLabel(at)} sleeps ${formatSeconds(sleep.seconds)} (${sleep.text}), not shorter than terminationGracePeriodSeconds ${graceText}: SIGTERM comes only when the grace period is spent, 2 seconds before SIGKILL.`
			});
		}
	}
});

// dist/checks/unused-suppression.js
var unused_suppression_default = defineEngineCheck({ meta: {
	id: "unused-suppression",
	title: "Suppression that suppresses nothing",
	severity: "warning",
	category: "correctness",
	description: "Reported by the suppression pass, not by looking at objects: fires on a kubeready.io/ignore annotation, a # kubeready-ignore or # kubeready-ignore-next-line comment, or an ignore entry of the config that covers no finding, names an unknown check, or gives no reason after \"--\" (a suppression without a reason suppresses nothing).",
	risk: "A stale suppression hides the next real problem of that kind at that place without anyone deciding to, and a misspelled check id or a missing reason leaves the finding it was meant for in every report, so people learn to ignore the output.",
	mitigation: "Delete suppressions once the finding they covered is fixed, spell the check id as kubeready --list-checks prints it, and give every suppression a reason: \"check-id -- why this is acceptable here\".",
	example: `metadata:
  annotations:
    kubeready.io/ignore: "run-as-root -- the image needs root to bind port 80; tracked in OPS-123"`
} });

// dist/checks/vpa-hpa-conflict.js
/** The update modes in which the VPA changes the requests of running workloads. */
const activeModes = /* @__PURE__ */ new Set([
	"Auto",
	"Recreate",
	"InPlaceOrRecreate"
]);
var vpa_hpa_conflict_default = defineObjectCheck({
	meta: {
		id: "vpa-hpa-conflict",
		title: "VPA and HPA both act on cpu or memory of one workload",
		severity: "warning",
		category: "scaling",
		description: "A VerticalPodAutoscaler (autoscaling.k8s.io) in updateMode Auto (the default), Recreate or InPlaceOrRecreate controls the cpu and memory requests of its target (per container, as narrowed by resourcePolicy.containerPolicies controlledResources or mode Off). Reported when an HPA or KEDA ScaledObject scales the same target on one of those resources. Modes Off and Initial, and HPAs on custom or external metrics only, do not conflict.",
		risk: "Both autoscalers react to the same cpu or memory usage. When usage rises the VPA raises the requests and evicts pods to apply them while the HPA adds replicas; utilization then drops against the larger requests and the HPA scales in again. The workload oscillates, restarts pods under load, and settles on neither the right size nor the right count.",
		mitigation: "Let each autoscaler own one dimension: scale horizontally on a custom or external metric (requests per second, queue length) while the VPA sizes cpu and memory; or keep the HPA on cpu and restrict the VPA to memory with controlledResources, or run the VPA in updateMode Off for recommendations only.",
		example: `apiVersion: autoscaling.k8s.io/v1
kind: VerticalPodAutoscaler
metadata: { name: api }
spec:
  targetRef: { apiVersion: apps/v1, kind: Deployment, name: api }
  updatePolicy: { updateMode: Auto }
  resourcePolicy:
    containerPolicies:
      - containerName: "*"
        controlledResources: [memory]   # the HPA of api scales on cpu only`
	},
	kinds: ["VerticalPodAutoscaler"],
	check(object, { ref, index, report }) {
		if (!isVerticalPodAutoscaler(object)) return;
		const spec = object["spec"];
		if (!isRecord(spec)) return;
		const updatePolicy = spec["updatePolicy"];
		const written = isRecord(updatePolicy) ? updatePolicy["updateMode"] : void 0;
		const mode = written ?? "Auto";
		if (typeof mode !== "string" || !activeModes.has(mode)) return;
		const target = index.target(targetRefOf(object).ref, ref.namespace);
		if (!target) return;
		const controls = controlledResources(spec["resourcePolicy"]);
		const containerNames = target.pod ? runningContainers(target.pod).map((at) => at.container.name).filter((name) => typeof name === "string") : [];
		/** The resources the VPA sets on one container, or on any container when none is named. */
		const controlled = (container) => {
			if (container !== void 0) return controls(container);
			const names = containerNames.length > 0 ? containerNames : ["*"];
			return new Set(names.flatMap((name) => [...controls(name)]));
		};
		const conflicts = [];
		for (const horizontal of index.autoscalersOf(target)) {
			const metrics = resourceMetricsOf(horizontal.object).filter((metric) => controlled(metric.container).has(metric.resource));
			if (metrics.length === 0) continue;
			conflicts.push({
				autoscaler: describeObject$1(horizontal.object),
				metrics: metrics.map((metric) => metric.label),
				resources: new Set(metrics.map((metric) => metric.resource))
			});
		}
		if (conflicts.length === 0) return;
		const resources = computeResources.filter((resource) => conflicts.some((conflict) => conflict.resources.has(resource)));
		const scalers = conflicts.map((conflict) => `${conflict.autoscaler} scales it on ${joinLabels(conflict.metrics)}`);
		report({
			path: [
				"spec",
				"updatePolicy",
				"updateMode"
			],
			message: `In updateMode ${mode}${written === void 0 || written === null ? " (the default)" : ""} this VPA sets the ${resources.join(" and ")} requests of ${describeObject$1(target.object)}, while ${joinLabels(scalers)}: both react to the same usage and work against each other.`
		});
	}
});
/**
* Which of cpu and memory the VPA controls on a container: the policy named for the container, else the
* "*" policy, else both. A policy in mode Off controls nothing.
*/
function controlledResources(resourcePolicy) {
	const policies = isRecord(resourcePolicy) && Array.isArray(resourcePolicy["containerPolicies"]) ? resourcePolicy["containerPolicies"].filter(isRecord) : [];
	return (container) => {
		const policy = policies.find((p) => p["containerName"] === container) ?? policies.find((p) => p["containerName"] === "*");
		if (!policy) return new Set(computeResources);
		if (policy["mode"] === "Off") return /* @__PURE__ */ new Set();
		const listed = policy["controlledResources"];
		return Array.isArray(listed) ? new Set(listed.filter(isComputeResource)) : new Set(computeResources);
	};
}

// dist/checks/yaml-syntax.js
const consequence = {
	DUPLICATE_KEY: ": only the last value is applied, the others are silently lost",
	ALIAS_LIMIT: ": the document looks like an alias bomb, and is not linted further",
	ALIAS_CYCLE: ": kubectl refuses the document",
	ALIAS_UNKNOWN: ": kubectl refuses the document",
	MERGE_NOT_MAP: ": kubectl refuses the document",
	NESTING_LIMIT: ": the document is not linted further",
	CONTROL_CHARACTER: ": kubectl refuses the file",
	INVALID_UTF8: ": kubectl refuses the file, which must be UTF-8; the rest of it is linted as if the byte were U+FFFD"
};
var yaml_syntax_default = defineSourceCheck({
	meta: {
		id: "yaml-syntax",
		title: "YAML that does not parse, or repeats a key",
		severity: "error",
		category: "correctness",
		description: "Reports the first syntax error of each YAML document, every repeated key, and .json files that are not valid JSON, at the line and column where the parser found them; also what kubectl refuses although a YAML parser may accept it (bytes that are not UTF-8, control characters, a merge key on a non-mapping, unknown or self-referencing aliases) and what kubeready will not expand (alias bombs, nesting over 200 levels).",
		risk: "kubectl and the API server reject a document that does not parse, so the deploy fails halfway. A repeated key is worse: it parses, and one of the two values is dropped without a word.",
		mitigation: "Fix the syntax at the reported position. Generate manifests with a tool that understands YAML (Helm, Kustomize, a YAML library) instead of text substitution.",
		example: `metadata:
  name: api
  labels:
    app: api
    tier: backend   # each key once`
	},
	check(problems, { report }) {
		for (const problem of problems) {
			if (problem.code.startsWith("DOCKERFILE_")) continue;
			report({
				start: problem.start,
				end: problem.end,
				message: `${problem.message}${consequence[problem.code] ?? ""}.`
			});
		}
	}
});

// dist/checks/index.js
/** Every check, sorted by id. */
const checks = [
	anti_affinity_missing_default,
	api_deprecated_default,
	api_removed_default,
	api_version_unknown_default,
	autoscaling_spec_invalid_default,
	configmap_credential_default,
	cronjob_deadline_missing_default,
	cronjob_schedule_invalid_default,
	dockerfile_add_remote_default,
	dockerfile_base_not_minimal_default,
	dockerfile_base_unpinned_default,
	dockerfile_packages_unpinned_default,
	dockerfile_secret_in_build_default,
	dockerfile_syntax_default,
	dockerfile_user_root_default,
	env_duplicate_default,
	env_literal_credential_default,
	environments_mixed_default,
	hpa_min_replicas_low_default,
	hpa_missing_requests_default,
	hpa_replicas_conflict_default,
	hpa_target_missing_default,
	image_digest_missing_default,
	image_registry_not_allowed_default,
	image_registry_public_default,
	image_untagged_default,
	image_user_mismatch_default,
	ingress_backend_missing_default,
	ingress_tls_missing_default,
	job_ttl_missing_default,
	labels_required_default,
	liveness_probe_aggressive_default,
	liveness_probe_missing_default,
	memory_limit_missing_default,
	metadata_invalid_default,
	name_convention_default,
	namespace_default_deny_missing_default,
	namespace_limitrange_missing_default,
	namespace_pod_security_missing_default,
	namespace_quota_missing_default,
	networkpolicy_missing_default,
	networkpolicy_selects_nothing_default,
	networkpolicy_uncovered_default,
	observability_colocated_default,
	pdb_blocks_eviction_default,
	pdb_missing_default,
	pdb_overlap_default,
	pdb_selects_nothing_default,
	pdb_unhealthy_policy_missing_default,
	pod_spec_invalid_default,
	prestop_hook_missing_default,
	privilege_escalation_allowed_default,
	probe_port_unknown_default,
	probes_identical_default,
	proxy_layers_excessive_default,
	pss_apparmor_default,
	pss_capabilities_default,
	pss_host_namespaces_default,
	pss_host_path_volumes_default,
	pss_host_ports_default,
	pss_host_probes_default,
	pss_host_process_default,
	pss_privilege_escalation_default,
	pss_privileged_default,
	pss_proc_mount_default,
	pss_run_as_non_root_default,
	pss_run_as_user_default,
	pss_seccomp_default,
	pss_selinux_default,
	pss_sysctls_default,
	pss_volume_types_default,
	pvc_rwo_shared_default,
	rbac_broad_subjects_default,
	rbac_cluster_admin_binding_default,
	rbac_escalation_default,
	rbac_exec_attach_default,
	rbac_secrets_access_default,
	rbac_sensitive_access_default,
	rbac_wildcard_default,
	readiness_probe_external_default,
	readiness_probe_missing_default,
	readiness_probe_slow_default,
	readonly_root_fs_missing_default,
	reference_missing_default,
	replicas_single_default,
	requests_exceed_node_default,
	requests_missing_default,
	restart_policy_invalid_default,
	rollout_strategy_risky_default,
	run_as_root_default,
	schema_invalid_default,
	schema_missing_default,
	schema_unknown_field_default,
	secret_plaintext_default,
	selector_mismatch_default,
	service_account_token_automount_default,
	service_exposed_default,
	service_selects_nothing_default,
	service_spec_invalid_default,
	service_target_port_unknown_default,
	servicemonitor_selects_nothing_default,
	stateful_backup_missing_default,
	statefulset_service_missing_default,
	static_cloud_credentials_default,
	storageclass_immediate_binding_default,
	storageclass_reclaim_delete_default,
	template_placeholder_default,
	termination_grace_too_short_default,
	unused_suppression_default,
	vpa_hpa_conflict_default,
	yaml_syntax_default
];

export { findPlaceholder as a, checks, hasSopsMetadata as i, imageBuildKey as n, unquotedMustache as o, imageUserOf as r, compileRe2 as t };