import { describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { lintText } from '../src/api.js';
/**
 * The fixes the checks attach to their reports, as data: each check runs through the engine (index,
 * settings, options) with its reports recorded on the way out.
 */
function fixesOf(id, text, settings = {}, config) {
    const check = checks.find((candidate) => candidate.meta.id === id);
    if (!check)
        throw new Error(`no check ${id}`);
    const reports = [];
    const recording = {
        ...check,
        check(object, context) {
            check.check(object, {
                ...context,
                report: (report) => {
                    reports.push(report);
                    context.report(report);
                },
            });
        },
    };
    lintText(text, 'fixture.yaml', [recording], config, settings);
    return reports.map((report) => report.fix);
}
function only(fixes) {
    expect(fixes).toHaveLength(1);
    return fixes[0];
}
const servedApi = (podSpec, selector = 'app: api') => `
apiVersion: v1
kind: Service
metadata: { name: api }
spec:
  selector: { ${selector} }
  ports: [{ port: 80 }]
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: api }
spec:
  replicas: 2
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
${podSpec}`;
describe('prestop-hook-missing', () => {
    const oneContainer = servedApi(`      containers:
        - { name: api, image: "registry.example.com/api:1.0.0" }`);
    it('adds the sleep action from Kubernetes 1.30, and an exec of sleep before', () => {
        expect(only(fixesOf('prestop-hook-missing', oneContainer, { kubernetesVersion: '1.30' }))?.edits).toEqual([
            { op: 'set', path: ['spec', 'template', 'spec', 'containers', 0, 'lifecycle', 'preStop'], value: { sleep: { seconds: 10 } } },
        ]);
        const before = only(fixesOf('prestop-hook-missing', oneContainer, { kubernetesVersion: '1.29' }));
        expect(before?.edits).toEqual([
            { op: 'set', path: ['spec', 'template', 'spec', 'containers', 0, 'lifecycle', 'preStop'], value: { exec: { command: ['sleep', '10'] } } },
        ]);
        expect(before?.description).toContain('sleep binary');
    });
    it('raises a grace period set below the default by the pause, and leaves the default alone', () => {
        const short = servedApi(`      terminationGracePeriodSeconds: 15
      containers:
        - { name: api, image: "registry.example.com/api:1.0.0" }`);
        expect(only(fixesOf('prestop-hook-missing', short))?.edits?.[1]).toEqual({
            op: 'set',
            path: ['spec', 'template', 'spec', 'terminationGracePeriodSeconds'],
            value: 25,
        });
        expect(only(fixesOf('prestop-hook-missing', oneContainer))?.edits).toHaveLength(1);
    });
    it('completes an empty hook, and leaves one with another handler, a zero or unknown grace period alone', () => {
        const empty = servedApi(`      containers:
        - { name: api, image: "registry.example.com/api:1.0.0", lifecycle: { preStop: {} } }`);
        expect(only(fixesOf('prestop-hook-missing', empty))?.edits?.[0]?.path).toEqual(['spec', 'template', 'spec', 'containers', 0, 'lifecycle', 'preStop', 'sleep']);
        const tcp = servedApi(`      containers:
        - { name: api, image: "registry.example.com/api:1.0.0", lifecycle: { preStop: { tcpSocket: { port: 80 } } } }`);
        expect(only(fixesOf('prestop-hook-missing', tcp))).toBeUndefined();
        for (const grace of ['0', '"{{ .Values.grace }}"']) {
            const odd = servedApi(`      terminationGracePeriodSeconds: ${grace}
      containers:
        - { name: api, image: "registry.example.com/api:1.0.0" }`);
            expect(only(fixesOf('prestop-hook-missing', odd))).toBeUndefined();
        }
        const scalarLifecycle = servedApi(`      containers:
        - { name: api, image: "registry.example.com/api:1.0.0", lifecycle: none }`);
        expect(only(fixesOf('prestop-hook-missing', scalarLifecycle))).toBeUndefined();
    });
});
describe('pdb-missing', () => {
    const workload = (kind, extra = '') => `
apiVersion: apps/v1
kind: ${kind}
metadata:
  name: api
  namespace: shop
  labels: { app.kubernetes.io/name: api }
spec:
  replicas: 3
  selector:
    matchLabels: { app: api }
    matchExpressions: [{ key: tier, operator: In, values: [web] }]
  template:
    metadata: { labels: { app: api, tier: web } }
    spec:
      containers: [{ name: api, image: "registry.example.com/api:1.0.0" }]
${extra}`;
    it('adds a budget over the workload\'s own selector, beside it', () => {
        expect(only(fixesOf('pdb-missing', workload('Deployment')))?.add).toEqual([
            {
                apiVersion: 'policy/v1',
                kind: 'PodDisruptionBudget',
                metadata: { name: 'api', namespace: 'shop', labels: { 'app.kubernetes.io/name': 'api' } },
                spec: {
                    maxUnavailable: 1,
                    unhealthyPodEvictionPolicy: 'AlwaysAllow',
                    selector: { matchLabels: { app: 'api' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['web'] }] },
                },
            },
        ]);
    });
    it('writes the default eviction policy out for a StatefulSet, and follows the target version', () => {
        expect(only(fixesOf('pdb-missing', workload('StatefulSet')))?.add?.[0]?.['spec']).toMatchObject({ unhealthyPodEvictionPolicy: 'IfHealthyBudget' });
        const at126 = only(fixesOf('pdb-missing', workload('Deployment'), { kubernetesVersion: '1.26' }))?.add?.[0];
        expect(at126?.apiVersion).toBe('policy/v1');
        expect(at126?.['spec']).not.toHaveProperty('unhealthyPodEvictionPolicy');
        expect(only(fixesOf('pdb-missing', workload('Deployment'), { kubernetesVersion: '1.20' }))?.add?.[0]?.apiVersion).toBe('policy/v1beta1');
    });
    it('uses the selector an old apiVersion made from the template labels, as the apps/v1 move writes it', () => {
        const old = workload('Deployment').replace('apps/v1', 'extensions/v1beta1').replace(/ {2}selector:\n.*\n.*\n/, '');
        expect(only(fixesOf('pdb-missing', old))?.add?.[0]?.['spec']).toMatchObject({ selector: { matchLabels: { app: 'api', tier: 'web' } } });
        expect(only(fixesOf('anti-affinity-missing', old))?.edits?.[0]?.value).toMatchObject({ podAffinityTerm: { labelSelector: { matchLabels: { app: 'api', tier: 'web' } } } });
        expect(fixesOf('pdb-missing', old.replace('extensions/v1beta1', 'apps/v1'))).toEqual([undefined]);
    });
    it('adds none when the selector selects another workload\'s pods too, or the name is taken', () => {
        const canary = `---
apiVersion: apps/v1
kind: Deployment
metadata: { name: api-canary, namespace: shop }
spec:
  replicas: 1
  selector: { matchLabels: { app: api, track: canary } }
  template:
    metadata: { labels: { app: api, tier: web, track: canary } }
    spec:
      containers: [{ name: api, image: "registry.example.com/api:1.1.0" }]`;
        expect(only(fixesOf('pdb-missing', workload('Deployment', canary)))).toBeUndefined();
        const taken = `---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: { name: api, namespace: shop }
spec:
  maxUnavailable: 1
  selector: { matchLabels: { app: other } }`;
        expect(only(fixesOf('pdb-missing', workload('Deployment', taken)))).toBeUndefined();
    });
});
describe('anti-affinity-missing', () => {
    const path = ['spec', 'template', 'spec', 'affinity', 'podAntiAffinity', 'preferredDuringSchedulingIgnoredDuringExecution'];
    const deployment = (affinity) => `
apiVersion: apps/v1
kind: Deployment
metadata: { name: api }
spec:
  replicas: 3
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api, version: "1.0" } }
    spec:
${affinity}
      containers: [{ name: api, image: "registry.example.com/api:1.0.0" }]`;
    it('appends a soft hostname term over the selector, keeping the other terms', () => {
        const withOther = deployment(`      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
            - weight: 10
              podAffinityTerm: { topologyKey: topology.kubernetes.io/zone, labelSelector: { matchLabels: { app: api } } }`);
        expect(only(fixesOf('anti-affinity-missing', withOther))?.edits).toEqual([
            {
                op: 'append',
                path,
                value: { weight: 100, podAffinityTerm: { labelSelector: { matchLabels: { app: 'api' } }, topologyKey: 'kubernetes.io/hostname' } },
            },
        ]);
    });
    it('goes through an empty value as through a missing one', () => {
        expect(only(fixesOf('anti-affinity-missing', deployment('      affinity:')))?.edits?.[0]?.path).toEqual(path);
    });
    it('offers none where the way is not a mapping or there is no selector of the pods', () => {
        expect(only(fixesOf('anti-affinity-missing', deployment('      affinity: none')))).toBeUndefined();
        const rollout = `
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: { name: api }
spec:
  replicas: 3
  template:
    metadata: { labels: { app: api } }
    spec:
      containers: [{ name: api, image: "registry.example.com/api:1.0.0" }]`;
        expect(only(fixesOf('anti-affinity-missing', rollout))).toBeUndefined();
    });
});
describe('api-deprecated and api-removed', () => {
    const workload = (apiVersion, kind, spec = '') => `
apiVersion: ${apiVersion}
kind: ${kind}
metadata: { name: agent }
spec:
${spec}  template:
    metadata: { labels: { app: agent, tier: node } }
    spec:
      containers: [{ name: agent, image: "registry.example.com/agent:1.0.0" }]`;
    it('moves a core workload to apps/v1 with a selector made from the template labels', () => {
        const fix = only(fixesOf('api-removed', workload('extensions/v1beta1', 'Deployment')));
        expect(fix?.edits).toEqual([
            { op: 'set', path: ['apiVersion'], value: 'apps/v1' },
            { op: 'set', path: ['spec', 'selector'], value: { matchLabels: { app: 'agent', tier: 'node' } } },
        ]);
        const selected = only(fixesOf('api-removed', workload('apps/v1beta2', 'StatefulSet', '  selector: { matchLabels: { app: agent } }\n')));
        expect(selected?.edits).toEqual([{ op: 'set', path: ['apiVersion'], value: 'apps/v1' }]);
    });
    it('writes out OnDelete where the old version defaulted to it', () => {
        expect(only(fixesOf('api-removed', workload('extensions/v1beta1', 'DaemonSet')))?.edits?.[2]).toEqual({
            op: 'set',
            path: ['spec', 'updateStrategy', 'type'],
            value: 'OnDelete',
        });
        expect(only(fixesOf('api-removed', workload('apps/v1beta1', 'StatefulSet', '  updateStrategy: { type: RollingUpdate }\n')))?.edits).toHaveLength(2);
        expect(only(fixesOf('api-removed', workload('apps/v1beta2', 'DaemonSet', '  selector: { matchLabels: { app: agent } }\n')))?.edits).toHaveLength(1);
    });
    it('offers none where a field the new version dropped is set, or the labels cannot be a selector', () => {
        expect(only(fixesOf('api-removed', workload('extensions/v1beta1', 'Deployment', '  rollbackTo: { revision: 2 }\n')))).toBeUndefined();
        expect(only(fixesOf('api-removed', workload('extensions/v1beta1', 'DaemonSet', '  templateGeneration: 3\n')))).toBeUndefined();
        const numericLabel = workload('extensions/v1beta1', 'ReplicaSet').replace('tier: node', 'tier: 1');
        expect(only(fixesOf('api-removed', numericLabel))).toBeUndefined();
    });
    const object = (apiVersion, kind, spec = '{}') => `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: { name: x }\nspec: ${spec}\n`;
    const newVersion = (id, text, kubernetesVersion = '1.35') => {
        const fix = only(fixesOf(id, text, { kubernetesVersion }));
        return fix?.edits?.find((edit) => edit.path[0] === 'apiVersion')?.value;
    };
    it('renames where the guide lists no change of shape, over several moves too', () => {
        expect(newVersion('api-removed', object('batch/v1beta1', 'CronJob'))).toBe('batch/v1');
        expect(newVersion('api-removed', object('rbac.authorization.k8s.io/v1beta1', 'ClusterRole'))).toBe('rbac.authorization.k8s.io/v1');
        expect(newVersion('api-removed', object('flowcontrol.apiserver.k8s.io/v1beta1', 'FlowSchema'))).toBe('flowcontrol.apiserver.k8s.io/v1');
        expect(newVersion('api-removed', object('policy/v1beta1', 'PodDisruptionBudget', '{ selector: { matchLabels: { app: a } } }'))).toBe('policy/v1');
        expect(newVersion('api-removed', object('autoscaling/v2beta2', 'HorizontalPodAutoscaler'))).toBe('autoscaling/v2');
        expect(newVersion('api-deprecated', object('extensions/v1beta1', 'Ingress'), '1.18')).toBe('networking.k8s.io/v1beta1');
    });
    it('offers none where the move changes fields or meaning, or there is nothing to move to', () => {
        const none = (id, text, kubernetesVersion = '1.35') => expect(only(fixesOf(id, text, { kubernetesVersion }))).toBeUndefined();
        none('api-removed', object('extensions/v1beta1', 'Ingress'));
        none('api-removed', object('networking.k8s.io/v1beta1', 'Ingress'));
        none('api-removed', object('policy/v1beta1', 'PodSecurityPolicy'));
        none('api-removed', object('policy/v1beta1', 'PodDisruptionBudget', '{ selector: {} }'));
        none('api-removed', object('autoscaling/v2beta1', 'HorizontalPodAutoscaler'));
        none('api-removed', object('autoscaling/v2beta2', 'HorizontalPodAutoscaler', '{ metrics: [{ type: Resource, resource: { name: cpu, targetAverageUtilization: 80 } }] }'));
        none('api-removed', object('apiextensions.k8s.io/v1beta1', 'CustomResourceDefinition'));
        none('api-removed', object('flowcontrol.apiserver.k8s.io/v1beta1', 'PriorityLevelConfiguration'));
        none('api-removed', object('rbac.authorization.k8s.io/v1alpha1', 'Role'));
        // Deprecated at 1.8, but apps/v1 is served only from 1.9.
        none('api-deprecated', workload('extensions/v1beta1', 'Deployment'), '1.8');
    });
});
describe('liveness-probe-aggressive', () => {
    it('raises the liveness failureThreshold until its window reaches the readiness one', () => {
        const text = `
apiVersion: apps/v1
kind: Deployment
metadata: { name: api }
spec:
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      containers:
        - name: api
          image: registry.example.com/api:1.0.0
          readinessProbe: { httpGet: { path: /ready, port: 80 }, periodSeconds: 15, failureThreshold: 4 }
          livenessProbe: { httpGet: { path: /live, port: 80 }, periodSeconds: 7 }`;
        expect(only(fixesOf('liveness-probe-aggressive', text))?.edits).toEqual([
            { op: 'set', path: ['spec', 'template', 'spec', 'containers', 0, 'livenessProbe', 'failureThreshold'], value: 9 },
        ]);
    });
});
describe('readiness-probe-slow', () => {
    const timing = (probe, max) => {
        const text = `
apiVersion: apps/v1
kind: Deployment
metadata: { name: api }
spec:
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      containers:
        - name: api
          image: registry.example.com/api:1.0.0
          readinessProbe: { httpGet: { path: /ready, port: 80 }${probe} }`;
        const config = max === undefined ? undefined : { 'readiness-probe-slow': { options: { maxSeconds: max } } };
        const fix = only(fixesOf('readiness-probe-slow', text, {}, config));
        return fix && Object.fromEntries((fix.edits ?? []).map((edit) => [edit.path[edit.path.length - 1], edit.value]));
    };
    it('lowers a high failureThreshold first, to no less than the default, then periodSeconds', () => {
        expect(timing(', periodSeconds: 10, failureThreshold: 10')).toEqual({ failureThreshold: 3 });
        expect(timing(', periodSeconds: 5, failureThreshold: 10')).toEqual({ failureThreshold: 6 });
        expect(timing(', periodSeconds: 30, failureThreshold: 5')).toEqual({ periodSeconds: 10, failureThreshold: 3 });
        expect(timing(', periodSeconds: 20, failureThreshold: 2')).toEqual({ periodSeconds: 15 });
        expect(timing('', 20)).toEqual({ periodSeconds: 6 });
        expect(timing(', periodSeconds: 5, failureThreshold: 3', 1)).toEqual({ periodSeconds: 1, failureThreshold: 1 });
    });
    it('offers none where periodSeconds would drop below timeoutSeconds', () => {
        expect(timing(', periodSeconds: 60, timeoutSeconds: 20')).toBeUndefined();
    });
});
describe('requests-missing', () => {
    const pod = `
apiVersion: v1
kind: Pod
metadata: { name: api }
spec:
  initContainers:
    - { name: setup, image: "registry.example.com/setup:1.0.0", resources: { requests: { cpu: 50m } } }
  containers:
    - { name: api, image: "registry.example.com/api:1.0.0" }`;
    it('sets only the values the config gives, and only when it gives all that is missing', () => {
        expect(fixesOf('requests-missing', pod)).toEqual([undefined, undefined]);
        const [container, init] = fixesOf('requests-missing', pod, { fix: { defaultRequests: { cpu: '100m', memory: '128Mi' } } });
        expect(container?.edits).toEqual([
            { op: 'set', path: ['spec', 'containers', 0, 'resources', 'requests', 'cpu'], value: '100m' },
            { op: 'set', path: ['spec', 'containers', 0, 'resources', 'requests', 'memory'], value: '128Mi' },
        ]);
        expect(init?.edits).toEqual([{ op: 'set', path: ['spec', 'initContainers', 0, 'resources', 'requests', 'memory'], value: '128Mi' }]);
        expect(fixesOf('requests-missing', pod, { fix: { defaultRequests: { memory: '128Mi' } } }).map((fix) => fix !== undefined)).toEqual([false, true]);
        expect(fixesOf('requests-missing', pod, { fix: { defaultRequests: { cpu: 'lots', memory: '128Mi' } } })[0]).toBeUndefined();
    });
});
