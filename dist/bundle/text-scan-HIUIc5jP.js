import { T as apiGroupOf, _ as isRecord, b as podTemplateOf, p as groupOf, v as labelsOf, x as podTemplateViews } from "./cli.js";
import { l as isDockerfileObject } from "./dockerfile--1PYcFcI.js";

// dist/src/model/selectors.js
/**
* Label-selector semantics in one place. An empty selector ({}) selects everything;
* an absent one (undefined) selects nothing, as for a selector-less Service.
*/
function matchesLabelSelector(selector, labels) {
	if (!isRecord(selector)) return false;
	const matchLabels = selector.matchLabels;
	if (isRecord(matchLabels) && !matchesLabelMap(matchLabels, labels, true)) return false;
	const expressions = selector.matchExpressions;
	if (Array.isArray(expressions)) {
		for (const requirement of expressions) if (!isRecord(requirement) || !matchesRequirement(requirement, labels)) return false;
	}
	return true;
}
/** A plain key=value map selector such as Service.spec.selector. Empty or absent selects nothing. */
function matchesLabelMap(selector, labels, emptyMatchesAll = false) {
	if (!isRecord(selector)) return false;
	let empty = true;
	for (const key in selector) {
		if (!Object.hasOwn(selector, key)) continue;
		empty = false;
		if (labels[key] !== String(selector[key])) return false;
	}
	return empty ? emptyMatchesAll : true;
}
function matchesRequirement(requirement, labels) {
	const has = Object.hasOwn(labels, requirement.key);
	const values = Array.isArray(requirement.values) ? requirement.values.map(String) : [];
	switch (requirement.operator) {
		case "In": return has && values.includes(labels[requirement.key] ?? "");
		case "NotIn": return !has || !values.includes(labels[requirement.key] ?? "");
		case "Exists": return has;
		case "DoesNotExist": return !has;
		default: return false;
	}
}
/**
* A prefilter for the question "which of these selectors may match a set of labels": each selector is
* filed under one key=value pair that it requires (`requiredOf` gives the map of them: a matchLabels, or
* a Service's selector), so a lookup visits only the selectors that share a label with the pods, plus
* those it cannot file (no such map, or only keys for which `isLoose` holds, which a caller may satisfy
* otherwise).
* Candidates come back in input order; the caller still applies the real matcher, and no item that could
* match is left out.
*/
function selectorCandidates(items, requiredOf, isLoose = () => false) {
	const unfiled = [];
	const filed = /* @__PURE__ */ new Map();
	items.forEach((item, position) => {
		const requiredLabels = requiredOf(item);
		const required = isRecord(requiredLabels) ? Object.entries(requiredLabels).find(([key]) => !isLoose(key)) : void 0;
		if (!required) {
			unfiled.push(position);
			return;
		}
		const key = required[0];
		const value = String(required[1]);
		let byValue = filed.get(key);
		if (!byValue) filed.set(key, byValue = /* @__PURE__ */ new Map());
		const list = byValue.get(value);
		if (list) list.push(position);
		else byValue.set(value, [position]);
	});
	const itemsAt = (positions) => positions.map((position) => items[position]);
	return (labels) => {
		const lists = unfiled.length > 0 ? [unfiled] : [];
		for (const key in labels) {
			const list = Object.hasOwn(labels, key) ? filed.get(key)?.get(labels[key]) : void 0;
			if (list) lists.push(list);
		}
		let positions = lists[0] ?? [];
		for (let l = 1; l < lists.length; l++) positions = mergeAscending(positions, lists[l] ?? []);
		return itemsAt(positions);
	};
}
/** Two ascending lists without an element in common (each item is filed once) as one, in order. */
function mergeAscending(a, b) {
	const merged = [];
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) merged.push(a[i] < b[j] ? a[i++] : b[j++]);
	while (i < a.length) merged.push(a[i++]);
	while (j < b.length) merged.push(b[j++]);
	return merged;
}
/**
* How many questions a list answers by a scan before it is filed in a table: a scope holds the objects of
* its namespaces from other units too, most lists are asked about once or twice, and then a scan costs
* less than a table; a list that many objects ask about gets its table, and each question stays cheap.
*/
const scansBeforeTable = 4;
/**
* The other direction, "which of these items may a selector match": a lookup that, asked with a selector's
* required map (a matchLabels, a Service's selector), returns the items that may carry every pair of it, in
* input order, each once; the caller applies the matcher. Its first few answers are all the items; then
* the items are filed under every key=value pair of their label maps (`labelsOf`: their own labels, their
* pods', several for a custom resource), and an answer is the shortest list of the pairs required.
*/
function labelLookup(items, labelsOf) {
	let asked = 0;
	let byLabel;
	const none = [];
	return (required) => {
		if (!isRecord(required)) return items;
		if (!byLabel) {
			if (++asked <= 4) return items;
			byLabel = /* @__PURE__ */ new Map();
			for (const item of items) for (const labels of labelsOf(item)) for (const key in labels) {
				if (!Object.hasOwn(labels, key)) continue;
				const value = String(labels[key]);
				let values = byLabel.get(key);
				if (!values) byLabel.set(key, values = /* @__PURE__ */ new Map());
				const list = values.get(value);
				if (!list) values.set(value, [item]);
				else if (list[list.length - 1] !== item) list.push(item);
			}
		}
		let fewest = items;
		for (const key in required) {
			if (!Object.hasOwn(required, key)) continue;
			const list = byLabel.get(key)?.get(String(required[key])) ?? none;
			if (list.length < fewest.length) fewest = list;
		}
		return fewest;
	};
}

// dist/src/model/object-index.js
/** A sieve with one question: the entries that pass `test`, filtered when first asked. */
function entriesWhere(test) {
	return (list) => {
		let passed;
		return () => passed ??= list.filter(test);
	};
}
/**
* A sieve asked with a key: the entries `keysOf` files under it, in a table made when first asked or, with
* `scans`, after that many questions answered by a scan (see scansBeforeTable).
*/
function entriesByKey(keysOf, scans = 0) {
	return (list) => {
		let asked = 0;
		let table;
		return (key) => {
			if (!table) {
				if (++asked <= scans) return list.filter((entry) => keysOf(entry).includes(key));
				table = groupBy(list, keysOf);
			}
			return table.get(key) ?? [];
		};
	};
}
function refOf(object) {
	const name = object.metadata?.name;
	const namespace = object.metadata?.namespace;
	return {
		apiVersion: object.apiVersion,
		kind: object.kind,
		namespace: typeof namespace === "string" ? namespace : "",
		name: typeof name === "string" ? name : ""
	};
}
/**
* Two namespaces are the same when they are equal, and a manifest without a namespace is taken to go
* into `default` (where kubectl puts it unless told otherwise).
*/
function sameNamespace(a, b) {
	return (a || "default") === (b || "default");
}
/** `compute` with its answers kept by argument: for questions a scope asks many times of the same values. */
function memoize(compute) {
	const answers = /* @__PURE__ */ new Map();
	return (key) => {
		if (answers.has(key)) return answers.get(key);
		const answer = compute(key);
		answers.set(key, answer);
		return answer;
	};
}
/**
* Memoizes an answer that depends only on the scope: checks run once per object, and a question about
* all objects is then answered once per scope instead of once per object. Keyed by the index, so two
* scopes never share an answer: for answers from the unit's own objects. A table over a list that holds
* the namespace's context (of a kind, of a namespace, the workloads) is a Sieve, made once per context.
*/
function perScope(compute) {
	const answers = /* @__PURE__ */ new WeakMap();
	return (index) => {
		index.own;
		let answer = answers.get(index);
		if (!answer) {
			answer = { value: compute(index) };
			answers.set(index, answer);
		}
		return answer.value;
	};
}
const budgetKinds = /* @__PURE__ */ new Set(["PodDisruptionBudget"]);
const horizontalKinds = /* @__PURE__ */ new Set(["HorizontalPodAutoscaler", "ScaledObject"]);
/** How many index entries have been made, over every scope of the process: what tests count to see that context is shared. */
let entriesMade = 0;
function entriesOf(objects, borrowed) {
	entriesMade += objects.length;
	return objects.map((object, i) => ({
		ref: refOf(object),
		object,
		pod: isDockerfileObject(object) ? void 0 : podTemplateOf(object),
		borrowed: borrowed(i)
	}));
}
function push(map, key, entry) {
	const list = map.get(key);
	if (list) list.push(entry);
	else map.set(key, [entry]);
}
/** Files entries (after resolveWorkloadRefs, which may give a Rollout its pods) by kind, namespace and pods. */
function fileEntries(all) {
	const entries = all.some((entry) => isDockerfileObject(entry.object)) ? all.filter((entry) => !isDockerfileObject(entry.object)) : all;
	const byObject = new Map(all.map((entry) => [entry.object, entry]));
	const templateEntries = /* @__PURE__ */ new Map();
	for (const entry of entries) {
		const views = podTemplateViews(entry.object);
		if (views.length <= 1) continue;
		const more = views.slice(1).map((view) => ({
			ref: entry.ref,
			object: view,
			pod: podTemplateOf(view),
			borrowed: entry.borrowed
		}));
		entriesMade += more.length;
		for (const view of more) byObject.set(view.object, view);
		templateEntries.set(entry, more);
	}
	const byKind = /* @__PURE__ */ new Map();
	const byNamespace = /* @__PURE__ */ new Map();
	const workloadsByNamespace = /* @__PURE__ */ new Map();
	const workloads = [];
	const byKindAndNamespace = /* @__PURE__ */ new Map();
	for (const entry of entries) {
		const namespace = entry.ref.namespace || "default";
		push(byKind, entry.ref.kind, entry);
		push(byNamespace, namespace, entry);
		let kindByNamespace = byKindAndNamespace.get(entry.ref.kind);
		if (!kindByNamespace) byKindAndNamespace.set(entry.ref.kind, kindByNamespace = /* @__PURE__ */ new Map());
		push(kindByNamespace, namespace, entry);
		if (entry.pod === void 0) continue;
		push(workloadsByNamespace, namespace, entry);
		workloads.push(entry);
		for (const more of templateEntries.get(entry) ?? []) {
			push(workloadsByNamespace, namespace, more);
			workloads.push(more);
		}
	}
	return {
		entries,
		byObject,
		workloads,
		byKind,
		byKindAndNamespace,
		byNamespace,
		workloadsByNamespace,
		templateEntries
	};
}
/** A list of filed entries, undefined when empty. */
function listIn(filed, list) {
	const namespace = list.namespace === void 0 ? void 0 : list.namespace || "default";
	if (list.workloads) return namespace === void 0 ? filed.workloads : filed.workloadsByNamespace.get(namespace);
	if (list.kind !== void 0) return namespace === void 0 ? filed.byKind.get(list.kind) : filed.byKindAndNamespace.get(list.kind)?.get(namespace);
	return namespace === void 0 ? filed.entries : filed.byNamespace.get(namespace);
}
/** A list's name as a key: the kind's length keeps a kind and a namespace apart, whatever characters they hold. */
function listKey(list) {
	const namespace = list.namespace === void 0 ? "" : `/${list.namespace || "default"}`;
	return `${list.workloads ? "w" : list.kind === void 0 ? "o" : `k${list.kind.length}:${list.kind}`}${namespace}`;
}
/** The lookup of `sieve` over a list, made by `make` when first asked and kept in `sifted`. */
function siftedOnce(sifted, sieve, list, make) {
	let byList = sifted.get(sieve);
	if (!byList) sifted.set(sieve, byList = /* @__PURE__ */ new Map());
	const key = listKey(list);
	let lookup = byList.get(key);
	if (!lookup) byList.set(key, lookup = make());
	return lookup;
}
/** The index of a scope's objects; those from `owned` on are borrowed from other units. */
function buildIndex(objects, owned = objects.length) {
	const all = entriesOf(objects, (i) => i >= owned);
	resolveWorkloadRefs(all.filter((entry) => !isDockerfileObject(entry.object)));
	const filed = fileEntries(all);
	const { entries } = filed;
	const ownCount = entries.length - entries.filter((entry) => entry.borrowed).length;
	const frozen = Object.freeze(entries);
	const own = ownCount >= entries.length ? frozen : Object.freeze(entries.slice(0, ownCount));
	const workloads = Object.freeze(filed.workloads);
	const sifted = /* @__PURE__ */ new Map();
	return indexOver({
		objects: () => frozen,
		own: () => own,
		workloads: () => workloads,
		entryOf: (object) => filed.byObject.get(object),
		ofKind: (kind, namespace) => namespace === void 0 ? filed.byKind.get(kind) : filed.byKindAndNamespace.get(kind)?.get(namespace),
		inNamespace: (namespace) => filed.byNamespace.get(namespace),
		workloadsIn: (namespace) => filed.workloadsByNamespace.get(namespace),
		sift: (sieve, list) => siftedOnce(sifted, sieve, list, () => sieve(listIn(filed, list) ?? []))
	});
}
/** The shared index of the objects of `files` (each a list of objects, in order), all borrowed. */
function sharedContext(files) {
	const all = [];
	const fileAt = /* @__PURE__ */ new Map();
	files.forEach((objects, at) => {
		for (const entry of entriesOf(objects, () => true)) {
			all.push(entry);
			fileAt.set(entry, at);
		}
	});
	const filed = fileEntries(all);
	for (const [entry, more] of filed.templateEntries) for (const view of more) fileAt.set(view, fileAt.get(entry) ?? 0);
	return {
		filed,
		fileAt,
		scopeDependent: filed.entries.some(takesPodsOfAnother),
		sifted: /* @__PURE__ */ new Map()
	};
}
/**
* The index of a scope made of its own objects and a shared context less the context's files from
* `hole[0]` to `hole[1]` (the unit's own, which it holds as its own objects): the same answers as
* buildIndex of the own objects followed by the rest of the context, for a cost in the own objects and
* in the lists asked for. Undefined when the context cannot be shared (see SharedContext.scopeDependent).
*/
function scopeIndex(ownObjects, context, hole) {
	if (context.scopeDependent) return void 0;
	const ownAll = entriesOf(ownObjects, () => false);
	if (ownAll.some(takesPodsOfAnother)) return void 0;
	const mine = fileEntries(ownAll);
	const shared = context.filed;
	const firstFrom = (list, at) => {
		let low = 0;
		let high = list.length;
		while (low < high) {
			const middle = low + high >>> 1;
			if ((context.fileAt.get(list[middle]) ?? 0) < at) low = middle + 1;
			else high = middle;
		}
		return low;
	};
	const join = (ownList, sharedList) => {
		if (!sharedList || sharedList.length === 0) return ownList;
		const from = firstFrom(sharedList, hole[0]);
		const to = firstFrom(sharedList, hole[1]);
		if (!ownList && from === to) return sharedList;
		return [
			...ownList ?? [],
			...sharedList.slice(0, from),
			...sharedList.slice(to)
		];
	};
	const kept = /* @__PURE__ */ new Map();
	const joined = (list) => {
		const key = listKey(list);
		if (kept.has(key)) return kept.get(key);
		const answer = join(listIn(mine, list), listIn(shared, list));
		kept.set(key, answer);
		return answer;
	};
	const once = (compute) => {
		let value;
		return () => (value ??= { computed: compute() }).computed;
	};
	const own = Object.freeze(mine.entries);
	const objects = once(() => Object.freeze(join(own, shared.entries) ?? []));
	const workloads = once(() => Object.freeze(join(mine.workloads, shared.workloads) ?? []));
	const sifted = /* @__PURE__ */ new Map();
	const sift = (sieve, list) => siftedOnce(sifted, sieve, list, () => {
		const ownLookup = sieve(listIn(mine, list) ?? []);
		const sharedLookup = siftedOnce(context.sifted, sieve, list, () => sieve(listIn(shared, list) ?? []));
		return memoize((question) => {
			const ownAnswer = ownLookup(question);
			return join(ownAnswer.length > 0 ? ownAnswer : void 0, sharedLookup(question)) ?? ownAnswer;
		});
	});
	return indexOver({
		objects,
		own: () => own,
		workloads,
		entryOf: (object) => mine.byObject.get(object) ?? context.filed.byObject.get(object),
		ofKind: (kind, namespace) => joined(namespace === void 0 ? { kind } : {
			kind,
			namespace
		}),
		inNamespace: (namespace) => joined({ namespace }),
		workloadsIn: (namespace) => joined({
			workloads: true,
			namespace
		}),
		sift
	});
}
function indexOver(lists) {
	const none = Object.freeze([]);
	const ofKind = (kind, namespace) => lists.ofKind(kind, namespace === void 0 ? void 0 : namespace || "default") ?? none;
	const inNamespace = (namespace) => lists.inNamespace(namespace || "default") ?? none;
	const workloadsIn = (namespace) => lists.workloadsIn(namespace || "default") ?? none;
	const listOfKind = (kind, namespace) => namespace === void 0 ? { kind } : {
		kind,
		namespace
	};
	const named = (kind, name, namespace) => lists.sift(byName, listOfKind(kind, namespace))(name);
	const workloadsMayMatch = (required, namespace) => lists.sift(byPodLabel, {
		workloads: true,
		namespace
	})(required);
	const target = (ref, namespace) => {
		if (!isRecord(ref) || typeof ref.name !== "string") return void 0;
		const kind = typeof ref.kind === "string" ? ref.kind : "Deployment";
		return named(kind, ref.name, namespace)[0];
	};
	const targetOf = (candidate) => {
		const ref = scaleTargetOf(candidate);
		return ref && target(ref, candidate.ref.namespace);
	};
	const selecting = (kinds) => memoize((workload) => {
		const labels = workload.pod?.labels ?? {};
		return [...kinds].flatMap((kind) => lists.sift(byMatchLabels, listOfKind(kind, workload.ref.namespace))(labels).filter((candidate) => {
			const spec = specOf(candidate);
			return sameNamespace(candidate.ref.namespace, workload.ref.namespace) && spec !== void 0 && matchesLabelSelector(spec["selector"], labels);
		}));
	});
	const targeting = (kinds) => memoize((workload) => kinds.flatMap((kind) => lists.sift(byScaleTarget, listOfKind(kind, workload.ref.namespace))(targetKey(workload.ref.kind, workload.ref.name)).filter((autoscaler) => targetOf(autoscaler) === workload)));
	const horizontalOf = targeting([...horizontalKinds]);
	const verticalOf = targeting(["VerticalPodAutoscaler"]);
	return Object.freeze({
		get objects() {
			return lists.objects();
		},
		get own() {
			return lists.own();
		},
		get workloads() {
			return lists.workloads();
		},
		ofKind,
		entryOf: lists.entryOf,
		inNamespace,
		workloadsIn,
		named,
		podsSelectedBy(selector, namespace) {
			if (!isRecord(selector)) return none;
			return workloadsMayMatch(selector.matchLabels, namespace).filter((w) => w.pod && matchesLabelSelector(selector, w.pod.labels));
		},
		podsSelectedByMap(selector, namespace) {
			if (!isRecord(selector)) return none;
			return workloadsMayMatch(selector, namespace).filter((w) => w.pod && matchesLabelMap(selector, w.pod.labels));
		},
		servicesSelecting: memoize((workload) => lists.sift(byServiceSelector, listOfKind("Service", workload.ref.namespace))(workload.pod?.labels ?? {}).filter((service) => {
			const spec = specOf(service);
			return sameNamespace(service.ref.namespace, workload.ref.namespace) && spec !== void 0 && matchesLabelMap(spec["selector"], workload.pod?.labels ?? {});
		})),
		budgetsSelecting: selecting(budgetKinds),
		autoscalersOf: horizontalOf,
		verticalAutoscalersOf: verticalOf,
		target,
		sift: lists.sift
	});
}
const byName = entriesByKey((entry) => [entry.ref.name], 4);
const workloadsByName = entriesByKey((entry) => [entry.ref.name]);
const byPodLabel = (list) => labelLookup(list, (workload) => workload.pod ? [workload.pod.labels] : []);
function specOf(entry) {
	const spec = entry.object["spec"];
	return isRecord(spec) ? spec : void 0;
}
const byMatchLabels = (list) => selectorCandidates(list, (entry) => specOf(entry)?.["selector"]?.matchLabels);
const byServiceSelector = (list) => selectorCandidates(list, (entry) => specOf(entry)?.["selector"]);
/** The scaleTargetRef (or a VerticalPodAutoscaler's targetRef) of an autoscaler. */
function scaleTargetOf(autoscaler) {
	const spec = specOf(autoscaler);
	const ref = spec?.["scaleTargetRef"] ?? spec?.["targetRef"];
	return isRecord(ref) ? ref : void 0;
}
function targetKey(kind, name) {
	return `${kind}\u0000${name}`;
}
const byScaleTarget = entriesByKey((autoscaler) => {
	const ref = scaleTargetOf(autoscaler);
	return ref && typeof ref.name === "string" ? [targetKey(typeof ref.kind === "string" ? ref.kind : "Deployment", ref.name)] : [];
});
/**
* An Argo Rollout with spec.workloadRef runs the pods of the Deployment it names (of the same scope and
* namespace): its entry gets that Deployment's pod template, so Services, budgets and autoscalers relate
* to it as to a Rollout with its own template. The engine does not check the Rollout's pods (podTemplateOf
* of the object has none): the Deployment's own checks review that template once.
*/
function resolveWorkloadRefs(entries) {
	const deployments = /* @__PURE__ */ new Map();
	const keyOf = (namespace, name) => `${namespace || "default"}\u0000${name}`;
	for (const entry of entries) if (entry.ref.kind === "Deployment" && entry.pod && groupOf(entry.object) === "apps" && !deployments.has(keyOf(entry.ref.namespace, entry.ref.name))) deployments.set(keyOf(entry.ref.namespace, entry.ref.name), entry);
	if (deployments.size === 0) return;
	for (const entry of entries) {
		const name = workloadRefOf(entry);
		const deployment = name === void 0 ? void 0 : deployments.get(keyOf(entry.ref.namespace, name));
		if (deployment) entry.pod = deployment.pod;
	}
}
/** The name of the Deployment whose pods an Argo Rollout without a template runs (spec.workloadRef). */
function workloadRefOf(entry) {
	if (entry.pod || entry.ref.kind !== "Rollout" || apiGroupOf(entry.ref.apiVersion) !== "argoproj.io") return void 0;
	const spec = entry.object["spec"];
	const ref = isRecord(spec) ? spec["workloadRef"] : void 0;
	if (!isRecord(ref) || typeof ref["name"] !== "string" || ref["kind"] !== void 0 && ref["kind"] !== "Deployment") return void 0;
	return ref["name"];
}
/** True for an object whose pods depend on the rest of its scope (see resolveWorkloadRefs). */
function takesPodsOfAnother(entry) {
	return workloadRefOf(entry) !== void 0;
}
const podMakingResources = /* @__PURE__ */ new Set([
	"pods",
	"deployments",
	"statefulsets",
	"daemonsets",
	"replicasets",
	"jobs",
	"cronjobs",
	"*"
]);
/**
* True when the unit holds a Role or ClusterRole that may create pods or their controllers: an operator or
* a deployment tool lives here, and pods may appear at run time that no manifest describes.
*/
const createsPodsAtRunTime = perScope((index) => rolesMayCreate(index, podMakingResources));
/** True when the unit holds a Role or ClusterRole that may create Services: an operator may make the ones its objects expect. */
const createsServicesAtRunTime = perScope((index) => rolesMayCreate(index, serviceMakingResources));
const serviceMakingResources = /* @__PURE__ */ new Set(["services", "*"]);
function rolesMayCreate(index, resources) {
	return index.own.some((entry) => {
		if (entry.ref.kind !== "Role" && entry.ref.kind !== "ClusterRole" || groupOf(entry.object) !== "rbac.authorization.k8s.io") return false;
		const rules = entry.object["rules"];
		if (!Array.isArray(rules)) return false;
		return rules.some((rule) => {
			if (!isRecord(rule)) return false;
			const listed = (key) => Array.isArray(rule[key]) ? rule[key].filter((item) => typeof item === "string") : [];
			return listed("resources").some((resource) => resources.has(resource)) && listed("verbs").some((verb) => verb === "create" || verb === "*");
		});
	});
}
/**
* Whether the unit can tell that no pod of a namespace has some labels: it has workloads of its own there,
* and nothing in it creates pods at run time. A check that concludes from the absence of such pods stays
* silent otherwise: the pods may come from another project, another folder, or an operator.
*/
function unitKnowsPodsIn(index, namespace) {
	return ownWorkloadsIn(index, namespace).length > 0 && !createsPodsAtRunTime(index);
}
/** Lists of a scope's entries by key, in scope order: what a per-object question looks up instead of filtering the scope. */
function groupBy(entries, keysOf) {
	const groups = /* @__PURE__ */ new Map();
	for (const entry of entries) for (const key of keysOf(entry)) {
		const list = groups.get(key);
		if (list) list.push(entry);
		else groups.set(key, [entry]);
	}
	return groups;
}
/** The unit's own entries of a list (all of them but the borrowed ones). */
const ownEntries = entriesWhere((entry) => !entry.borrowed);
/** The unit's own workloads of a namespace ('' and default are the same), in scope order. */
function ownWorkloadsIn(index, namespace) {
	return index.sift(ownEntries, {
		workloads: true,
		namespace
	})();
}
/** The workloads (objects with a pod template, of any kind) of that name in a namespace, in scope order. */
function workloadsNamed(index, name, namespace) {
	return index.sift(workloadsByName, {
		workloads: true,
		namespace
	})(name);
}
const workloadsByOwnLabel = (objects) => labelLookup(objects.filter((entry) => entry.pod !== void 0), (entry) => [labelsOf(entry.object.metadata)]);
/**
* The workloads of a namespace whose own metadata labels (not their pods') a selector matches, in scope
* order, each once: a budget or policy written against the workload's labels instead of its pods'.
*/
function workloadsLabelledFor(index, selector, namespace) {
	return index.sift(workloadsByOwnLabel, { namespace })(isRecord(selector) ? selector.matchLabels : void 0).filter((entry) => matchesLabelSelector(selector, labelsOf(entry.object.metadata)));
}

// dist/src/model/text-scan.js
/**
* Small scanners for text from the input, where a regular expression with overlapping quantifiers
* (`\s*:\s*$`, `/+$`, one `.*` per `*` of a glob) backtracks in time quadratic or worse in the text.
* Each runs in one pass, or in pattern × text steps for the wildcard matcher.
*/
/** Whether a UTF-16 code unit is one that `\s` matches in a JavaScript regular expression (and `trim` removes). */
function isRegExpSpace(code) {
	if (code <= 32) return code === 32 || code >= 9 && code <= 13;
	if (code < 160) return false;
	return code === 160 || code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279;
}
/** Whether a UTF-16 code unit ends a line for `.` and `$` of a JavaScript regular expression: \n, \r, U+2028, U+2029. */
function isLineTerminator(code) {
	return code === 10 || code === 13 || code === 8232 || code === 8233;
}
/** The text without the run of `char` that ends it: `/+$` without the regular expression. */
function withoutTrailing(text, char) {
	let end = text.length;
	while (end > 0 && text[end - 1] === char) end--;
	return text.slice(0, end);
}
/**
* Whether a pattern matches the whole text, where `*` is any run of characters (newlines too), `?` with
* `anyOne` any one UTF-16 code unit, and every other character itself; `ignoreCase` compares as a
* RegExp's `i` flag does without `u`. Greedy, going back only to the last `*`: pattern × text steps at
* worst, where `^a.*b.*c$` takes text to the power of the stars.
*/
function wildcardMatches(pattern, text, options = {}) {
	const same = options.ignoreCase ? (a, b) => a === b || canonical(a) === canonical(b) : (a, b) => a === b;
	let p = 0;
	let t = 0;
	let star = -1;
	let starEnd = 0;
	while (t < text.length) {
		const char = pattern[p];
		if (char === "*") {
			star = p++;
			starEnd = t;
		} else if (char !== void 0 && (options.anyOne && char === "?" || same(char, text[t] ?? ""))) {
			p++;
			t++;
		} else if (star !== -1) {
			p = star + 1;
			t = ++starEnd;
		} else return false;
	}
	while (pattern[p] === "*") p++;
	return p === pattern.length;
}
/** The Canonicalize of ECMAScript for a case-insensitive RegExp without `u`: upper case, unless that changes length or leaves ASCII. */
function canonical(char) {
	const upper = char.toUpperCase();
	if (upper.length !== 1) return char;
	return char.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128 ? char : upper;
}

export { selectorCandidates as C, matchesLabelSelector as S, unitKnowsPodsIn as _, buildIndex as a, labelLookup as b, entriesWhere as c, ownWorkloadsIn as d, perScope as f, sharedContext as g, scopeIndex as h, withoutTrailing as i, memoize as l, sameNamespace as m, isRegExpSpace as n, createsServicesAtRunTime as o, refOf as p, wildcardMatches as r, entriesByKey as s, isLineTerminator as t, ownEntries as u, workloadsLabelledFor as v, matchesLabelMap as x, workloadsNamed as y };