import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { lint } from '../src/api.js';
import { formatHtml } from '../src/report/html.js';
import { realTool } from './support/real-tool.js';
/**
 * The HTML report as a reader sees it: written for examples/, opened in a real headless Chromium over the
 * DevTools protocol (a pipe, no port), with name resolution switched off so that anything fetched from
 * the network fails. The screenshot stays in test/artifacts (git-ignored).
 */
const root = join(import.meta.dirname, '..');
const screenshotFile = join(root, 'test', 'artifacts', 'html-report.png');
const viewportWidth = 1400;
/** Chromium captures at most 16,384 pixels in one screenshot. */
const maxShotHeight = 16_000;
/** A DevTools-protocol client over --remote-debugging-pipe: JSON messages ended by NUL, fd 3 in, fd 4 out. */
class Browser {
    child;
    nextId = 1;
    pending = new Map();
    listeners = [];
    buffer = '';
    stderr = '';
    exited;
    constructor(child) {
        this.child = child;
        const output = child.stdio[4];
        output.setEncoding('utf8');
        output.on('data', (chunk) => this.receive(chunk));
        child.stderr?.setEncoding('utf8');
        child.stderr?.on('data', (chunk) => (this.stderr = (this.stderr + chunk).slice(-4000)));
        // Writes to a browser that already died fail with EPIPE; the exit handler below reports why.
        child.stdio[3].on('error', () => undefined);
        child.on('exit', (code, signal) => this.fail(`chromium exited early (${signal ?? `code ${code}`}): ${this.lastError()}`));
        child.on('error', (error) => this.fail(`chromium could not start: ${error.message}`));
    }
    static launch(bin, profile) {
        const args = [
            '--headless',
            '--remote-debugging-pipe',
            `--user-data-dir=${profile}`,
            '--disable-gpu',
            '--hide-scrollbars',
            '--no-first-run',
            '--no-default-browser-check',
            '--host-resolver-rules=MAP * ~NOTFOUND',
            ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
            'about:blank',
        ];
        return new Browser(spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] }));
    }
    send(method, params = {}, sessionId, timeoutMs = 20_000) {
        if (this.exited)
            return Promise.reject(new Error(this.exited));
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                this.pending.delete(id);
                reject(new Error(`chromium did not answer ${method} within ${timeoutMs} ms: ${this.lastError()}`));
            }, timeoutMs);
            this.pending.set(id, {
                resolve: (result) => (clearTimeout(timer), resolve(result)),
                reject: (error) => (clearTimeout(timer), reject(error)),
            });
            this.child.stdio[3].write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
        });
    }
    /** Resolves with the first event of that name. */
    waitFor(method, timeoutMs = 20_000) {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`chromium sent no ${method} within ${timeoutMs} ms`)), timeoutMs);
            this.listeners.push((message) => {
                if (message.method === method) {
                    clearTimeout(timer);
                    resolve(message);
                }
            });
        });
    }
    on(listener) {
        this.listeners.push(listener);
    }
    async close() {
        const gone = new Promise((resolve) => (this.child.exitCode !== null ? resolve() : this.child.once('exit', () => resolve())));
        if (!this.exited)
            await this.send('Browser.close', {}, undefined, 3000).catch(() => undefined);
        const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
        await gone;
        clearTimeout(timer);
    }
    receive(chunk) {
        this.buffer += chunk;
        let end;
        while ((end = this.buffer.indexOf('\0')) >= 0) {
            const message = JSON.parse(this.buffer.slice(0, end));
            this.buffer = this.buffer.slice(end + 1);
            const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
            if (waiting && message.id !== undefined) {
                this.pending.delete(message.id);
                if (message.error)
                    waiting.reject(new Error(`chromium: ${message.error.message}`));
                else
                    waiting.resolve(message.result ?? {});
            }
            for (const listener of this.listeners)
                listener(message);
        }
    }
    fail(reason) {
        this.exited ??= reason;
        for (const waiting of this.pending.values())
            waiting.reject(new Error(reason));
        this.pending.clear();
    }
    lastError() {
        return (this.stderr
            .split('\n')
            .filter((line) => line.trim() && !/dbus|Fontconfig/i.test(line))
            .at(-1) ?? 'no output');
    }
}
// Chromium from PATH (Debian's package) or CHROMIUM_BIN; skipped with a notice without it, except in CI.
const chromium = realTool({ names: ['chromium', 'chromium-browser'], override: 'CHROMIUM_BIN', required: 'KUBEREADY_REQUIRE_CHROMIUM', install: 'apt-get install -y chromium' });
const readFacts = `(() => {
  const text = (selector) => document.querySelector(selector)?.textContent ?? '';
  return {
    areaSections: [...document.querySelectorAll('section.area')].map((section) => section.id),
    areaRows: document.querySelectorAll('table.areas tbody tr').length,
    counts: Object.fromEntries(['error', 'warning', 'info'].map((severity) => [severity, text('[data-count="' + severity + '"]')])),
    overall: text('[data-score="overall"]'),
    bodyText: document.body.innerText,
    frames: document.querySelectorAll('pre.frame').length,
    findings: document.querySelectorAll('li.finding').length,
    filterShown: getComputedStyle(document.getElementById('filter')).display !== 'none',
    badgeColour: getComputedStyle(document.querySelector('.badge.sev-error')).backgroundColor,
    bodyMaxWidth: getComputedStyle(document.body).maxWidth,
    overflowX: document.documentElement.scrollWidth > window.innerWidth,
    height: Math.ceil(document.documentElement.scrollHeight),
    order: [...document.querySelectorAll('body > section, body > .views > section')].map((node) => node.id).slice(0, 5),
    errorsTop: document.getElementById('errors')?.getBoundingClientRect().top ?? -1,
    scores: Object.fromEntries([...document.querySelectorAll('[data-score]')].map((node) => [node.dataset.score, node.textContent])),
    scoreColours: Object.fromEntries([...document.querySelectorAll('[data-score]')].map((node) => [node.dataset.score, getComputedStyle(node).color])),
    areasBox: (({ top, left, right }) => ({ top, left, right }))(document.getElementById('areas').getBoundingClientRect()),
    objectsBox: (({ top, left, right }) => ({ top, left, right }))(document.getElementById('objects').getBoundingClientRect()),
    objectNames: [...document.querySelectorAll('#objects li.entry > details > summary > .object')].map((node) => node.textContent),
    briefs: document.querySelectorAll('li.brief').length,
  };
})()`;
describe.skipIf(!chromium)('the HTML report in headless Chromium', () => {
    const workDir = mkdtempSync(join(tmpdir(), 'kubeready-html-'));
    afterAll(() => rmSync(workDir, { recursive: true, force: true }));
    it('opens offline and shows the errors first, the areas beside the objects, the counts, the findings and their code', { timeout: 60_000 }, async () => {
        const started = performance.now();
        const result = await lint(['examples/'], { cwd: root });
        const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
        const html = formatHtml(result, {
            checks,
            version,
            cwd: root,
            readSource: (file) => readFileSync(join(root, file), 'utf8'),
            generatedAt: new Date(),
        });
        const reportFile = join(workDir, 'report.html');
        writeFileSync(reportFile, html);
        const reportUrl = pathToFileURL(reportFile).href;
        const browser = Browser.launch(chromium ?? '', join(workDir, 'profile'));
        const requested = [];
        const problems = [];
        browser.on((message) => {
            if (message.method === 'Network.requestWillBeSent')
                requested.push(String(message.params?.['request']?.url));
            if (message.method === 'Runtime.exceptionThrown')
                problems.push(JSON.stringify(message.params?.['exceptionDetails']));
            if (message.method === 'Log.entryAdded') {
                const entry = message.params?.['entry'];
                if (entry?.level === 'error')
                    problems.push(String(entry.text));
            }
        });
        try {
            const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
            const { sessionId } = (await browser.send('Target.attachToTarget', { targetId, flatten: true }));
            for (const domain of ['Page', 'Network', 'Runtime', 'Log'])
                await browser.send(`${domain}.enable`, {}, sessionId);
            await browser.send('Emulation.setDeviceMetricsOverride', { width: viewportWidth, height: 900, deviceScaleFactor: 1, mobile: false }, sessionId);
            const loaded = browser.waitFor('Page.loadEventFired');
            await browser.send('Page.navigate', { url: reportUrl }, sessionId);
            await loaded;
            const launchedAndLoaded = performance.now();
            const evaluated = (await browser.send('Runtime.evaluate', { expression: readFacts, returnByValue: true }, sessionId));
            const facts = evaluated.result.value;
            const expectedAreas = ['probes', 'disruptions', 'resources', 'images', 'security', 'correctness'];
            expect(facts.areaSections).toEqual(expectedAreas.map((area) => `area-${area}`));
            expect(facts.areaRows).toBe(10);
            expect(facts.counts).toEqual({ error: String(result.summary.error), warning: String(result.summary.warning), info: String(result.summary.info) });
            expect(result.summary.error).toBe(3); // two placeholders, and a token in examples/shop/api.Dockerfile
            expect(facts.overall).toMatch(/^\d{1,2}$/);
            expect(facts.bodyText).toContain('The value holds the unreplaced placeholder __API_VERSION__.');
            expect(facts.bodyText).toContain('> 23 |           image: registry.acme.dev/shop/api:__API_VERSION__');
            expect(facts.bodyText).toContain('Replicated workload without a PodDisruptionBudget');
            expect(facts.findings).toBe(result.findings.length);
            expect(facts.frames).toBe(result.findings.length);
            expect(facts.filterShown).toBe(true);
            // The inline stylesheet applied: the error badge's colour and the page's width come from it.
            expect(facts.badgeColour).toBe('rgb(207, 34, 46)');
            expect(facts.bodyMaxWidth).toBe('1408px');
            expect(facts.overflowX).toBe(false);
            // Errors first, in the first screen; then the summary; then the areas beside the objects.
            expect(facts.order).toEqual(['errors', 'summary', 'areas', 'objects', 'area-probes']);
            expect(facts.errorsTop).toBeGreaterThan(0);
            expect(facts.errorsTop).toBeLessThan(300);
            expect(facts.areasBox.top).toBe(facts.objectsBox.top);
            expect(facts.objectsBox.left).toBeGreaterThan(facts.areasBox.right);
            // Areas with nothing to check say so; an error caps its area below amber; security is not green while workloads may run as root.
            for (const area of ['scaling', 'storage', 'environments'])
                expect(facts.scores[area]).toBe('nothing to check');
            expect(Number(facts.scores['correctness'])).toBeLessThanOrEqual(69);
            expect(facts.scoreColours['correctness']).toBe('rgb(207, 34, 46)');
            expect(Number(facts.scores['security'])).toBeLessThan(90);
            // (red: examples/shop/api.Dockerfile keeps a token in an ENV, a security error)
            expect(facts.scoreColours['security']).toBe('rgb(207, 34, 46)');
            expect(facts.scoreColours['networking']).toBe('rgb(26, 127, 55)');
            // Worst first: the Deployment with the two placeholders, the Dockerfile with its one error, then the one with the most warnings.
            expect(facts.objectNames).toEqual(['Deployment shop/api', 'Dockerfile api.Dockerfile', 'Deployment shop/frontend', 'Deployment shop/order-worker']);
            expect(facts.briefs).toBeGreaterThan(facts.objectNames.length);
            const shot = (await browser.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true, clip: { x: 0, y: 0, width: viewportWidth, height: Math.min(facts.height, maxShotHeight), scale: 1 } }, sessionId));
            const png = Buffer.from(shot.data, 'base64');
            mkdirSync(join(root, 'test', 'artifacts'), { recursive: true });
            writeFileSync(screenshotFile, png);
            expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
            expect(png.readUInt32BE(16)).toBe(viewportWidth);
            expect(png.readUInt32BE(20)).toBe(Math.min(facts.height, maxShotHeight));
            // The severity filter: unticking info hides the info findings and keeps the others.
            const filtered = (await browser.send('Runtime.evaluate', {
                expression: `(() => {
            document.querySelector('#filter input[value="info"]').click();
            const visible = (selector) => [...document.querySelectorAll(selector)].filter((node) => node.offsetParent !== null).length;
            return {
              info: visible('li.finding.sev-info'),
              warning: visible('li.finding.sev-warning'),
              error: visible('li.finding.sev-error'),
              infoLines: visible('#objects li.brief.sev-info'),
              warningLines: visible('#objects li.brief.sev-warning') > 0,
            };
          })()`,
                returnByValue: true,
            }, sessionId));
            expect(filtered.result.value).toEqual({ info: 0, warning: result.summary.warning, error: result.summary.error, infoLines: 0, warningLines: true });
            expect(requested).toEqual([reportUrl]);
            expect(problems).toEqual([]);
            console.info(`html-browser: report ${(html.length / 1024).toFixed(0)} KiB, lint+render+launch+load ${(launchedAndLoaded - started).toFixed(0)} ms, ` +
                `total ${(performance.now() - started).toFixed(0)} ms, screenshot ${png.length} bytes at ${screenshotFile}`);
        }
        finally {
            await browser.close();
        }
    });
});
