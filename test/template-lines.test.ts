import { describe, expect, it } from 'vitest';
import { findInTemplate } from '../src/engine/template-lines.js';

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

const at = (line: number, column: number, endColumn: number, approximate = false) => ({
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
    expect(findInTemplate(template, 'Deployment', 0, ['spec', 'template', 'spec', 'containers', 0, 'resources', 'requests'])).toEqual(
      at(25, 9, 18, true),
    );
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
