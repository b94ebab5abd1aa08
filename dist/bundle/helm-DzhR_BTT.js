import { a as repositoryRoot, o as shownPath, r as isInside, t as escapeFrom } from "./confine-FI76fKUF.js";
import { i as parseSource } from "./parse-kBfv7GaD.js";
import { a as readTextIfExists, r as kindAt } from "./read-s9kNOnyr.js";
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync } from "node:fs";
import { basename, delimiter, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { spawn } from "node:child_process";

// dist/src/load/tools.js
/**
* The first executable of that name on PATH, or a path given explicitly (checked to exist). PATH entries
* that are relative, or inside one of `untrusted` (the repositories being linted: `npx` puts their
* node_modules/.bin first), are skipped, so a pull request cannot plant a `helm` of its own.
*/
function findExecutable(nameOrPath, cwd, untrusted = [], pathVariable = process.env["PATH"] ?? "") {
	if (nameOrPath.includes("/") || isAbsolute(nameOrPath)) {
		const file = resolve(cwd, nameOrPath);
		return isExecutableFile(file) ? file : void 0;
	}
	return pathVariable.split(delimiter).filter((dir) => isAbsolute(dir) && !untrusted.some((root) => isInside(dir, root))).map((dir) => join(dir, nameOrPath)).find(isExecutableFile);
}
function isExecutableFile(file) {
	try {
		accessSync(file, constants.X_OK);
		return statSync(file).isFile();
	} catch {
		return false;
	}
}
const defaultToolLimits = {
	timeoutMs: 6e4,
	maxOutputBytes: 67108864,
	network: false
};
const keptVariables = [
	"PATH",
	"LANG",
	"LC_ALL",
	"TZ"
];
const proxyVariables = [
	"HTTP_PROXY",
	"HTTPS_PROXY",
	"NO_PROXY",
	"http_proxy",
	"https_proxy",
	"no_proxy"
];
/** The environment a render tool runs with: a few harmless variables and a HOME of its own. */
function toolEnvironment(home, network, from = process.env) {
	const env = {};
	for (const name of network ? [...keptVariables, ...proxyVariables] : keptVariables) {
		const value = from[name];
		if (value !== void 0) env[name] = value;
	}
	return {
		...env,
		HOME: home,
		TMPDIR: home,
		XDG_CONFIG_HOME: join(home, "config"),
		XDG_CACHE_HOME: join(home, "cache"),
		XDG_DATA_HOME: join(home, "data")
	};
}
const running = /* @__PURE__ */ new Set();
let signalsHandled = false;
function killGroup(child) {
	if (child.pid === void 0) return;
	try {
		process.kill(-child.pid, "SIGKILL");
	} catch {
		child.kill("SIGKILL");
	}
}
/** On SIGINT or SIGTERM, kubeready ends every tool it started before it ends itself. */
function handleSignals() {
	if (signalsHandled) return;
	signalsHandled = true;
	for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]]) process.once(signal, () => {
		for (const child of running) killGroup(child);
		process.exit(code);
	});
}
/**
* Runs a tool without a shell, in a process group of its own, with a bounded time and output and a
* minimal environment (a fresh temporary HOME); collects its output and never rejects.
*/
function runTool(file, args, cwd, limits = defaultToolLimits) {
	handleSignals();
	const home = mkdtempSync(join(tmpdir(), "kubeready-home-"));
	return new Promise((done) => {
		const child = spawn(file, [...args], {
			cwd,
			env: toolEnvironment(home, limits.network),
			detached: true,
			stdio: [
				"ignore",
				"pipe",
				"pipe"
			]
		});
		running.add(child);
		const stdout = [];
		const stderr = [];
		let bytes = 0;
		let stopped;
		const stop = (why) => {
			stopped ??= why;
			killGroup(child);
		};
		const timer = setTimeout(() => stop("timeout"), limits.timeoutMs);
		const collect = (into) => (chunk) => {
			if (stopped) return;
			bytes += chunk.length;
			if (bytes > limits.maxOutputBytes) stop("output");
			else into.push(chunk);
		};
		child.stdout.on("data", collect(stdout));
		child.stderr.on("data", collect(stderr));
		let finished = false;
		const finish = (result) => {
			if (finished) return;
			finished = true;
			clearTimeout(timer);
			running.delete(child);
			killGroup(child);
			rmSync(home, {
				recursive: true,
				force: true
			});
			done(result);
		};
		child.on("error", (error) => finish({
			ok: false,
			stdout: "",
			stderr: error.message
		}));
		child.on("close", (code, signal) => {
			let out;
			let err;
			try {
				out = Buffer.concat(stdout).toString("utf8");
				err = Buffer.concat(stderr).toString("utf8");
			} catch (error) {
				finish({
					ok: false,
					stdout: "",
					stderr: `its output could not be held: ${error instanceof Error ? error.message : String(error)}`,
					stopped: "output"
				});
				return;
			}
			if (stopped === "timeout") finish({
				ok: false,
				stdout: "",
				stderr: `stopped after ${limits.timeoutMs / 1e3} s (--render-timeout)`,
				stopped
			});
			else if (stopped === "output") finish({
				ok: false,
				stdout: "",
				stderr: `stopped after ${formatBytes(limits.maxOutputBytes)} of output (--render-max-output)`,
				stopped
			});
			else if (code === 0) finish({
				ok: true,
				stdout: out,
				stderr: err,
				exitCode: 0
			});
			else finish({
				ok: false,
				stdout: out,
				stderr: err.trim() ? err : `exited with ${code === null ? `signal ${signal}` : `code ${code}`}`,
				...code !== null && { exitCode: code }
			});
		});
	});
}
function formatBytes(bytes) {
	return bytes % 1048576 === 0 ? `${bytes / 1048576} MB` : bytes % 1024 === 0 ? `${bytes / 1024} KB` : `${bytes} bytes`;
}
/**
* Tools explain themselves over several lines; a run error is one line. Keeps the first `Error:` line
* with its indented continuation lines (helm's "executing ... nil pointer"), and drops hints.
*/
function oneLine(text) {
	const lines = text.split("\n");
	const first = lines.findIndex((line) => /^(Error|error)\b/.test(line));
	let kept = lines.filter((line) => line.trim() !== "");
	if (first !== -1) {
		const end = lines.findIndex((line, i) => i > first && !/^\s+\S/.test(line));
		kept = lines.slice(first, end === -1 ? void 0 : end);
	}
	return shorten(kept.map((line) => line.trim()).join(" "));
}
function shorten(text, limit = 600) {
	return text.length > limit ? `${text.slice(0, limit - 3)}...` : text;
}
/** Runs tasks with at most `limit` in flight, keeping results in input order. */
async function mapLimited(items, limit, task) {
	const results = new Array(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await task(items[index], index);
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
	return results;
}

// dist/src/load/render-cache.js
/** A tree with more files than this is not fingerprinted: its render runs every time. */
const maxTreeFiles = 2e4;
/**
* The key of a render: a hash of the tool's identity, its arguments and the content of every input, or
* undefined when an input cannot be fingerprinted (the render then runs every time). The files are ones
* the caller has held to the repository `root` (or the user named); a tree is held to it here.
*/
function renderKey(tool, args, inputs, root) {
	const hash = createHash("sha256").update(tool).update("\0").update(JSON.stringify(args));
	for (const file of [...new Set(inputs.files)].sort()) hash.update("\0f\0").update(file).update("\0").update(contentDigest(file));
	for (const tree of [...new Set(inputs.trees)].sort()) {
		const digest = treeDigest(tree, root);
		if (digest === void 0) return void 0;
		hash.update("\0t\0").update(tree).update("\0").update(digest);
	}
	return hash.digest("base64url");
}
/** A file's content hash; `-` for a path that is not a readable file (absent, a folder), which the tool sees too. */
function contentDigest(file) {
	try {
		return createHash("sha256").update(readFileSync(file)).digest("base64url");
	} catch (error) {
		return `-${error.code ?? ""}`;
	}
}
/**
* Every file below a folder, by its path inside it and its content, symlinked folders followed once (as
* helm does), .git left out; undefined when a symlink in it leads out of the repository, which is not read.
*/
function treeDigest(dir, root) {
	const hash = createHash("sha256");
	const seen = /* @__PURE__ */ new Set();
	const pending = [dir];
	let files = 0;
	while (pending.length > 0) {
		const folder = pending.pop();
		let entries;
		try {
			const real = realpathSync(folder);
			if (seen.has(real)) continue;
			seen.add(real);
			entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
		} catch (error) {
			hash.update(`\0${relative(dir, folder)}\0-${error.code ?? ""}`);
			continue;
		}
		for (const entry of entries) {
			if (entry.name === ".git") continue;
			const path = join(folder, entry.name);
			if (entry.isSymbolicLink() && escapeFrom(path, root) !== void 0) return void 0;
			if (entry.isDirectory() || entry.isSymbolicLink() && kindAt(path) === "directory") {
				pending.push(path);
				continue;
			}
			if (++files > maxTreeFiles) return void 0;
			hash.update("\0").update(relative(dir, path)).update("\0").update(contentDigest(path));
		}
	}
	return hash.digest("base64url");
}
/**
* What names a tool: its path, the identity of the file it resolves to (a replaced binary is another
* tool), and what it says its version is (a shim that picks a version by folder gives another). Asked
* once per tool, folder and run; undefined when the tool does not answer.
*/
function toolIdentity(reuse, bin, versionArgs, cwd, limits) {
	const key = `${bin}\0${cwd}\0${versionArgs.join("\0")}`;
	let identity = reuse.tools.get(key);
	if (!identity) {
		identity = (async () => {
			let file;
			let stats;
			try {
				file = realpathSync(bin);
				stats = statSync(file, { bigint: true });
			} catch {
				return;
			}
			const version = await runTool(bin, versionArgs, cwd, {
				...limits,
				network: false
			});
			if (!version.ok) return void 0;
			return JSON.stringify([
				bin,
				file,
				`${stats.dev}`,
				`${stats.ino}`,
				`${stats.size}`,
				`${stats.mtimeNs}`,
				`${stats.ctimeNs}`,
				version.stdout
			]);
		})();
		reuse.tools.set(key, identity);
	}
	return identity;
}
/**
* Runs a render through the memo: the kept result when the key is known, else the tool, whose result is
* kept when it is the tool's own answer (a success or an error it exited with; not a run kubeready
* stopped or could not start). `counts` learns which it was.
*/
async function memoizedRun(memo, key, counts, run) {
	const kept = memo && key !== void 0 ? memo.get(key) : void 0;
	if (kept) {
		if (counts) counts.reused++;
		return {
			...kept,
			exitCode: kept.ok ? 0 : 1
		};
	}
	const result = await run();
	if (counts) counts.done++;
	if (memo && key !== void 0 && result.exitCode !== void 0) memo.put(key, {
		ok: result.ok,
		stdout: result.stdout,
		stderr: result.stderr,
		...result.wrapper !== void 0 && { wrapper: result.wrapper }
	});
	return result;
}
/**
* Names a render's output with what it was made from: the name under which what the checks found in it is
* kept. The output counts too, for a tool whose output differs between runs of the same inputs.
*/
function outputKey(key, stdout) {
	return createHash("sha256").update(key).update("\0").update(stdout).digest("base64url");
}
/** A stored render as read from a cache file, or undefined when it is not one. */
function asStoredRender(value) {
	if (typeof value !== "object" || value === null) return void 0;
	const { ok, stdout, stderr, wrapper } = value;
	if (typeof ok !== "boolean" || typeof stdout !== "string" || typeof stderr !== "string" || wrapper !== void 0 && typeof wrapper !== "string") return void 0;
	return {
		ok,
		stdout,
		stderr,
		...wrapper !== void 0 && { wrapper }
	};
}

// dist/src/load/helm.js
/**
* Renders a chart with `helm template` and parses the output, each object remembering the template it
* came from. Chart tests are left out (they are not deployed); CRDs are kept. A chart with a symlink out
* of its repository is not rendered, and no value reaches helm's command line where it could be a flag.
*/
async function renderChart(dir, cwd, options = {}, bounds = boundsFor(dir, cwd), reuse) {
	const shown = relative(cwd, dir) || ".";
	const bin = findExecutable(options.bin ?? "helm", cwd, options.bin ? [] : bounds.untrusted);
	if (!bin) return { error: {
		file: shown,
		message: `cannot render the chart: ${options.bin ? `--helm-bin ${options.bin} is not an executable file` : "helm was not found on PATH outside the linted repositories (install Helm, or pass --helm-bin)"}`
	} };
	const refused = symlinkOutOf(dir, bounds.root);
	if (refused) return { error: {
		file: shownPath(refused.link, cwd),
		message: `chart not rendered: the symlink points ${refused.reason}`
	} };
	const own = options.charts?.[resolve(cwd, dir)];
	const valuesFiles = [...options.values ?? [], ...own?.values ?? []].map((file) => resolve(cwd, file));
	const invalid = helmArgumentProblem(options, valuesFiles);
	if (invalid) return { error: {
		file: shown,
		message: `chart not rendered: ${invalid}`
	} };
	const args = [
		"template",
		"--skip-tests",
		"--include-crds"
	];
	if (options.namespace) args.push(`--namespace=${options.namespace}`);
	if (options.kubeVersion) args.push(`--kube-version=${options.kubeVersion}`);
	for (const file of valuesFiles) args.push(`--values=${file}`);
	for (const pair of [...options.set ?? [], ...own?.set ?? []]) args.push(`--set=${pair}`);
	args.push("--", options.releaseName ?? "release-name", dir);
	const identity = reuse ? await toolIdentity(reuse, bin, ["version"], cwd, bounds.limits) : void 0;
	const key = identity === void 0 ? void 0 : renderKey(identity, [cwd, ...args], {
		files: valuesFiles,
		trees: [resolve(cwd, dir)]
	}, bounds.root);
	const result = await memoizedRun(reuse?.memo, key, reuse?.counts, () => runTool(bin, args, cwd, bounds.limits));
	if (!result.ok) {
		if (result.stopped) return { error: {
			file: shown,
			message: `helm template ${result.stderr}`
		} };
		const message = oneLine(result.stderr);
		return { error: {
			...helmErrorPosition(message, dir, cwd, shown),
			message: `helm template failed: ${message}`
		} };
	}
	const parsed = (reuse?.parse ?? parseSource)(shown, result.stdout);
	attachHelmOrigins(parsed, cwd, (source) => {
		const withinChart = source.split("/").slice(1).join("/");
		const file = join(dir, withinChart);
		return escapeFrom(file, dir) === void 0 ? file : void 0;
	});
	return {
		parsed,
		...key !== void 0 && { reuseKey: outputKey(key, result.stdout) }
	};
}
/** The bounds of a unit rendered on its own (the programmatic API): its repository, default limits. */
function boundsFor(dir, cwd) {
	const root = repositoryRoot(dir, cwd);
	return {
		root,
		untrusted: [root],
		limits: defaultToolLimits
	};
}
const dnsLabel = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
/** A DNS-1123 subdomain: dot-separated DNS-1123 labels, 253 characters at most. */
function isDnsSubdomain(name, maxLength = 253) {
	return name.length <= maxLength && name.split(".").every((label) => dnsLabel.test(label));
}
/**
* What is wrong with a value bound for helm's command line, if anything: a release name is a DNS-1123
* subdomain of at most 53 characters (helm's own rule), a namespace a DNS-1123 label, a Kubernetes
* version a version, a --set pair a key=value whose key is not a flag.
*/
function helmArgumentProblem(options, valuesFiles = []) {
	const { releaseName, namespace, kubeVersion } = options;
	if (releaseName !== void 0 && !isDnsSubdomain(releaseName, 53)) return `release name ${JSON.stringify(releaseName)} is not a DNS-1123 name (lower-case letters, digits, '-' and '.', 53 characters at most)`;
	if (namespace !== void 0 && !dnsLabel.test(namespace)) return `namespace ${JSON.stringify(namespace)} is not a DNS-1123 label (lower-case letters, digits and '-', 63 characters at most)`;
	if (kubeVersion !== void 0 && !/^v?\d{1,4}\.\d{1,4}(?:\.\d{1,4})?$/.test(kubeVersion)) return `Kubernetes version ${JSON.stringify(kubeVersion)} is not a version such as 1.31`;
	const pair = options.set?.find((candidate) => !/^[^=-][^=]*=/.test(candidate));
	if (pair !== void 0) return `--set ${JSON.stringify(pair)} is not a key=value pair`;
	const file = valuesFiles.find((candidate) => !isAbsolute(candidate));
	if (file !== void 0) return `values file ${JSON.stringify(file)} is not an absolute path`;
}
/**
* The first symlink in the chart (helm follows them all) whose target lies outside the repository or in
* .git, with the reason. Symlinked folders are followed, each once.
*/
function symlinkOutOf(dir, root) {
	const seen = /* @__PURE__ */ new Set();
	const pending = [dir];
	while (pending.length > 0) {
		const folder = pending.pop();
		let real;
		try {
			real = realpathSync(folder);
		} catch {
			continue;
		}
		if (seen.has(real)) continue;
		seen.add(real);
		let entries;
		try {
			entries = readdirSync(folder, { withFileTypes: true });
		} catch {
			continue;
		}
		for (const entry of entries) {
			const path = join(folder, entry.name);
			if (entry.isSymbolicLink()) {
				const reason = escapeFrom(path, root);
				if (reason) return {
					link: path,
					reason
				};
				if (kindAt(path) === "directory") pending.push(path);
			} else if (entry.isDirectory()) pending.push(path);
		}
	}
}
/**
* Gives every object of a rendered stream its template, from the `# Source:` comment Helm writes
* before each document. `locateTemplate` turns that path into a file. When it finds none, a chart kubeready
* rendered names the template without a line (a subchart packed as .tgz), while saved or piped output
* (`unrendered`) keeps its findings at its own lines, where its suppressions are.
*/
function attachHelmOrigins(parsed, cwd, locateTemplate, unresolved = "name-the-template") {
	const occurrences = /* @__PURE__ */ new Map();
	const texts = /* @__PURE__ */ new Map();
	for (const entry of parsed.objects) {
		const source = entry.sourceComment;
		if (!source) continue;
		const key = `${source}\n${entry.object.kind}`;
		occurrences.set(key, (occurrences.get(key) ?? -1) + 1);
		const file = locateTemplate(source);
		if (file === void 0 && unresolved === "stay") continue;
		if (file !== void 0 && !texts.has(file)) texts.set(file, readTextIfExists(file));
		entry.origin = {
			via: "helm",
			file: file ? relative(cwd, file) : source,
			text: file ? texts.get(file) : void 0,
			kind: entry.object.kind,
			occurrence: occurrences.get(key) ?? 0
		};
	}
}
/**
* For rendered Helm output read from a file or stdin: the template next to it, or under the cwd, that
* exists inside the repository (the file's, or the working directory's), in the templates folder of a
* chart there. A `# Source:` comment is text anyone can
* write: it may not lead findings (and the code frames that quote their lines) anywhere else.
*/
function templateNear(renderedFile, cwd, roots) {
	const bases = [...renderedFile ? [dirname(resolve(cwd, renderedFile))] : [], cwd];
	return (source) => {
		const withinChart = source.split("/").slice(1).join("/");
		const candidates = bases.flatMap((base) => [
			join(base, source),
			join(base, "charts", source),
			join(base, withinChart)
		]);
		const inRepository = (file) => roots.find((root) => escapeFrom(file, root) === void 0);
		return candidates.find((file) => {
			const root = inRepository(file);
			return root !== void 0 && kindAt(file) === "file" && inChart(file, root);
		});
	};
}
/** True when the file lies in the templates folder (or below) of a chart inside the root. */
function inChart(file, root) {
	for (let dir = dirname(file); isInside(dir, root) && dirname(dir) !== dir; dir = dirname(dir)) if (basename(dir) === "templates" && existsSync(join(dirname(dir), "Chart.yaml"))) return true;
	return false;
}
/** Helm names the template and line that failed (`Error: chart/templates/x.yaml:4:18 ...`): point there. */
function helmErrorPosition(message, dir, cwd, shown) {
	const match = /^Error: (?:template: )?([^\s:]+):(\d+)(?::\d+)?/.exec(message);
	if (!match?.[1] || !match[2]) return { file: shown };
	const template = join(dir, match[1].split("/").slice(1).join("/"));
	return escapeFrom(template, dir) === void 0 && existsSync(template) ? {
		file: relative(cwd, template),
		line: Number(match[2])
	} : { file: shown };
}

export { asStoredRender as a, renderKey as c, findExecutable as d, mapLimited as f, templateNear as i, toolIdentity as l, shorten as m, helmArgumentProblem as n, memoizedRun as o, runTool as p, renderChart as r, outputKey as s, attachHelmOrigins as t, defaultToolLimits as u };