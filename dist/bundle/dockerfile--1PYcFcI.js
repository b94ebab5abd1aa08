import "./cli.js";

// dist/src/model/image.js
function parseImage(image) {
	const at = image.indexOf("@");
	const digest = at === -1 ? void 0 : image.slice(at + 1);
	const name = at === -1 ? image : image.slice(0, at);
	const lastSlash = name.lastIndexOf("/");
	const colon = name.indexOf(":", lastSlash + 1);
	const tag = colon === -1 ? void 0 : name.slice(colon + 1);
	const path = colon === -1 ? name : name.slice(0, colon);
	const firstSlash = path.indexOf("/");
	const first = firstSlash === -1 ? "" : path.slice(0, firstSlash);
	const hasRegistry = firstSlash !== -1 && (first.includes(".") || first.includes(":") || first === "localhost");
	return {
		registry: hasRegistry ? first : void 0,
		repository: hasRegistry ? path.slice(firstSlash + 1) : path,
		tag,
		digest
	};
}

// dist/src/model/dockerfile.js
/**
* A Dockerfile (or Containerfile) as the engine sees it: one pseudo-object per file, made by
* src/load/dockerfile.ts. Only checks that list {@link dockerfileKind} among their kinds are called for it,
* and the object index leaves it out (see isDockerfileObject), so no Kubernetes check sees it.
*
* ```
* { apiVersion: 'kubeready.io/v1', kind: 'Dockerfile', metadata: { name: <file as shown> },
*   args: [{ name, default? }],               // the ARGs before the first FROM
*   stages: [{ name?, from: { image, resolved, known, platform? }, instructions: [{ keyword, arguments, words, flags, ... }] }] }
* ```
*
* A stage's instructions are those after its FROM (the FROM itself is `from`); every path into the object
* resolves to its place in the file: `['stages', 1, 'instructions', 3]` to the instruction's first line,
* `['stages', 0, 'from', 'image']` to the FROM's image argument, `[..., 'words', 2]` to one argument.
*/
const dockerfileApiVersion = "kubeready.io/v1";
const dockerfileKind = "Dockerfile";
/** True for the pseudo-object of a Dockerfile. */
function isDockerfileObject(object) {
	return object.kind === "Dockerfile" && object.apiVersion === "kubeready.io/v1" && Array.isArray(object.stages);
}
/**
* Whether a file name (the last path segment) is a Dockerfile kubeready reads: `Dockerfile`,
* `Dockerfile.*`, `*.Dockerfile`, `*.dockerfile`, `Containerfile`, `Containerfile.*`.
*/
function isDockerfileName(name) {
	return name === "Dockerfile" || name === "Containerfile" || name.startsWith("Dockerfile.") && name.length > 11 || name.startsWith("Containerfile.") && name.length > 14 || (name.endsWith(".Dockerfile") || name.endsWith(".dockerfile")) && name.length > 11;
}
/** Whether a path names a Dockerfile, by its last segment. */
function isDockerfilePath(path) {
	return isDockerfileName(fileNameOf(path));
}
/**
* The last segment of a path: a Dockerfile's object is named by it, the same from any working directory
* (a baseline's fingerprints hold the name) and for any copy of the same text under the same name (the
* parse cache keys a Dockerfile by its text and this name).
*/
function fileNameOf(path) {
	return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}
/** The index of the final stage: what `docker build` without --target builds. */
function finalStageIndex(object) {
	return object.stages.length - 1;
}
/**
* The index of the stage a FROM (or COPY --from) names, among the stages before `before`: stage names
* compare without case, as Docker compares them; a number names a stage by its index. -1 when none does.
*/
function stageByName(object, name, before = object.stages.length) {
	const limit = Math.min(before, object.stages.length);
	const indexes = stageNamesOf(object).get(name.toLowerCase());
	if (indexes) {
		let low = 0;
		let high = indexes.length;
		while (low < high) {
			const mid = low + high >> 1;
			if ((indexes[mid] ?? limit) < limit) low = mid + 1;
			else high = mid;
		}
		if (low > 0) return indexes[low - 1] ?? -1;
	}
	if (/^[0-9]+$/.test(name) && Number(name) < limit) return Number(name);
	return -1;
}
/** The indexes of the stages of each name (lower case), in order: worked out once per object. */
const stageNames = /* @__PURE__ */ new WeakMap();
function stageNamesOf(object) {
	let names = stageNames.get(object);
	if (!names) {
		names = /* @__PURE__ */ new Map();
		for (const [i, stage] of object.stages.entries()) {
			if (stage.name === void 0) continue;
			const key = stage.name.toLowerCase();
			const list = names.get(key);
			if (list) list.push(i);
			else names.set(key, [i]);
		}
		stageNames.set(object, names);
	}
	return names;
}
/** The stage a stage is built on, when its FROM names an earlier stage of the file; else -1. */
function baseStageOf(object, index) {
	const stage = object.stages[index];
	if (!stage) return -1;
	if (/^[0-9]+$/.test(stage.from.resolved)) return -1;
	return stageByName(object, stage.from.resolved, index);
}
/** The words of an instruction in exec form (`["a", "b"]`), or undefined when it is in shell form. */
function execFormOf(instruction) {
	const text = instruction.arguments.trim();
	if (!text.startsWith("[")) return void 0;
	try {
		const parsed = JSON.parse(text);
		return Array.isArray(parsed) && parsed.every((item) => typeof item === "string") ? parsed : void 0;
	} catch {
		return;
	}
}
const shellPrograms = /* @__PURE__ */ new Set([
	"sh",
	"bash",
	"dash",
	"ash",
	"zsh",
	"ksh",
	"mksh",
	"busybox"
]);
/** Whether a program (a base name) is a shell. */
function isShellProgram(program) {
	return shellPrograms.has(program);
}
/**
* The shell script a RUN runs: its text in shell form (heredoc bodies included), the `-c` argument of a
* shell in exec form; undefined for any other exec form, which runs no shell.
*/
function runScriptOf(instruction) {
	const exec = execFormOf(instruction);
	if (!exec) return instruction.arguments;
	const program = exec[0]?.slice(exec[0].lastIndexOf("/") + 1);
	return program !== void 0 && isShellProgram(program) && exec[1] === "-c" ? exec[2] : void 0;
}
/**
* The RUN an instruction holds: the instruction itself, or the trigger of an ONBUILD RUN (which runs in the
* build of every image made FROM this one) as a RUN of its own; undefined for any other instruction.
*/
function runInstructionOf(instruction) {
	if (instruction.keyword === "RUN") return instruction;
	if (instruction.keyword !== "ONBUILD" || instruction.words[0]?.toUpperCase() !== "RUN") return void 0;
	const trigger = instruction.arguments.trimStart().slice(3);
	return {
		...instruction,
		keyword: "RUN",
		arguments: trigger,
		words: instruction.words.slice(1),
		flags: []
	};
}
/**
* The last USER of a stage, or of the stage it is built on when it sets none (FROM build): a stage starts
* from its base's user, which only a base of the same file tells.
*/
function finalUserOf(object, start = finalStageIndex(object)) {
	const seen = /* @__PURE__ */ new Set();
	for (let index = start; index !== -1 && !seen.has(index); index = baseStageOf(object, index)) {
		seen.add(index);
		const stage = object.stages[index];
		if (!stage) break;
		for (let i = stage.instructions.length - 1; i >= 0; i--) {
			const instruction = stage.instructions[i];
			if (instruction?.keyword === "USER" && instruction.user !== void 0 && instruction.user !== "") return {
				kind: "user",
				user: instruction.user,
				stage: index,
				instruction: i
			};
		}
		if (baseStageOf(object, index) === -1) {
			const image = stage.from.known ? stage.from.resolved : stage.from.image;
			return stage.from.known && isDistrolessNonroot(image) ? {
				kind: "nonroot-base",
				image
			} : {
				kind: "none",
				stage: index,
				image
			};
		}
	}
	return {
		kind: "none",
		stage: start,
		image: object.stages[start]?.from.resolved ?? ""
	};
}
/** gcr.io/distroless images tagged nonroot (or *-nonroot) run as uid 65532: the only base trusted without a USER. */
function isDistrolessNonroot(image) {
	const ref = parseImage(image);
	if (ref.registry !== "gcr.io" || !ref.repository.startsWith("distroless/") || ref.tag === void 0) return false;
	return ref.tag === "nonroot" || ref.tag.endsWith("-nonroot");
}
/** root, or uid 0 however written (user names are case-sensitive: ROOT is another user). */
function isRootUser(user) {
	return user === "root" || /^0+$/.test(user);
}

export { fileNameOf as a, isDockerfileName as c, isRootUser as d, isShellProgram as f, parseImage as g, stageByName as h, execFormOf as i, isDockerfileObject as l, runScriptOf as m, dockerfileApiVersion as n, finalStageIndex as o, runInstructionOf as p, dockerfileKind as r, finalUserOf as s, baseStageOf as t, isDockerfilePath as u };