import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fg from 'fast-glob';
import { lintText } from '../../src/api.js';
import { decodeSource } from '../../src/load/read.js';
import { runMain } from './cli.js';
/** mulberry32: a small seeded generator, so every run mutates the same way and a failure replays. */
export function prng(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
export function randomOf(seed) {
    const next = prng(seed);
    const int = (below) => Math.floor(next() * below);
    return { next, int, pick: (items) => items[int(items.length)] };
}
/** Every .yaml, .yml and .json file under the folders, sorted, so the sample does not depend on the disk. */
export function loadSeeds(cwd, patterns, count, seed) {
    const files = fg.sync([...patterns], { cwd, onlyFiles: true }).sort();
    const random = randomOf(seed);
    const chosen = new Set();
    while (chosen.size < Math.min(count, files.length))
        chosen.add(random.pick(files));
    return [...chosen].sort().map((name) => ({ name, bytes: readFileSync(`${cwd}/${name}`) }));
}
const lines = (bytes) => bytes.toString('latin1').split('\n');
const joined = (parts) => Buffer.from(parts.join('\n'), 'latin1');
const text = (value) => Buffer.from(value, 'utf8');
function bomb(random) {
    const width = 2 + random.int(9);
    const depth = 3 + random.int(12);
    const out = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: bomb}', `a0: &a0 [${Array.from({ length: width }, () => 'lol').join(', ')}]`];
    for (let i = 1; i <= depth; i++)
        out.push(`a${i}: &a${i} [${Array.from({ length: width }, () => `*a${i - 1}`).join(', ')}]`);
    if (random.int(2) === 0)
        out.push(`data: {<<: [*a${depth}]}`);
    return out.join('\n');
}
/** The mutations the issue lists, each on bytes so that encodings can break too. */
export const mutations = {
    truncate: (bytes, random) => bytes.subarray(0, random.int(bytes.length + 1)),
    randomBytes: (bytes, random) => {
        const copy = Buffer.from(bytes);
        for (let n = 1 + random.int(8); n > 0 && copy.length > 0; n--)
            copy[random.int(copy.length)] = random.int(256);
        return copy;
    },
    deleteLines: (bytes, random) => {
        const parts = lines(bytes);
        for (let n = 1 + random.int(3); n > 0 && parts.length > 1; n--)
            parts.splice(random.int(parts.length), 1 + random.int(3));
        return joined(parts);
    },
    swapIndentation: (bytes, random) => {
        const parts = lines(bytes);
        for (let n = 1 + random.int(4); n > 0; n--) {
            const i = random.int(parts.length);
            const line = parts[i] ?? '';
            const indent = /^ */.exec(line)?.[0].length ?? 0;
            const shift = random.pick([-4, -2, -1, 1, 2, 4]);
            parts[i] = ' '.repeat(Math.max(0, indent + shift)) + line.trimStart();
        }
        return joined(parts);
    },
    swapLines: (bytes, random) => {
        const parts = lines(bytes);
        const a = random.int(parts.length);
        const b = random.int(parts.length);
        [parts[a], parts[b]] = [parts[b] ?? '', parts[a] ?? ''];
        return joined(parts);
    },
    hugeScalar: (bytes, random) => {
        const size = random.pick([16 * 1024, 64 * 1024, 512 * 1024]);
        const huge = random.pick(['x', 'ab ', '{{ .Values }}', '${VAR}'])
            .repeat(Math.ceil(size / 3))
            .slice(0, size);
        const parts = lines(bytes);
        parts.splice(random.int(parts.length + 1), 0, random.pick([`huge: ${huge}`, `  huge: "${huge}"`, `- ${huge}`]));
        return joined(parts);
    },
    deepNesting: (bytes, random) => {
        const depth = random.pick([50, 199, 201, 1000, 10_000]);
        const closed = random.int(2) === 0;
        const open = random.pick(['[', '{a: ', '- ']);
        const nested = open === '- ' ? Array.from({ length: Math.min(depth, 250) }, (_, i) => `${' '.repeat(i * 2)}- `).join('\n') + 'x' : `deep: ${open.repeat(depth)}${closed ? (open === '[' ? ']' : '}').repeat(depth) : ''}`;
        return Buffer.concat([bytes, text(`\n---\napiVersion: v1\nkind: ConfigMap\n${nested}\n`)]);
    },
    aliasBomb: (bytes, random) => Buffer.concat([bytes, text(`\n---\n${bomb(random)}\n`)]),
    anchors: (bytes, random) => {
        const parts = lines(bytes);
        const i = random.int(parts.length);
        parts[i] = (parts[i] ?? '') + random.pick([' &x', ' *x', ' &x {}', ' *missing', '\n<<: *x', '\nself: &s [*s]']);
        return joined(parts);
    },
    duplicateKeys: (bytes, random) => {
        const parts = lines(bytes);
        const keyed = parts.map((line, i) => [line, i]).filter(([line]) => /^\s*[\w.-]+:/.test(line));
        if (keyed.length === 0)
            return bytes;
        const [line, i] = random.pick(keyed);
        parts.splice(i + 1, 0, line);
        return joined(parts);
    },
    tabs: (bytes, random) => {
        const parts = lines(bytes);
        for (let n = 1 + random.int(3); n > 0; n--) {
            const i = random.int(parts.length);
            parts[i] = (parts[i] ?? '').replace(/^( +)/, (spaces) => (random.int(2) ? '\t' : spaces.slice(1) + '\t')).replace(/: /, random.int(2) ? ':\t' : ': ');
        }
        return joined(parts);
    },
    bom: (bytes, random) => {
        if (random.int(3) === 0)
            return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bytes.toString('utf8'), 'utf16le')]);
        return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    },
    lineEndings: (bytes, random) => Buffer.from(bytes.toString('latin1').replace(/\n/g, random.pick(['\r\n', '\r', '\n\r'])), 'latin1'),
    notUtf8: (bytes, random) => {
        const at = random.int(bytes.length + 1);
        const bad = random.pick([[0xff], [0xc3], [0xe9], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf]]);
        return Buffer.concat([bytes.subarray(0, at), Buffer.from(bad), bytes.subarray(at)]);
    },
    controlCharacters: (bytes, random) => {
        const at = random.int(bytes.length + 1);
        return Buffer.concat([bytes.subarray(0, at), Buffer.from([random.pick([0x00, 0x01, 0x07, 0x0b, 0x1b, 0x7f])]), bytes.subarray(at)]);
    },
    yamlSyntax: (bytes, random) => {
        const at = random.int(bytes.length + 1);
        const piece = random.pick([': ', '- ', '[', ']', '{', '}', '&', '*', '!', '!!binary ', '|', '>', "'", '"', '%YAML 1.1\n', '@', '`', '? ', '---\n', '...\n', '#', ',', '<<: ', '!!int ']);
        return Buffer.concat([bytes.subarray(0, at), text(piece), bytes.subarray(at)]);
    },
    yaml11Scalars: (bytes, random) => {
        const parts = lines(bytes);
        const i = random.int(parts.length);
        parts[i] = (parts[i] ?? '').replace(/: .*$/, `: ${random.pick(['yes', 'off', 'y', '0755', '0x1F', '1_000', '1:20', '2001-12-14', '.inf', '.NaN', '~', '1e400', '-0b101', '08'])}`);
        return joined(parts);
    },
};
export const mutationNames = Object.keys(mutations);
/** One case: a seed and one to three mutations, all chosen by the case number. */
export function mutate(seed, caseNumber) {
    const random = randomOf(0x5eed + caseNumber * 7919);
    let bytes = seed.bytes;
    const applied = [];
    for (let n = 1 + random.int(3); n > 0; n--) {
        const name = random.pick(mutationNames);
        applied.push(name);
        bytes = mutations[name](bytes, random);
    }
    return { bytes, applied };
}
function describeCase(seed, caseNumber, applied) {
    return `case ${caseNumber} (${seed.name}; ${applied.join(', ')})`;
}
/** What every finding and error must look like, whatever the input. */
function brokenPromises(result, file) {
    const broken = [];
    for (const finding of result.findings) {
        if (finding.file !== file)
            broken.push(`finding in ${finding.file}, not ${file}`);
        if (!(finding.line >= 1 && finding.column >= 1 && finding.endLine >= finding.line))
            broken.push(`finding ${finding.checkId} without a position: ${JSON.stringify(finding)}`);
        if (finding.message.includes('\n'))
            broken.push(`finding ${finding.checkId} with a multi-line message`);
    }
    for (const error of result.errors) {
        broken.push(`run error: ${error.file}${error.line ? `:${error.line}` : ''}: ${error.message}`);
    }
    return broken;
}
/** Lints each mutated seed as text: no exception, every problem a finding at a line. */
export function fuzzLintText(seeds, cases, firstCase, checks) {
    const started = Date.now();
    const report = { cases: 0, failures: [], withSyntaxFindings: 0, exitCodes: [], milliseconds: 0 };
    for (let n = firstCase; n < firstCase + cases; n++) {
        const seed = seeds[n % seeds.length];
        const { bytes, applied } = mutate(seed, n);
        const file = seed.name.endsWith('.json') ? 'mutated.json' : 'mutated.yaml';
        report.cases++;
        try {
            const decoded = decodeSource(bytes);
            const result = lintText(decoded.text, file, checks);
            const broken = brokenPromises(result, file);
            if (broken.length > 0)
                report.failures.push(`${describeCase(seed, n, applied)}: ${broken.join('; ')}`);
            if (result.findings.some((finding) => finding.checkId === 'yaml-syntax'))
                report.withSyntaxFindings++;
        }
        catch (error) {
            report.failures.push(`${describeCase(seed, n, applied)}: threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        }
    }
    report.milliseconds = Date.now() - started;
    return report;
}
/** A Pod with one known finding, a moving image tag, at line 7: it must be reported whatever its neighbour holds. */
const goodFile = `apiVersion: v1
kind: Pod
metadata: { name: good }
spec:
  containers:
    - name: app
      image: nginx:latest
`;
/**
 * Runs the command line on a folder holding a mutated seed and a good file: exit code 0, 1 or 2,
 * stdout a JSON report, stderr one `kubeready: file: reason` line per error, the good file linted.
 */
export async function fuzzCli(seeds, cases, firstCase) {
    const started = Date.now();
    const report = { cases: 0, failures: [], withSyntaxFindings: 0, exitCodes: [], milliseconds: 0 };
    const dir = mkdtempSync(join(tmpdir(), 'kubeready-fuzz-'));
    try {
        writeFileSync(join(dir, 'good.yaml'), goodFile);
        for (let n = firstCase; n < firstCase + cases; n++) {
            const seed = seeds[n % seeds.length];
            const { bytes, applied } = mutate(seed, n);
            const name = seed.name.endsWith('.json') ? 'mutated.json' : 'mutated.yaml';
            for (const stale of ['mutated.json', 'mutated.yaml'])
                rmSync(join(dir, stale), { force: true });
            writeFileSync(join(dir, name), bytes);
            report.cases++;
            const where = describeCase(seed, n, applied);
            try {
                const { code, stdout, stderr } = await runMain(['--format', 'json', dir]);
                report.exitCodes.push(code);
                const broken = [];
                if (![0, 1, 2].includes(code))
                    broken.push(`exit code ${code}`);
                for (const line of stderr.split('\n').filter(Boolean)) {
                    if (!/^kubeready: \S.*: .+$/.test(line) || !line.includes(name))
                        broken.push(`stderr line not naming the file: ${line}`);
                }
                const output = JSON.parse(stdout);
                const good = output.findings.filter((finding) => finding.file.endsWith('good.yaml'));
                if (!good.some((finding) => finding.checkId === 'image-untagged' && finding.line === 7))
                    broken.push('the good file was not linted');
                for (const finding of output.findings) {
                    if (!(finding.line >= 1 && finding.column >= 1))
                        broken.push(`finding ${finding.checkId} without a position`);
                }
                if (code === 2 && output.errors.length === 0)
                    broken.push('exit code 2 without an error');
                if (broken.length > 0)
                    report.failures.push(`${where}: ${broken.join('; ')}`);
                if (output.findings.some((finding) => finding.checkId === 'yaml-syntax'))
                    report.withSyntaxFindings++;
            }
            catch (error) {
                report.failures.push(`${where}: threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
            }
        }
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
    report.milliseconds = Date.now() - started;
    return report;
}
