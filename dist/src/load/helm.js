import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { escapeFrom, isInside, repositoryRoot, shownPath } from './confine.js';
import { parseSource } from './parse.js';
import { memoizedRun, outputKey, renderKey, toolIdentity } from './render-cache.js';
import { defaultToolLimits, findExecutable, oneLine, runTool } from './tools.js';
import { kindAt, readTextIfExists } from './read.js';
/**
 * Renders a chart with `helm template` and parses the output, each object remembering the template it
 * came from. Chart tests are left out (they are not deployed); CRDs are kept. A chart with a symlink out
 * of its repository is not rendered, and no value reaches helm's command line where it could be a flag.
 */
export async function renderChart(dir, cwd, options = {}, bounds = boundsFor(dir, cwd), reuse) {
    const shown = relative(cwd, dir) || '.';
    const bin = findExecutable(options.bin ?? 'helm', cwd, options.bin ? [] : bounds.untrusted);
    if (!bin) {
        const why = options.bin ? `--helm-bin ${options.bin} is not an executable file` : 'helm was not found on PATH outside the linted repositories (install Helm, or pass --helm-bin)';
        return { error: { file: shown, message: `cannot render the chart: ${why}` } };
    }
    const refused = symlinkOutOf(dir, bounds.root);
    if (refused)
        return { error: { file: shownPath(refused.link, cwd), message: `chart not rendered: the symlink points ${refused.reason}` } };
    const own = options.charts?.[resolve(cwd, dir)];
    const valuesFiles = [...(options.values ?? []), ...(own?.values ?? [])].map((file) => resolve(cwd, file));
    const invalid = helmArgumentProblem(options, valuesFiles);
    if (invalid)
        return { error: { file: shown, message: `chart not rendered: ${invalid}` } };
    // Values as --flag=value, and `--` before the positional arguments: nothing from a file can become a flag.
    const args = ['template', '--skip-tests', '--include-crds'];
    if (options.namespace)
        args.push(`--namespace=${options.namespace}`);
    if (options.kubeVersion)
        args.push(`--kube-version=${options.kubeVersion}`);
    for (const file of valuesFiles)
        args.push(`--values=${file}`);
    for (const pair of [...(options.set ?? []), ...(own?.set ?? [])])
        args.push(`--set=${pair}`);
    args.push('--', options.releaseName ?? 'release-name', dir);
    // helm reads the whole chart folder (subcharts, files for .Files) and the values files.
    const identity = reuse ? await toolIdentity(reuse, bin, ['version'], cwd, bounds.limits) : undefined;
    const key = identity === undefined ? undefined : renderKey(identity, [cwd, ...args], { files: valuesFiles, trees: [resolve(cwd, dir)] }, bounds.root);
    const result = await memoizedRun(reuse?.memo, key, reuse?.counts, () => runTool(bin, args, cwd, bounds.limits));
    if (!result.ok) {
        if (result.stopped)
            return { error: { file: shown, message: `helm template ${result.stderr}` } };
        const message = oneLine(result.stderr);
        return { error: { ...helmErrorPosition(message, dir, cwd, shown), message: `helm template failed: ${message}` } };
    }
    const parsed = (reuse?.parse ?? parseSource)(shown, result.stdout);
    attachHelmOrigins(parsed, cwd, (source) => {
        const withinChart = source.split('/').slice(1).join('/'); // "<chart name>/templates/x.yaml"
        const file = join(dir, withinChart);
        return escapeFrom(file, dir) === undefined ? file : undefined;
    });
    return { parsed, ...(key !== undefined && { reuseKey: outputKey(key, result.stdout) }) };
}
/** The bounds of a unit rendered on its own (the programmatic API): its repository, default limits. */
function boundsFor(dir, cwd) {
    const root = repositoryRoot(dir, cwd);
    return { root, untrusted: [root], limits: defaultToolLimits };
}
const dnsLabel = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
/** A DNS-1123 subdomain: dot-separated DNS-1123 labels, 253 characters at most. */
function isDnsSubdomain(name, maxLength = 253) {
    return name.length <= maxLength && name.split('.').every((label) => dnsLabel.test(label));
}
/**
 * What is wrong with a value bound for helm's command line, if anything: a release name is a DNS-1123
 * subdomain of at most 53 characters (helm's own rule), a namespace a DNS-1123 label, a Kubernetes
 * version a version, a --set pair a key=value whose key is not a flag.
 */
export function helmArgumentProblem(options, valuesFiles = []) {
    const { releaseName, namespace, kubeVersion } = options;
    if (releaseName !== undefined && !isDnsSubdomain(releaseName, 53)) {
        return `release name ${JSON.stringify(releaseName)} is not a DNS-1123 name (lower-case letters, digits, '-' and '.', 53 characters at most)`;
    }
    if (namespace !== undefined && !dnsLabel.test(namespace)) {
        return `namespace ${JSON.stringify(namespace)} is not a DNS-1123 label (lower-case letters, digits and '-', 63 characters at most)`;
    }
    if (kubeVersion !== undefined && !/^v?\d{1,4}\.\d{1,4}(?:\.\d{1,4})?$/.test(kubeVersion))
        return `Kubernetes version ${JSON.stringify(kubeVersion)} is not a version such as 1.31`;
    const pair = options.set?.find((candidate) => !/^[^=-][^=]*=/.test(candidate));
    if (pair !== undefined)
        return `--set ${JSON.stringify(pair)} is not a key=value pair`;
    const file = valuesFiles.find((candidate) => !isAbsolute(candidate));
    if (file !== undefined)
        return `values file ${JSON.stringify(file)} is not an absolute path`;
    return undefined;
}
/**
 * The first symlink in the chart (helm follows them all) whose target lies outside the repository or in
 * .git, with the reason. Symlinked folders are followed, each once.
 */
function symlinkOutOf(dir, root) {
    const seen = new Set();
    const pending = [dir];
    while (pending.length > 0) {
        const folder = pending.pop();
        let real;
        try {
            real = realpathSync(folder);
        }
        catch {
            continue;
        }
        if (seen.has(real))
            continue;
        seen.add(real);
        let entries;
        try {
            entries = readdirSync(folder, { withFileTypes: true });
        }
        catch {
            continue; // helm reports a folder it cannot read
        }
        for (const entry of entries) {
            const path = join(folder, entry.name);
            if (entry.isSymbolicLink()) {
                const reason = escapeFrom(path, root);
                if (reason)
                    return { link: path, reason };
                if (kindAt(path) === 'directory')
                    pending.push(path);
            }
            else if (entry.isDirectory()) {
                pending.push(path);
            }
        }
    }
    return undefined;
}
/**
 * Gives every object of a rendered stream its template, from the `# Source:` comment Helm writes
 * before each document. `locateTemplate` turns that path into a file. When it finds none, a chart kubeready
 * rendered names the template without a line (a subchart packed as .tgz), while saved or piped output
 * (`unrendered`) keeps its findings at its own lines, where its suppressions are.
 */
export function attachHelmOrigins(parsed, cwd, locateTemplate, unresolved = 'name-the-template') {
    const occurrences = new Map();
    const texts = new Map();
    for (const entry of parsed.objects) {
        const source = entry.sourceComment;
        if (!source)
            continue;
        const key = `${source}\n${entry.object.kind}`;
        occurrences.set(key, (occurrences.get(key) ?? -1) + 1);
        const file = locateTemplate(source);
        if (file === undefined && unresolved === 'stay')
            continue;
        if (file !== undefined && !texts.has(file))
            texts.set(file, readTextIfExists(file));
        entry.origin = {
            via: 'helm',
            file: file ? relative(cwd, file) : source,
            text: file ? texts.get(file) : undefined,
            kind: entry.object.kind,
            occurrence: occurrences.get(key) ?? 0,
        };
    }
}
/**
 * For rendered Helm output read from a file or stdin: the template next to it, or under the cwd, that
 * exists inside the repository (the file's, or the working directory's), in the templates folder of a
 * chart there. A `# Source:` comment is text anyone can
 * write: it may not lead findings (and the code frames that quote their lines) anywhere else.
 */
export function templateNear(renderedFile, cwd, roots) {
    const bases = [...(renderedFile ? [dirname(resolve(cwd, renderedFile))] : []), cwd];
    return (source) => {
        const withinChart = source.split('/').slice(1).join('/');
        const candidates = bases.flatMap((base) => [join(base, source), join(base, 'charts', source), join(base, withinChart)]);
        const inRepository = (file) => roots.find((root) => escapeFrom(file, root) === undefined);
        return candidates.find((file) => {
            const root = inRepository(file);
            return root !== undefined && kindAt(file) === 'file' && inChart(file, root);
        });
    };
}
/** True when the file lies in the templates folder (or below) of a chart inside the root. */
function inChart(file, root) {
    for (let dir = dirname(file); isInside(dir, root) && dirname(dir) !== dir; dir = dirname(dir)) {
        if (basename(dir) === 'templates' && existsSync(join(dirname(dir), 'Chart.yaml')))
            return true;
    }
    return false;
}
/** Helm names the template and line that failed (`Error: chart/templates/x.yaml:4:18 ...`): point there. */
function helmErrorPosition(message, dir, cwd, shown) {
    const match = /^Error: (?:template: )?([^\s:]+):(\d+)(?::\d+)?/.exec(message);
    if (!match?.[1] || !match[2])
        return { file: shown };
    const template = join(dir, match[1].split('/').slice(1).join('/'));
    return escapeFrom(template, dir) === undefined && existsSync(template) ? { file: relative(cwd, template), line: Number(match[2]) } : { file: shown };
}
