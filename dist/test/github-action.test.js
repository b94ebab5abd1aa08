import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inputDefaults, kubereadyArgs, readInputs } from '../src/action/inputs.js';
import { annotationOrInert, lineFilter } from '../src/action/workflow.js';
import { runnerCommand } from './support/workflow-commands.js';
/**
 * The GitHub Action (action.yml, src/action/) run as the runner runs a JavaScript action: main.js from a
 * copy of the repository as a checkout at a ref holds it (compiled dist/src and dist/checks, no
 * node_modules), inputs in INPUT_* variables, and fake GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
 * Installing the runtime dependencies needs the npm registry.
 */
const root = join(import.meta.dirname, '..');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'kubeready-action-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
/** The Action as `uses: owner/kubeready@ref` finds it: what git holds, without node_modules or dist/scripts. */
function checkout(dir) {
    mkdirSync(join(dir, 'dist'), { recursive: true });
    for (const file of ['action.yml', 'package.json', 'package-lock.json', '.npmrc'])
        if (existsSync(join(root, file)))
            cpSync(join(root, file), join(dir, file));
    for (const folder of ['dist/src', 'dist/checks', 'schemas'])
        cpSync(join(root, folder), join(dir, folder), { recursive: true });
    return dir;
}
/** A file name that tries to forge commands, percent-escaped and with a real line break, and a container name that does too. */
const hostileName = 'pod%0A::add-mask::secret\n::error file=README.md::forged ##[warning]x.yaml';
const hostileYaml = 'app\\n::add-mask::secret\\r::error file=README.md,line=1::Forged ##[error]v1 %0A::stop-commands::x \\e]0;title\\a';
const hostileContainer = parse(`"${hostileYaml}"`);
function workspace(dir) {
    cpSync(join(root, 'examples'), join(dir, 'examples'), { recursive: true });
    mkdirSync(join(dir, 'k8s'));
    writeFileSync(join(dir, 'k8s', hostileName), `apiVersion: v1\nkind: Pod\nmetadata: { name: web }\nspec:\n  containers:\n    - name: "${hostileYaml}"\n      image: registry.example.com/app\n`);
    return dir;
}
/** Outputs as the runner reads GITHUB_OUTPUT; only the multi-line form `name<<DELIMITER` is expected. */
function parseOutputs(text) {
    const lines = text.split('\n');
    const outputs = {};
    const delimiters = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        if (line === '')
            continue;
        const at = line.indexOf('<<');
        if (at <= 0)
            throw new Error(`not the multi-line form: ${line}`);
        const delimiter = line.slice(at + 2);
        const end = lines.indexOf(delimiter, i + 1);
        if (end < 0)
            throw new Error(`no closing ${delimiter}`);
        outputs[line.slice(0, at)] = lines.slice(i + 1, end).join('\n');
        delimiters.push(delimiter);
        i = end;
    }
    return { outputs, delimiters };
}
let runs = 0;
const runnerTemp = join(scratch, 'runner-temp');
mkdirSync(runnerTemp);
/** main.js run as the runner runs it, from another folder than the workspace; env replaces PATH etc. where given. */
function runAction(action, ws, inputs, env = {}) {
    runs++;
    const outputFile = join(scratch, `output-${runs}`);
    const summaryFile = join(scratch, `summary-${runs}`);
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(INPUT_|GITHUB_|RUNNER_)/.test(key)));
    const started = performance.now();
    const result = spawnSync(process.execPath, [join(action, 'dist', 'src', 'action', 'main.js')], {
        cwd: scratch,
        encoding: 'utf8',
        timeout: 120_000,
        env: {
            ...inherited,
            GITHUB_WORKSPACE: ws,
            GITHUB_OUTPUT: outputFile,
            GITHUB_STEP_SUMMARY: summaryFile,
            RUNNER_TEMP: runnerTemp,
            ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
            ...env,
        },
    });
    const ms = performance.now() - started;
    return { code: result.status, stdout: result.stdout, stderr: result.stderr, ...parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8'), ms };
}
/** Every workflow command the runner would read from the output, line by line. */
function commandsOf(text) {
    return text.split('\n').flatMap((line) => {
        const command = runnerCommand(line);
        return command ? [{ line, command }] : [];
    });
}
const controlChars = /[\p{Cc}\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/u;
/** The hostile container name as an annotation shows it: line breaks real (the runner unescapes them), the rest as escapes. */
const shownContainer = hostileContainer.replace('\u001b', '\\x1b').replace('\u0007', '\\x07');
/**
 * The output holds no command but kubeready's annotations and the Action's own group and ::error lines,
 * and no line holds a control character.
 */
function expectOnlyOwnCommands(run) {
    for (const { command } of [...commandsOf(run.stdout), ...commandsOf(run.stderr)]) {
        const own = command.name === 'group' || command.name === 'endgroup' || (command.name === 'error' && command.properties['title'] === 'kubeready' && Object.keys(command.properties).length === 1);
        const annotation = ['error', 'warning', 'notice'].includes(command.name) && command.properties['file'] !== undefined && command.properties['title'] !== undefined;
        expect(own || annotation, JSON.stringify(command)).toBe(true);
    }
    for (const line of [...run.stdout.split('\n'), ...run.stderr.split('\n')])
        expect(line, line).not.toMatch(controlChars);
    expect(commandsOf(run.stderr)).toEqual([]);
    return commandsOf(run.stdout).map(({ command }) => command);
}
const annotations = (commands) => commands.filter((command) => command.properties['file'] !== undefined);
describe('action.yml', () => {
    const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
    it('is a JavaScript action on node24 whose main is built, with the inputs and defaults src/action/inputs.ts reads', () => {
        expect(action.name).toBe('kubeready');
        expect(action.runs).toEqual({ using: 'node24', main: 'dist/src/action/main.js' });
        expect(existsSync(join(root, action.runs.main))).toBe(true);
        expect(Object.keys(action.inputs)).toEqual(Object.keys(inputDefaults));
        expect(Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default]))).toEqual(inputDefaults);
        for (const input of Object.values(action.inputs))
            expect(input.description.length).toBeGreaterThan(10);
        expect(Object.keys(action.outputs)).toEqual(['exit-code', 'sarif-file']);
        for (const output of Object.values(action.outputs))
            expect(output.value).toBeUndefined(); // a JavaScript action sets them itself
    });
    it('starts without node_modules: main.js and what it imports load only node: built-ins and each other', () => {
        const seen = new Set();
        const visit = (file) => {
            if (seen.has(file))
                return;
            seen.add(file);
            for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*'([^']+)'|import\(\s*'([^']+)'\s*\)/g)) {
                if (specifier === undefined)
                    continue;
                if (specifier.startsWith('node:'))
                    continue;
                expect(specifier, `${file} imports ${specifier}`).toMatch(/^\.\.?\//);
                visit(resolve(dirname(file), specifier));
            }
        };
        visit(join(root, action.runs.main));
        expect([...seen].map((file) => file.slice(root.length + 1)).sort()).toEqual([
            'dist/src/action/inputs.js',
            'dist/src/action/install.js',
            'dist/src/action/main.js',
            'dist/src/action/workflow.js',
            'dist/src/report/escape.js',
            'dist/src/report/github.js',
        ]);
    });
});
describe('the inputs', () => {
    it('split paths and args on spaces and line breaks, and put the Action’s formats first, each with its output', () => {
        const inputs = readInputs({ INPUT_PATHS: ' deploy\n charts/a  ', 'INPUT_FAIL-ON': 'error', INPUT_ARGS: '--kube-version 1.31\n--exclude vendor/**', INPUT_REPORT: 'Both' });
        expect(inputs).toEqual({ paths: ['deploy', 'charts/a'], failOn: 'error', args: ['--kube-version', '1.31', '--exclude', 'vendor/**'], report: 'both', sarifFile: 'kubeready.sarif', summary: true });
        if ('error' in inputs)
            return;
        expect(kubereadyArgs(inputs, { sarif: 'k.sarif', markdown: 'm.md' })).toEqual([
            ...['--format', 'sarif', '--output', 'k.sarif', '--format', 'markdown', '--output', 'm.md', '--format', 'github', '--output', '-'],
            ...['--fail-on', 'error', '--kube-version', '1.31', '--exclude', 'vendor/**', '--', 'deploy', 'charts/a'],
        ]);
        expect(kubereadyArgs({ ...inputs, report: 'sarif' }, {})).toEqual(['--format', 'stylish', '--output', '-', '--fail-on', 'error', '--kube-version', '1.31', '--exclude', 'vendor/**', '--', 'deploy', 'charts/a']);
    });
    it('take the defaults when missing or blank, and reject a report or summary they do not know', () => {
        expect(readInputs({ INPUT_PATHS: '  ' })).toEqual({ paths: ['.'], failOn: 'warning', args: [], report: 'annotations', sarifFile: 'kubeready.sarif', summary: true });
        expect(readInputs({ INPUT_SUMMARY: 'False' })).toMatchObject({ summary: false });
        expect(readInputs({ INPUT_REPORT: 'code-scanning' })).toEqual({ error: 'input report must be one of annotations, sarif, both (got "code-scanning")' });
        expect(readInputs({ INPUT_SUMMARY: 'yes' })).toEqual({ error: 'input summary must be true or false (got "yes")' });
    });
    it('a child’s output passes line by line: annotations as commands, the rest inert, a line split across chunks whole', () => {
        let text = '';
        const filter = lineFilter((chunk) => (text += chunk), annotationOrInert);
        for (const chunk of ['::warning file=a.yaml,title=x::ok \u001b[2K\n::add-', 'mask::s\n  ::error::x\u001b[2K ##[group]y\nlast'])
            filter.push(chunk);
        filter.end();
        expect(text).toBe('::warning file=a.yaml,title=x::ok \\x1b[2K\n\\x3a:add-mask::s\n  \\x3a:error::x\\x1b[2K ##\\x5bgroup]y\nlast\n');
    });
});
describe('the Action, run as the runner runs it', () => {
    const action = join(scratch, 'action');
    const ws = join(scratch, 'workspace');
    let first;
    beforeAll(() => {
        checkout(action);
        workspace(ws);
        first = runAction(action, ws, { paths: 'examples/\nk8s' });
    }, 120_000);
    it('installs the runtime dependencies into its own checkout, and no devDependency', () => {
        expect(first.stdout).toMatch(/^::group::Install kubeready's runtime dependencies \(npm ci --omit=dev --ignore-scripts --no-audit --no-fund\)$/m);
        for (const name of Object.keys(packageJson.dependencies))
            expect(existsSync(join(action, 'node_modules', name, 'package.json')), name).toBe(true);
        for (const name of Object.keys(packageJson.devDependencies))
            expect(existsSync(join(action, 'node_modules', name)), name).toBe(false);
        expect(existsSync(join(action, 'node_modules', '.bin', 'tsc'))).toBe(false);
    });
    it('by default prints annotations, writes no SARIF, sets the outputs, adds the summary and fails the step', () => {
        expect(first.code).toBe(1);
        const commands = expectOnlyOwnCommands(first);
        const found = annotations(commands);
        expect(found.length).toBeGreaterThan(20);
        expect(found.some((command) => command.properties['file'] === 'examples/shop/api.yaml' && command.name === 'error' && command.properties['title'] === 'template-placeholder')).toBe(true);
        // The hostile file name and message reach the annotation exactly as written, forging nothing.
        const hostile = found.filter((command) => command.properties['file'] === `k8s/${hostileName}`);
        expect(hostile.length).toBeGreaterThan(1);
        expect(hostile.some((command) => command.data.includes(shownContainer))).toBe(true);
        expect(commands.filter((command) => command.name === 'error' && command.properties['file'] === undefined)).toEqual([]);
        const warnings = found.filter((command) => command.name === 'warning').length;
        expect(warnings).toBeGreaterThan(10);
        expect(first.stdout).toContain(`\nkubeready: GitHub shows 10 warning annotations of a step; all ${warnings} are listed above and in the job summary\n`);
        expect(existsSync(join(ws, 'kubeready.sarif'))).toBe(false);
        expect(first.outputs).toEqual({ 'exit-code': '1', 'sarif-file': '' });
        expect(first.summary).toMatch(/^<!-- kubeready-report -->\n\n### ❌ kubeready: \d+ findings/);
        expect(first.summary).toContain('pod%0A::add-mask::secret\\n::error file=README.md::forged');
        expect(readdirSync(runnerTemp)).toEqual([]);
    });
    it('writes each output with a delimiter of its own that no value holds', () => {
        const [a, b] = first.delimiters;
        expect(a).toMatch(/^ghadelimiter_[0-9a-f-]{36}$/);
        expect(b).not.toBe(a);
    });
    it('with report sarif writes a SARIF report, lists the findings as plain text and prints no annotation; the second run skips the install', () => {
        const modules = statSync(join(action, 'node_modules')).mtimeMs;
        const run = runAction(action, ws, { paths: 'examples k8s', report: 'sarif', 'sarif-file': 'reports/kubeready.sarif' });
        expect(run.code).toBe(1);
        expect(run.stdout).toMatch(/^kubeready: runtime dependencies already installed in /m);
        expect(run.stdout).not.toContain('::group::');
        expect(statSync(join(action, 'node_modules')).mtimeMs).toBe(modules);
        // Measured here: the first run installs (seconds), the second only lints.
        expect(run.ms).toBeLessThan(first.ms);
        const commands = expectOnlyOwnCommands(run);
        expect(annotations(commands)).toEqual([]);
        expect(commands).toEqual([{ name: 'error', properties: { title: 'kubeready' }, data: 'findings at or above warning: listed above, and in reports/kubeready.sarif for code scanning' }]);
        expect(run.stdout).toContain('k8s/pod%0A::add-mask::secret\\n::error file=README.md::forged ##\\x5bwarning]x.yaml');
        expect(run.outputs).toEqual({ 'exit-code': '1', 'sarif-file': 'reports/kubeready.sarif' });
        const sarif = JSON.parse(readFileSync(join(ws, 'reports', 'kubeready.sarif'), 'utf8'));
        expect(sarif.version).toBe('2.1.0');
        expect(sarif.runs[0]?.results.length).toBeGreaterThan(20);
        expect(sarif.runs[0]?.results.some((result) => result.message.text.includes(hostileContainer))).toBe(true);
        expect(run.summary).toContain('<!-- kubeready-report -->');
    }, 60_000);
    it('with report both does both; with summary false leaves the job summary alone', () => {
        const run = runAction(action, ws, { paths: 'examples', report: 'both', summary: 'false', 'fail-on': 'error' });
        expect(run.code).toBe(1);
        expect(annotations(expectOnlyOwnCommands(run)).length).toBeGreaterThan(10);
        expect(run.outputs).toEqual({ 'exit-code': '1', 'sarif-file': 'kubeready.sarif' });
        expect(existsSync(join(ws, 'kubeready.sarif'))).toBe(true);
        expect(run.summary).toBe('');
    }, 60_000);
    it('passes when nothing reaches fail-on', () => {
        const run = runAction(action, ws, { paths: 'examples/shop-ready' });
        expect(run).toMatchObject({ code: 0, outputs: { 'exit-code': '0', 'sarif-file': '' } });
        expect(annotations(expectOnlyOwnCommands(run)).filter((command) => command.name !== 'notice')).toEqual([]);
    }, 60_000);
    it('fails the step with an ::error when kubeready cannot complete, and leaves no stale SARIF report behind', () => {
        writeFileSync(join(ws, 'stale.sarif'), '{}');
        const run = runAction(action, ws, { paths: 'examples', report: 'sarif', 'sarif-file': 'stale.sarif', args: '--no-such-option' });
        expect(run.code).toBe(1);
        expect(expectOnlyOwnCommands(run)).toEqual([{ name: 'error', properties: { title: 'kubeready' }, data: 'kubeready could not complete (exit code 2); its messages are above' }]);
        expect(run.stderr).toContain('--no-such-option');
        expect(run.outputs).toEqual({ 'exit-code': '2', 'sarif-file': '' });
        expect(existsSync(join(ws, 'stale.sarif'))).toBe(false);
    }, 60_000);
    it('rejects a report it does not know with one escaped ::error, before running anything', () => {
        const run = runAction(action, ws, { report: 'sarif\n::add-mask::x' });
        expect(run.code).toBe(2);
        expect(expectOnlyOwnCommands(run)).toEqual([{ name: 'error', properties: { title: 'kubeready' }, data: 'input report must be one of annotations, sarif, both (got "sarif\n::add-mask::x")' }]);
        expect(run.outputs).toEqual({});
    });
});
describe('the Action without npm', () => {
    it('says so in one ::error and stops with exit code 2', () => {
        const action = checkout(join(scratch, 'no-npm'));
        const ws = workspace(join(scratch, 'no-npm-workspace'));
        const run = runAction(action, ws, {}, { PATH: join(scratch, 'empty-path') });
        expect(run.code).toBe(2);
        const commands = expectOnlyOwnCommands(run);
        expect(commands.map((command) => command.name)).toEqual(['group', 'endgroup', 'error']);
        expect(commands[2]?.data).toMatch(/^could not install kubeready's runtime dependencies: npm is not on PATH; /);
        expect(existsSync(join(action, 'node_modules'))).toBe(false);
        expect(run.outputs).toEqual({});
    });
});
