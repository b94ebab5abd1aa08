import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fg from 'fast-glob';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/api.js';
import { checks } from '../../checks/index.js';
import { helmBin, kubectlBin } from '../support/binaries.js';
/**
 * The real-world corpus in ../shared/corpus: manifests written by others. Nothing here may crash the
 * linter, broken files must be reported at a position, and the two correctness checks must only
 * fire where the file is really wrong.
 */
const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const real = join(corpus, 'real');
const unparseable = join(real, '_unparseable');
const artifacts = join(import.meta.dirname, '..', 'artifacts');
// Real files outside _unparseable/ that repeat a key. Each is a genuine defect: one value is dropped.
const knownDuplicateKeys = {
    'kubernetes-engine-samples/streaming/kafka-confluent/manifests/05-replicator/my-target-cluster.yaml': 'requests',
    'kubernetes-engine-samples/streaming/kafka-confluent/manifests/05-replicator/replicator.yaml': 'requests',
    'kubernetes-engine-samples/streaming/kafka-confluent/manifests/06-confluent-platform/platform.yaml': 'requests',
    'kubernetes-examples/_archived/openshift-origin/etcd-controller.yaml': 'selector',
    'kubernetes-examples/_archived/openshift-origin/etcd-discovery-controller.yaml': 'selector',
    'kubernetes-examples/_archived/openshift-origin/openshift-controller.yaml': 'selector',
    'kubernetes-examples/_archived/persistent-volume-provisioning/quobyte/quobyte-admin-secret.yaml': 'type',
    'kubernetes-examples/_archived/volumes/scaleio/sc-pvc.yaml': 'storageClassName',
};
// Kustomize targets in real/ that cannot build here: the corpus copied manifests only, and there is no network.
const knownBuildFailures = {
    'real/argocd-example-apps/pre-post-sync': /\.\.\/kustomize-guestbook: lstat .*: no such file or directory/, // sibling app not copied
    'real/kubernetes-engine-samples/ai-ml/anthropic-agent-sandbox/deploy/overlays/01_single_session': /kustomize-config\.yaml: no such file/, // removed as not a manifest
    'real/kubernetes-engine-samples/ai-ml/anthropic-agent-sandbox/deploy/overlays/02_warmpool_autoscale': /kustomize-config\.yaml: no such file/,
    // a remote resource: refused before kubectl runs, as kubeready fetches nothing without --allow-remote
    'real/kubernetes-engine-samples/ai-ml/mix-train-and-inference/kueue/kustomization.yaml': /^not built: remote resource "https:\/\/github\.com\/.*manifests\.yaml" refused/,
};
// Every schema finding on the real corpus, each checked by hand: real defects of the files as written.
const knownSchemaFindings = {
    // The sample's InferenceModel uses fields the InferenceModel CRD in manifests.yaml beside it does not define.
    'kubernetes-engine-samples/ai-ml/infw-gw/examples/getting-started/inference-model-variables.yaml:23': 'schema-invalid',
    'kubernetes-engine-samples/ai-ml/infw-gw/examples/getting-started/inference-model-variables.yaml:24': 'schema-unknown-field',
    'kubernetes-engine-samples/ai-ml/infw-gw/examples/getting-started/inference-model-variables.yaml:28': 'schema-unknown-field',
    'kubernetes-engine-samples/ai-ml/infw-gw/examples/getting-started/inference-model.yaml:23': 'schema-invalid',
    'kubernetes-engine-samples/ai-ml/infw-gw/examples/getting-started/inference-model.yaml:24': 'schema-unknown-field',
    'kubernetes-engine-samples/ai-ml/infw-gw/examples/getting-started/inference-model.yaml:28': 'schema-unknown-field',
    // containerPort: PORT and port: PORT, a word left for the reader to replace.
    'kubernetes-engine-samples/networking/sctp/sctp-deployment.yaml:33': 'schema-invalid',
    'kubernetes-engine-samples/networking/sctp/sctp-deployment.yaml:45': 'schema-invalid',
    // protocol: tcp; the API accepts only TCP, UDP, SCTP.
    'kubernetes-examples/_archived/volumes/aws_ebs/aws-ebs-web.yaml:12': 'schema-invalid',
    'kubernetes-examples/_archived/volumes/cinder/cinder-web.yaml:12': 'schema-invalid',
    // lun: "<ADD LUN ID Here>" where an integer belongs.
    'kubernetes-examples/_archived/volumes/fibre_channel/fc.yaml:17': 'schema-invalid',
    // StorageClass parameters (imageformat, imagefeatures) written into an rbd volume, which has no such fields.
    'kubernetes-examples/_archived/volumes/rbd/rbd.yaml:25': 'schema-unknown-field',
    'kubernetes-examples/_archived/volumes/rbd/rbd.yaml:26': 'schema-unknown-field',
    // protectionDoamin: a typo of protectionDomain, silently dropped.
    'kubernetes-examples/_archived/volumes/scaleio/pod.yaml:17': 'schema-unknown-field',
    // storageos volumes take secretRef, not pool or secretName.
    'kubernetes-examples/_archived/volumes/storageos/storageos-pod.yaml:35': 'schema-unknown-field',
    'kubernetes-examples/_archived/volumes/storageos/storageos-pv.yaml:22': 'schema-unknown-field',
    // Not here: the corpus is a folder of checkouts without their .git, so a CRD validates only its own unit
    // (see crdSetsOf). kube-prometheus's PodMonitor CRD no longer judges prometheus-operator's examples, nor
    // tekton's config/300-crds its examples/ folder; in a git checkout of tekton the latter are found again.
};
describe.skipIf(!existsSync(real))('the real corpus', () => {
    let result;
    const fromReal = (finding) => relative(real, join(corpus, finding.file));
    beforeAll(async () => {
        result = await lint([real], { cwd: corpus, helm: { bin: helmBin }, kustomize: { bin: kubectlBin } });
        mkdirSync(artifacts, { recursive: true });
        const summary = report(result, fromReal);
        writeFileSync(join(artifacts, 'corpus-real.md'), summary);
        process.stdout.write(`${summary.split('\n\n| template-placeholder')[0]}\n`); // the per-check table, in the CI log
    }, 120_000);
    it('lints every file, and builds every kustomization, with no error but the known build failures', () => {
        expect(Object.fromEntries(result.errors.map((error) => [error.file, error.message]))).toEqual(Object.fromEntries(Object.entries(knownBuildFailures).map(([file, message]) => [file, expect.stringMatching(message)])));
        expect(result.summary.files).toBeGreaterThan(1400);
        expect(result.summary.objects).toBeGreaterThan(2700);
    });
    it('gives the same result on one thread, and from a cold and a warm --cache, as on worker threads', async () => {
        const scratch = mkdtempSync(join(tmpdir(), 'kubeready-corpus-cache-'));
        try {
            const options = { cwd: corpus, helm: { bin: helmBin }, kustomize: { bin: kubectlBin } };
            expect(await lint([real], { ...options, jobs: 1 })).toEqual(result);
            const cacheFile = join(scratch, 'parse-cache');
            const cold = await lint([real], { ...options, cacheFile });
            const warm = await lint([real], { ...options, cacheFile });
            expect({ ...cold, cache: undefined }).toEqual({ ...result, cache: undefined });
            expect({ ...warm, cache: undefined }).toEqual({ ...result, cache: undefined });
            expect(warm.cache?.hits).toBeGreaterThan(1300);
            expect(warm.cache?.misses).toBeLessThan(5); // files with .nan or .inf, which JSON cannot hold
        }
        finally {
            rmSync(scratch, { recursive: true, force: true });
        }
    }, 120_000);
    it('finds the same with every check called for every kind as with the kinds the checks declare', async () => {
        const unfiltered = checks.map((check) => (check.target === 'object' ? { ...check, kinds: undefined } : check));
        const options = { cwd: corpus, helm: { bin: helmBin }, kustomize: { bin: kubectlBin }, jobs: 1 };
        expect(unfiltered.some((check, i) => check !== checks[i])).toBe(true);
        expect(await lint([real], { ...options, checks: unfiltered })).toEqual(result);
    }, 120_000);
    it('reports every unparseable file at a position, as yaml-syntax or template-placeholder', () => {
        const files = fg.sync('**/*', { cwd: unparseable, onlyFiles: true });
        expect(files.length).toBe(19);
        for (const file of files) {
            const located = result.findings.filter((f) => fromReal(f) === `_unparseable/${file}` && ['yaml-syntax', 'template-placeholder'].includes(f.checkId) && f.line >= 1);
            expect(located.length, file).toBeGreaterThan(0);
        }
    });
    it('raises schema-invalid and schema-unknown-field only where the file is really wrong', () => {
        const schema = result.findings.filter((f) => f.checkId === 'schema-invalid' || f.checkId === 'schema-unknown-field');
        expect(Object.fromEntries(schema.map((f) => [`${fromReal(f)}:${f.line}`, f.checkId]))).toEqual(knownSchemaFindings);
    });
    it('raises yaml-syntax elsewhere only on the files that really repeat a key', () => {
        const elsewhere = result.findings.filter((f) => f.checkId === 'yaml-syntax' && !fromReal(f).startsWith('_unparseable/'));
        const actual = Object.fromEntries(elsewhere.map((f) => [fromReal(f), /Duplicate key "(.+?)"/.exec(f.message)?.[1]]));
        expect(actual).toEqual(knownDuplicateKeys);
    });
    it('never raises template-placeholder in shell, or in ConfigMap and Secret text', () => {
        for (const finding of result.findings.filter((f) => f.checkId === 'template-placeholder')) {
            expect(finding.path, `${finding.file}:${finding.line}`).not.toMatch(/(^|\.)(command|args)(\[|$)/);
            const inPayload = /^(data|stringData|binaryData|metadata\.annotations)\b/.test(finding.path);
            if (finding.object && ['ConfigMap', 'Secret'].includes(finding.object.kind) && inPayload) {
                // Only the unquoted {{VAR}} that YAML turns into a mapping is reported in their data.
                expect(finding.message, `${finding.file}:${finding.line}`).toContain('unquoted placeholder');
            }
        }
    });
    it('raises template-placeholder on envsubst templates in spec fields', () => {
        const networkMapping = result.findings.filter((f) => f.checkId === 'template-placeholder' && fromReal(f) === 'kubernetes-engine-samples/ai-ml/verl-on-gke/network-mapping.yaml');
        expect(networkMapping.some((f) => f.path === 'spec.vpc' && f.message.includes('${RDMA_NETWORK_PREFIX}'))).toBe(true);
    });
    it('does not take alert-rule templates of custom resources for placeholders', () => {
        const alertRules = result.findings.filter((f) => f.checkId === 'template-placeholder' && f.object?.kind === 'PrometheusRule');
        expect(alertRules).toEqual([]);
    });
    // Each remaining finding of these checks, read by hand:
    // - networkpolicy-uncovered, longhorn/deploy/longhorn.yaml (longhorn-driver-deployer): the bundle restricts 14
    //   components of longhorn-system with its own policies and leaves this Deployment's pods unrestricted.
    // - service-selects-nothing, kubernetes-examples/_archived/storage/vitess/vtgate-service.yaml: its pods come from
    //   vtgate-controller-template.yaml, a sed template upstream that the corpus keeps apart as unparseable; in the
    //   files as linted nothing runs them.
    it('judges each deployment unit alone: the checks that relate objects report only what the unit can know', () => {
        const counts = Object.fromEntries(['networkpolicy-uncovered', 'observability-colocated', 'networkpolicy-selects-nothing', 'service-selects-nothing'].map((id) => [
            id,
            result.findings.filter((finding) => finding.checkId === id).map((finding) => fromReal(finding)),
        ]));
        expect(counts).toEqual({
            'networkpolicy-uncovered': ['longhorn/deploy/longhorn.yaml'],
            'observability-colocated': [],
            'networkpolicy-selects-nothing': [],
            'service-selects-nothing': ['kubernetes-examples/_archived/storage/vitess/vtgate-service.yaml'],
        });
    });
    it('gives each project the same findings linted alone as in the whole corpus', async () => {
        const key = (finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.checkId} ${finding.message}`;
        const projects = readdirSync(real, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
        expect(projects.length).toBe(15); // 14 projects and _unparseable
        for (const project of projects) {
            const alone = await lint([join(real, project)], { cwd: corpus, helm: { bin: helmBin }, kustomize: { bin: kubectlBin } });
            const prefix = `${relative(corpus, join(real, project))}/`;
            expect(alone.findings.map(key), project).toEqual(result.findings.filter((finding) => finding.file.startsWith(prefix)).map(key));
        }
    }, 180_000);
});
describe.skipIf(!existsSync(corpus))('charts and kustomize layouts', () => {
    const tools = { helm: { bin: helmBin }, kustomize: { bin: kubectlBin } };
    it.each(['charts', 'kustomize'])('renders every one in %s from source, with no error', async (folder) => {
        // The *.rendered.yaml and *.built.yaml files beside them are what helm and kustomize made of them.
        const result = await lint([join(corpus, folder)], { ...tools, cwd: corpus, exclude: ['*.rendered.yaml', '*.built.yaml'] });
        expect(result.errors).toEqual([]);
        const rendered = new Set(result.findings.map((f) => f.rendered?.file));
        expect(rendered.has(undefined)).toBe(false);
        expect(result.summary.objects).toBeGreaterThan(100);
        if (folder === 'charts')
            expect(result.summary.files).toBe(6);
        // Every finding points into a file of the chart or layout, never at the rendered stream.
        for (const finding of result.findings)
            expect(existsSync(join(corpus, finding.file)), finding.file).toBe(true);
    });
    it('renders the kube-linter chart whose subchart is vendored as a .tgz', async () => {
        const result = await lint([join(corpus, 'peers', 'kube-linter', 'tests', 'testdata', 'mychart')], { ...tools, cwd: corpus });
        expect(result.errors).toEqual([]);
        expect(result.summary.objects).toBeGreaterThan(3);
    });
    it.each(['charts', 'kustomize'])('lints the pre-rendered files in %s as plain YAML, with no error', async (folder) => {
        const files = fg.sync('*.{rendered,built}.yaml', { cwd: join(corpus, folder), absolute: true });
        expect(files.length).toBeGreaterThan(4);
        const result = await lint(files, { cwd: process.cwd() });
        expect(result.errors).toEqual([]);
        expect(result.findings.filter((f) => f.checkId === 'yaml-syntax')).toEqual([]);
        expect(result.summary.objects).toBeGreaterThan(100);
    });
});
/** A Markdown summary for the closing notes: findings per check, and template-placeholder by file. */
function report(result, fromReal) {
    const perCheck = new Map(checks.map((check) => [check.meta.id, 0]));
    const placeholders = new Map();
    for (const finding of result.findings) {
        perCheck.set(finding.checkId, (perCheck.get(finding.checkId) ?? 0) + 1);
        if (finding.checkId === 'template-placeholder')
            placeholders.set(fromReal(finding), (placeholders.get(fromReal(finding)) ?? 0) + 1);
    }
    const rows = (map) => [...map].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, count]) => `| ${key} | ${count} |`);
    return [
        `# Corpus: ${result.summary.files} files, ${result.summary.objects} objects`,
        '',
        '| check | findings |',
        '| --- | --- |',
        ...rows(perCheck),
        '',
        '| template-placeholder: file | findings |',
        '| --- | --- |',
        ...rows(placeholders),
        '',
    ].join('\n');
}
