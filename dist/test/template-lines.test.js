import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/api.js';
import { findInTemplate } from '../src/engine/template-lines.js';
import { helmBin } from './support/binaries.js';
const template = [
    '{{- if .Values.serviceAccount.create }}', // 1
    'apiVersion: v1', // 2
    'kind: ServiceAccount', // 3
    'metadata:', // 4
    '  name: {{ include "app.fullname" . }}', // 5
    '---', // 6
    '{{- end }}', // 7
    'apiVersion: apps/v1', // 8
    'kind: Deployment', // 9
    'metadata:', // 10
    '  name: {{ include "app.fullname" . }}', // 11
    '  labels:', // 12
    '    {{- include "app.labels" . | nindent 4 }}', // 13
    'spec:', // 14
    '  {{- if not .Values.autoscaling.enabled }}', // 15
    '  replicas: {{ .Values.replicaCount }}', // 16
    '  {{- end }}', // 17
    '  template:', // 18
    '    spec:', // 19
    '      containers:', // 20
    '      - name: {{ .Chart.Name }}', // 21
    '        image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"', // 22
    '        livenessProbe: # a comment, not a value', // 23
    '          httpGet: { path: /healthz, port: http }', // 24
    '        resources:', // 25
    '          {{- toYaml .Values.resources | nindent 12 }}', // 26
    '      - name: sidecar', // 27
    '        "image": busybox', // 28
    '---', // 29
    'apiVersion: v1', // 30
    'kind: Service', // 31
    'spec:', // 32
    '  ports:', // 33
    '    - port: 80', // 34
    '      targetPort: http', // 35
].join('\n');
const at = (line, column, endColumn, approximate = false) => ({
    range: { line, column, endLine: line, endColumn },
    approximate,
});
describe('findInTemplate', () => {
    it('follows keys past lines that only hold template actions, to a scalar value', () => {
        expect(findInTemplate(template, 'Deployment', 0, ['spec', 'replicas'])).toEqual(at(16, 13, 39));
        expect(findInTemplate(template, 'Deployment', 0, ['spec', 'template', 'spec', 'containers', 0, 'image'])).toEqual(at(22, 16, 72));
    });
    it('points at a block key, not at a comment after it', () => {
        expect(findInTemplate(template, 'Deployment', 0, ['spec', 'template', 'spec', 'containers', 0, 'livenessProbe'])).toEqual(at(23, 9, 22));
    });
    it('counts sequence items written at their key\'s own indentation, and reads quoted keys', () => {
        expect(findInTemplate(template, 'Deployment', 0, ['spec', 'template', 'spec', 'containers', 1])).toEqual(at(27, 7, 22));
        expect(findInTemplate(template, 'Deployment', 0, ['spec', 'template', 'spec', 'containers', 1, 'image'])).toEqual(at(28, 18, 25));
    });
    it('stops at the deepest part written out, approximately, when toYaml produces the rest', () => {
        expect(findInTemplate(template, 'Deployment', 0, ['spec', 'template', 'spec', 'containers', 0, 'resources', 'requests'])).toEqual(at(25, 9, 18, true));
        expect(findInTemplate(template, 'Deployment', 0, ['metadata', 'labels', 'app'])).toEqual(at(12, 3, 9, true));
    });
    it('picks the section by kind, so a section an if left out does not shift the others', () => {
        expect(findInTemplate(template, 'Service', 0, ['spec', 'ports', 0, 'targetPort'])).toEqual(at(35, 19, 23));
        expect(findInTemplate(template, 'ServiceAccount', 0, ['metadata', 'name'])).toEqual(at(5, 9, 39));
    });
    it('is approximate for a loop that renders one section more often than it is written', () => {
        expect(findInTemplate(template, 'Service', 2, ['spec', 'ports', 0, 'port'])).toEqual(at(34, 13, 15, true));
    });
    it('falls back to the first line of the section when the kind is templated or the path is empty', () => {
        expect(findInTemplate(template, 'ConfigMap', 0, ['data', 'x'])).toEqual(at(2, 1, 15, true));
        expect(findInTemplate(template, 'Deployment', 0, [])).toEqual(at(8, 1, 20, true));
    });
});
// Modelled on kube-state-metrics' templates/role.yaml: each rule is written inside an if on the collectors.
const role = [
    '{{- if and (eq .Values.rbac.create true) (not .Values.rbac.useExistingRole) -}}', // 1
    '{{- range (ternary (join "," .Values.namespaces | split "," ) (list "") (eq $.Values.rbac.useClusterRole false)) }}', // 2
    '---', // 3
    'apiVersion: rbac.authorization.k8s.io/v1', // 4
    '{{- if eq $.Values.rbac.useClusterRole false }}', // 5
    'kind: Role', // 6
    '{{- else }}', // 7
    'kind: ClusterRole', // 8
    '{{- end }}', // 9
    'metadata:', // 10
    '  name: {{ template "ksm.fullname" $ }}', // 11
    '{{- $activeCollectors := include "ksm.collectors" $ | fromYamlArray }}', // 12
    '{{- if and $.Values.rbac.useClusterRole $.Values.rbac.clusterRoleSelectors }}', // 13
    'aggregationRule:', // 14
    '  clusterRoleSelectors: {{- toYaml $.Values.rbac.clusterRoleSelectors | nindent 4 }}', // 15
    '{{- else }}', // 16
    'rules:', // 17
    '- apiGroups: [""]', // 18
    '  resources: ["nodes"]', // 19
    '  verbs: ["list", "watch"]', // 20
    '{{ if has "configmaps" $activeCollectors }}', // 21
    '- apiGroups: [""]', // 22
    '  resources:', // 23
    '  - configmaps', // 24
    '  verbs: ["list", "watch"]', // 25
    '{{ end -}}', // 26
    '{{ if has "persistentvolumes" $activeCollectors }}', // 27
    '- apiGroups: [""]', // 28
    '  resources:', // 29
    '  - persistentvolumes', // 30
    '  verbs: ["list", "watch"]', // 31
    '{{ end -}}', // 32
    '{{ if has "secrets" $activeCollectors }}', // 33
    '- apiGroups: [""]', // 34
    '  resources:', // 35
    '  - secrets', // 36
    '  verbs: ["list", "watch"]', // 37
    '{{ end -}}', // 38
    '{{- end }}', // 39
    '{{- end }}', // 40
    '{{- end -}}', // 41
].join('\n');
describe('findInTemplate, in a template whose list items are inside if, with and range blocks', () => {
    it('marks an item approximate when the ifs before it may have left items out (collectors without persistentvolumes)', () => {
        // Rendered with the collectors configmaps and secrets, rules[2] is the secrets rule: the text cannot
        // tell, so the best guess (the third rule written, on persistentvolumes) is approximate, never exact.
        expect(findInTemplate(role, 'ClusterRole', 0, ['rules', 2, 'resources', 0])).toEqual(at(30, 3, 22, true));
        expect(findInTemplate(role, 'ClusterRole', 0, ['rules', 3])).toEqual(at(34, 1, 18, true));
        expect(findInTemplate(role, 'ClusterRole', 0, ['rules', 1, 'verbs'])).toEqual(at(25, 10, 27, true));
        // The rule written before any block is where the text says, whatever the collectors.
        expect(findInTemplate(role, 'ClusterRole', 0, ['rules', 0, 'resources'])).toEqual(at(19, 14, 23));
    });
    it('finds the only section of a kind, in a loop, for every object the loop rendered', () => {
        expect(findInTemplate(role, 'Role', 2, ['metadata', 'name'])).toEqual(at(11, 9, 40));
        expect(findInTemplate(role, 'Role', 1, ['rules', 0])).toEqual(at(18, 1, 18));
    });
    const deployment = [
        'apiVersion: apps/v1', // 1
        'kind: Deployment', // 2
        'spec:', // 3
        '  {{- if .Values.fixed }}', // 4
        '  replicas: 1', // 5
        '  {{- else }}', // 6
        '  replicas: {{ .Values.replicas }}', // 7
        '  {{- end }}', // 8
        '  {{- if .Values.paused }}', // 9
        '  paused: true', // 10
        '  {{- end }}', // 11
        '  template:', // 12
        '    spec:', // 13
        '      containers:', // 14
        '      {{- $port := .Values.port }}', // 15
        '      {{- /* the app comes first */}}', // 16
        '      - name: app', // 17
        '        {{- if .Values.debug }}', // 18
        '        args: [--debug]', // 19
        '        {{- end }}', // 20
        '        {{- toYaml .Values.resources | nindent 8 }}', // 21
        '      {{- if .Values.tls }}', // 22
        '      - name: proxy', // 23
        '        image: envoy', // 24
        '      {{- else }}', // 25
        '      - name: plain-proxy', // 26
        '        image: nginx', // 27
        '      {{- end }}', // 28
        '      - name: logger', // 29
        '        image: fluent-bit', // 30
        '      {{- with .Values.extraContainers }}', // 31
        '      {{- toYaml . | nindent 6 }}', // 32
        '      {{- end }}', // 33
        '      - name: last', // 34
        '      volumes:', // 35
        '      {{- range .Values.volumes }}', // 36
        '      - name: {{ .name }}', // 37
        '      {{- end }}', // 38
        '      - name: tmp', // 39
    ].join('\n');
    const containers = ['spec', 'template', 'spec', 'containers'];
    it('is exact past blocks that cannot change the count, and approximate inside those that choose the item', () => {
        // Only an item's own fields, or actions that print nothing, lie before the app and the logger.
        expect(findInTemplate(deployment, 'Deployment', 0, [...containers, 0])).toEqual(at(17, 7, 18));
        // One of the two proxies: which one, the text does not say.
        expect(findInTemplate(deployment, 'Deployment', 0, [...containers, 1])).toEqual(at(23, 7, 20, true));
        // Either branch writes one container, so the logger is the third either way (not plain-proxy, the third written).
        expect(findInTemplate(deployment, 'Deployment', 0, [...containers, 2, 'image'])).toEqual(at(30, 16, 26));
    });
    it('is approximate after a block or an action that may print items at the list\'s indentation, or a loop', () => {
        expect(findInTemplate(deployment, 'Deployment', 0, [...containers, 3])).toEqual(at(34, 7, 19, true));
        expect(findInTemplate(deployment, 'Deployment', 0, ['spec', 'template', 'spec', 'volumes', 0])).toEqual(at(37, 7, 26, true));
        expect(findInTemplate(deployment, 'Deployment', 0, ['spec', 'template', 'spec', 'volumes', 1])).toEqual(at(39, 7, 18, true));
    });
    it('is approximate for a key written in both branches of an if, exact for one written once inside an if', () => {
        expect(findInTemplate(deployment, 'Deployment', 0, ['spec', 'replicas'])).toEqual(at(5, 13, 14, true));
        expect(findInTemplate(deployment, 'Deployment', 0, ['spec', 'paused'])).toEqual(at(10, 11, 15));
    });
    it('is approximate for a section that an earlier section of its kind, left out by an if, may stand in for', () => {
        const main = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: main'];
        const more = ['{{- if .Values.more }}', '---', 'apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: more', '{{- end }}'];
        const extra = ['{{- if .Values.extra }}', 'apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: extra', '---', '{{- end }}'];
        // extra, main, more: with extra left out, the first ConfigMap is main and the second more.
        const three = [...extra, ...main, ...more].join('\n');
        expect(findInTemplate(three, 'ConfigMap', 0, ['metadata', 'name'])).toEqual(at(5, 9, 14, true));
        expect(findInTemplate(three, 'ConfigMap', 1, ['metadata', 'name'])).toEqual(at(11, 9, 13, true));
        // main, then more: each is where the text says.
        const two = [...main, ...more].join('\n');
        expect(findInTemplate(two, 'ConfigMap', 0, ['metadata', 'name'])).toEqual(at(4, 9, 13));
        expect(findInTemplate(two, 'ConfigMap', 1, ['metadata', 'name'])).toEqual(at(10, 9, 13));
    });
});
const corpus = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
const kubeStateMetrics = join(corpus, 'charts', 'kube-state-metrics');
describe.skipIf(!existsSync(kubeStateMetrics))('the kube-state-metrics chart, rendered by helm with its default values', () => {
    it('marks the findings on the rules of its ClusterRole approximate, each rule being inside an if on the collectors', async () => {
        const { errors, findings } = await lint([kubeStateMetrics], { cwd: corpus, helm: { bin: helmBin } });
        expect(errors).toEqual([]);
        const onRules = findings.filter((f) => f.file === 'charts/kube-state-metrics/templates/role.yaml' && f.path.startsWith('rules['));
        // The default collectors leave out six rules written before secrets (endpoints, ingressclasses and four on RBAC
        // objects): the 29th rule written renders as rules[22], and the 23rd written (persistentvolumes) is the best guess.
        expect(onRules.find((f) => f.checkId === 'rbac-secrets-access')).toMatchObject({ path: 'rules[22].resources[0]', line: 158, approximate: true });
        expect(onRules.length).toBeGreaterThan(0);
        for (const finding of onRules)
            expect(finding, `${finding.checkId} ${finding.path}`).toMatchObject({ approximate: true });
        // The container's image, before any block of its list, stays exact.
        const image = findings.find((f) => f.file === 'charts/kube-state-metrics/templates/deployment.yaml' && f.path.endsWith('containers[0].image'));
        expect(image).toMatchObject({ line: 168, approximate: false });
    });
});
