import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { kubereadyArgs, readInputs } from './inputs.js';
import { actionRoot, hasPackageFiles, installArgs, missingPackages, npmInstall } from './install.js';
import { annotationKind, annotationOrInert, command, errorCommand, inert, lineFilter, writeOutputs } from './workflow.js';
/**
 * The GitHub Action (action.yml, `runs.using: node24`): installs kubeready's runtime dependencies into
 * its own checkout, runs kubeready on the same Node, and reports as the `report` input asks. Imports
 * nothing from node_modules, which does not exist yet when it starts.
 */
const out = (text) => process.stdout.write(text);
const err = (text) => process.stderr.write(text);
/** A line of the Action's own that holds text from elsewhere (paths, names): inert. */
const say = (text) => out(`${inert(text)}\n`);
async function run() {
    const inputs = readInputs(process.env);
    if ('error' in inputs) {
        out(errorCommand(inputs.error));
        return 2;
    }
    const root = actionRoot();
    if (!hasPackageFiles(root)) {
        out(errorCommand(`the Action's checkout ${root} has no package.json and package-lock.json`));
        return 2;
    }
    if (!(await install(root)))
        return 2;
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const sarifFile = inputs.report === 'annotations' ? undefined : inputs.sarifFile;
    const sarifPath = sarifFile === undefined ? undefined : resolve(workspace, sarifFile);
    if (sarifPath !== undefined)
        prepareOutputFile(sarifPath);
    const summaryFile = inputs.summary ? process.env['GITHUB_STEP_SUMMARY'] || undefined : undefined;
    const scratch = summaryFile === undefined ? undefined : mkdtempSync(join(process.env['RUNNER_TEMP'] || tmpdir(), 'kubeready-'));
    const markdown = scratch === undefined ? undefined : join(scratch, 'summary.md');
    try {
        const args = kubereadyArgs(inputs, { sarif: sarifPath, markdown });
        say(`kubeready ${args.join(' ')}`);
        const { code, signal, annotations } = await lint(join(root, 'dist', 'src', 'cli.js'), args, workspace);
        for (const [kind, count] of Object.entries(annotations)) {
            if (count > annotationsShown)
                say(`kubeready: GitHub shows ${annotationsShown} ${kind} annotations of a step; all ${count} are listed above${markdown === undefined ? '' : ' and in the job summary'}`);
        }
        if (markdown !== undefined && summaryFile !== undefined && isFile(markdown))
            appendFileSync(summaryFile, readFileSync(markdown, 'utf8'));
        const written = sarifPath !== undefined && isFile(sarifPath);
        const outputFile = process.env['GITHUB_OUTPUT'];
        if (outputFile)
            writeOutputs(outputFile, { 'exit-code': code === null ? '' : String(code), 'sarif-file': written ? (sarifFile ?? '') : '' });
        return conclude(code, signal, inputs, written ? sarifFile : undefined);
    }
    finally {
        if (scratch !== undefined)
            rmSync(scratch, { recursive: true, force: true });
    }
}
/** Installs the runtime dependencies unless they are there already; false (after an ::error) when it cannot. */
async function install(root) {
    const missing = missingPackages(root);
    if (missing.length === 0) {
        say(`kubeready: runtime dependencies already installed in ${root}`);
        return true;
    }
    out(command('group', `Install kubeready's runtime dependencies (npm ${installArgs.join(' ')})`));
    const started = Date.now();
    const stdout = lineFilter(out);
    const stderr = lineFilter(err);
    const outcome = await npmInstall(root, { stdout: stdout.push, stderr: stderr.push });
    stdout.end();
    stderr.end();
    if (outcome.ok)
        say(`kubeready: installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    out(command('endgroup'));
    if (!outcome.ok) {
        out(errorCommand(`could not install kubeready's runtime dependencies: ${outcome.reason}`));
        return false;
    }
    const still = missingPackages(root);
    if (still.length > 0) {
        out(errorCommand(`npm ci left out runtime dependencies kubeready needs: ${still.join(', ')}`));
        return false;
    }
    return true;
}
/** Annotations of one kind GitHub shows per step (actions/toolkit, docs/problem-matchers.md). */
const annotationsShown = 10;
/**
 * kubeready on the Node that runs the Action. Its output passes on as it comes: the lines of its
 * `github` format on stdout as commands, every other line inert.
 */
function lint(cli, args, cwd) {
    const env = { ...process.env, NO_COLOR: '1' };
    delete env['FORCE_COLOR'];
    return new Promise((done, fail) => {
        const child = spawn(process.execPath, [cli, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
        const annotations = { error: 0, warning: 0, notice: 0 };
        const stdout = lineFilter(out, (line) => {
            const kind = annotationKind(line);
            if (kind !== undefined)
                annotations[kind]++;
            return annotationOrInert(line);
        });
        const stderr = lineFilter(err);
        child.stdout.setEncoding('utf8').on('data', stdout.push);
        child.stderr.setEncoding('utf8').on('data', stderr.push);
        child.on('error', fail);
        child.on('close', (code, signal) => {
            stdout.end();
            stderr.end();
            done({ code, signal, annotations });
        });
    });
}
/** The step's exit code, with an ::error saying why it fails where the log would not otherwise say. */
function conclude(code, signal, inputs, sarifFile) {
    if (code === 0)
        return 0;
    if (code === 1) {
        // Annotations say it for themselves; with SARIF alone the step would fail without one.
        if (inputs.report === 'sarif')
            out(errorCommand(`findings at or above ${inputs.failOn}: listed above, and in ${sarifFile ?? 'the SARIF report'} for code scanning`));
        return 1;
    }
    out(errorCommand(`kubeready could not complete (${code === null ? `stopped by ${signal ?? 'a signal'}` : `exit code ${code}`}); its messages are above`));
    return 1;
}
/** The SARIF report's folder made, and a report from an earlier run removed, so a run that fails leaves none. */
function prepareOutputFile(path) {
    mkdirSync(dirname(path), { recursive: true });
    try {
        rmSync(path, { force: true });
    }
    catch {
        // a folder by that name: kubeready's own error will say it cannot write there
    }
}
function isFile(path) {
    try {
        const stats = statSync(path);
        return stats.isFile() && stats.size > 0;
    }
    catch {
        return false;
    }
}
try {
    process.exitCode = await run();
}
catch (error) {
    out(errorCommand(`the Action failed: ${error instanceof Error ? error.message : String(error)}`));
    process.exitCode = 2;
}
