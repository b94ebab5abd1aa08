import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { checks } from '../checks/index.js';
import { lintText } from '../src/api.js';
import { containersOfAll, formatPath, isCustomWorkload, isWorkload, podTemplateOf, podTemplateViews, podTemplatesOf } from '../src/model/kinds.js';
import { buildIndex } from '../src/model/object-index.js';
import { declaredReplicas, isLongRunning, isReplicated, replicaFieldOf } from '../src/model/workloads.js';
/** Pod templates of workloads defined by custom resources: where they are, what runs them, how they relate. */
function objectsOf(text) {
    return parseAllDocuments(text).map((document) => document.toJS());
}
function objectOf(text) {
    const [object] = objectsOf(text);
    if (!object)
        throw new Error('no object');
    return object;
}
const container = (name, image = 'registry.example.com/app:1.0.0') => ({ name, image });
const template = (name, labels = {}) => ({ metadata: { labels }, spec: { containers: [container(name)] } });
const paths = (object) => podTemplatesOf(object).map((pod) => formatPath(pod.path));
describe('podTemplatesOf', () => {
    const cases = [
        ['Argo Rollout', { apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', spec: { template: template('a') } }, ['spec.template.spec']],
        ['DeploymentConfig', { apiVersion: 'apps.openshift.io/v1', kind: 'DeploymentConfig', spec: { template: template('a') } }, ['spec.template.spec']],
        ['DeploymentConfig as plain v1 (OpenShift 3)', { apiVersion: 'v1', kind: 'DeploymentConfig', spec: { template: template('a') } }, ['spec.template.spec']],
        ['Knative Service', { apiVersion: 'serving.knative.dev/v1', kind: 'Service', spec: { template: { spec: { containers: [{ image: 'x:1' }] } } } }, ['spec.template.spec']],
        ['Knative Configuration', { apiVersion: 'serving.knative.dev/v1', kind: 'Configuration', spec: { template: template('a') } }, ['spec.template.spec']],
        ['KEDA ScaledJob', { apiVersion: 'keda.sh/v1alpha1', kind: 'ScaledJob', spec: { jobTargetRef: { template: template('a') } } }, ['spec.jobTargetRef.template.spec']],
        [
            'JobSet',
            { apiVersion: 'jobset.x-k8s.io/v1alpha2', kind: 'JobSet', spec: { replicatedJobs: [{ name: 'a', template: { spec: { template: template('a') } } }, { name: 'b', template: { spec: { template: template('b') } } }] } },
            ['spec.replicatedJobs[0].template.spec.template.spec', 'spec.replicatedJobs[1].template.spec.template.spec'],
        ],
        [
            'LeaderWorkerSet',
            { apiVersion: 'leaderworkerset.x-k8s.io/v1', kind: 'LeaderWorkerSet', spec: { leaderWorkerTemplate: { leaderTemplate: template('l'), workerTemplate: template('w') } } },
            ['spec.leaderWorkerTemplate.leaderTemplate.spec', 'spec.leaderWorkerTemplate.workerTemplate.spec'],
        ],
        [
            'PyTorchJob',
            { apiVersion: 'kubeflow.org/v1', kind: 'PyTorchJob', spec: { pytorchReplicaSpecs: { Master: { template: template('m') }, Worker: { replicas: 3, template: template('w') } } } },
            ['spec.pytorchReplicaSpecs.Master.template.spec', 'spec.pytorchReplicaSpecs.Worker.template.spec'],
        ],
        [
            'RayCluster',
            { apiVersion: 'ray.io/v1', kind: 'RayCluster', spec: { headGroupSpec: { template: template('h') }, workerGroupSpecs: [{ groupName: 'a', template: template('a') }, { groupName: 'b', template: template('b') }] } },
            ['spec.headGroupSpec.template.spec', 'spec.workerGroupSpecs[0].template.spec', 'spec.workerGroupSpecs[1].template.spec'],
        ],
        [
            'RayJob',
            { apiVersion: 'ray.io/v1', kind: 'RayJob', spec: { rayClusterSpec: { headGroupSpec: { template: template('h') } }, submitterPodTemplate: template('s') } },
            ['spec.rayClusterSpec.headGroupSpec.template.spec', 'spec.submitterPodTemplate.spec'],
        ],
        [
            'RayService',
            { apiVersion: 'ray.io/v1', kind: 'RayService', spec: { rayClusterConfig: { headGroupSpec: { template: template('h') }, workerGroupSpecs: [{ template: template('w') }] } } },
            ['spec.rayClusterConfig.headGroupSpec.template.spec', 'spec.rayClusterConfig.workerGroupSpecs[0].template.spec'],
        ],
        [
            'an unknown custom resource, by structural walk',
            { apiVersion: 'batch.volcano.sh/v1alpha1', kind: 'Job', spec: { tasks: [{ name: 'm', template: template('m') }, { name: 'w', template: template('w') }] } },
            ['spec.tasks[0].template.spec', 'spec.tasks[1].template.spec'],
        ],
        ['a template without images', { apiVersion: 'example.com/v1', kind: 'Widget', spec: { template: { spec: { containers: [{ name: 'a' }] } } } }, []],
        ['a Kyverno pattern', { apiVersion: 'kyverno.io/v1', kind: 'ClusterPolicy', spec: { rules: [{ validate: { pattern: { spec: { template: template('a') } } } }] } }, []],
        ['chart values', { apiVersion: 'helm.toolkit.fluxcd.io/v2', kind: 'HelmRelease', spec: { values: { app: { template: template('a') } } } }, []],
        ['a core PodTemplate', { apiVersion: 'v1', kind: 'PodTemplate', template: template('a') }, []],
        ['a Rollout with workloadRef', { apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', spec: { workloadRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' } } }, []],
        ['a kind named constructor', { apiVersion: 'ray.io/v1', kind: 'constructor', spec: {} }, []],
        ['a built-in Deployment', { apiVersion: 'apps/v1', kind: 'Deployment', spec: { template: template('a') } }, ['spec.template.spec']],
    ];
    it.each(cases)('%s', (_name, object, expected) => {
        expect(paths(object)).toEqual(expected);
        expect(isWorkload(object)).toBe(expected.length > 0);
        if (object.apiVersion !== 'apps/v1')
            expect(isCustomWorkload(object)).toBe(expected.length > 0);
    });
    it('keeps the built-in API: podTemplateOf is the first template, containersOfAll lists every template', () => {
        const ray = cases.find(([name]) => name === 'RayCluster')?.[1];
        expect(podTemplateOf(ray)?.path).toEqual(['spec', 'headGroupSpec', 'template', 'spec']);
        expect(containersOfAll(ray).map((at) => formatPath(at.path))).toEqual([
            'spec.headGroupSpec.template.spec.containers[0]',
            'spec.workerGroupSpecs[0].template.spec.containers[0]',
            'spec.workerGroupSpecs[1].template.spec.containers[0]',
        ]);
    });
    it('gives one view per template, each with the same fields and that template', () => {
        const ray = cases.find(([name]) => name === 'RayCluster')?.[1];
        const views = podTemplateViews(ray);
        expect(views).toHaveLength(3);
        expect(views[0]).toBe(ray);
        expect(views.map((view) => formatPath(podTemplateOf(view)?.path ?? []))).toEqual(paths(ray));
        expect(views[2]?.['spec']).toBe(ray['spec']);
        expect(podTemplateViews(ray)).toBe(views);
        const deployment = { apiVersion: 'apps/v1', kind: 'Deployment', spec: { template: template('a') } };
        expect(podTemplateViews(deployment)).toEqual([deployment]);
    });
});
describe('replicas of custom resources', () => {
    const rollout = objectOf(`
apiVersion: argoproj.io/v1alpha1
kind: Rollout
spec:
  template: { spec: { containers: [{ name: a, image: "a:1" }] } }`);
    const ray = objectOf(`
apiVersion: ray.io/v1
kind: RayCluster
spec:
  headGroupSpec: { template: { spec: { containers: [{ name: h, image: "r:1" }] } } }
  workerGroupSpecs:
    - { groupName: w, replicas: 4, template: { spec: { containers: [{ name: w, image: "r:1" }] } } }`);
    const knative = objectOf(`
apiVersion: serving.knative.dev/v1
kind: Service
spec:
  template: { spec: { containers: [{ image: "k:1" }] } }`);
    const pytorch = objectOf(`
apiVersion: kubeflow.org/v1
kind: PyTorchJob
spec:
  pytorchReplicaSpecs:
    Worker: { template: { spec: { containers: [{ name: w, image: "p:1" }] } } }`);
    it('reads a Rollout spec.replicas, 1 when unset', () => {
        expect(isReplicated(rollout)).toBe(true);
        expect(replicaFieldOf(rollout)).toEqual({ path: ['spec', 'replicas'], value: undefined, unset: 1 });
    });
    it('reads a Ray worker group replicas through its view; the head has none', () => {
        const [head, worker] = podTemplateViews(ray);
        expect(head && isReplicated(head)).toBe(false);
        expect(head && replicaFieldOf(head)).toBeUndefined();
        expect(worker && declaredReplicas(worker)).toBe(4);
        expect(worker && replicaFieldOf(worker)?.path).toEqual(['spec', 'workerGroupSpecs', 0, 'replicas']);
        expect(worker && isLongRunning(worker)).toBe(true);
    });
    it('knows no replica count for a Knative Service, and does not call a training job long-running', () => {
        expect(isLongRunning(knative)).toBe(true);
        expect(isReplicated(knative)).toBe(false);
        expect(isLongRunning(pytorch)).toBe(false);
        expect(replicaFieldOf(pytorch)).toEqual({ path: ['spec', 'pytorchReplicaSpecs', 'Worker', 'replicas'], value: undefined, unset: 1 });
        expect(isReplicated(pytorch)).toBe(false);
    });
});
describe('the object index and custom resource workloads', () => {
    const objects = objectsOf(`
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: 0
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec: { containers: [{ name: web, image: "web:1" }] }
---
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: { name: web }
spec:
  replicas: 3
  workloadRef: { apiVersion: apps/v1, kind: Deployment, name: web }
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: web }
spec:
  scaleTargetRef: { apiVersion: argoproj.io/v1alpha1, kind: Rollout, name: web }
  minReplicas: 2
  maxReplicas: 5
---
apiVersion: ray.io/v1
kind: RayCluster
metadata: { name: ray }
spec:
  headGroupSpec: { template: { metadata: { labels: { role: head } }, spec: { containers: [{ name: h, image: "r:1" }] } } }
  workerGroupSpecs:
    - { groupName: w, template: { metadata: { labels: { role: worker } }, spec: { containers: [{ name: w, image: "r:1" }] } } }
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: { name: workers }
spec:
  maxUnavailable: 1
  selector: { matchLabels: { role: worker } }
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  selector: { app: web }
  ports: [{ port: 80 }]`);
    const index = buildIndex(objects);
    const [deployment, rollout, hpa, ray, budget, service] = index.objects;
    it('gives a workloadRef Rollout the pods of the Deployment it names', () => {
        expect(rollout?.pod).toBe(deployment?.pod);
        expect(rollout && index.autoscalersOf(rollout)).toEqual([hpa]);
        expect(index.podsSelectedByMap({ app: 'web' }, '').map((entry) => entry.ref.kind)).toEqual(['Deployment', 'Rollout']);
        expect(rollout && index.servicesSelecting(rollout)).toEqual([service]);
    });
    it('has one workload per Ray template, each related through its own labels', () => {
        const workloads = index.workloads.filter((entry) => entry.ref.kind === 'RayCluster');
        expect(workloads).toHaveLength(2);
        expect(workloads[0]).toBe(ray);
        const worker = workloads[1];
        expect(worker?.ref).toEqual(ray?.ref);
        expect(worker && index.budgetsSelecting(worker)).toEqual([budget]);
        expect(ray && index.budgetsSelecting(ray)).toEqual([]);
        const view = podTemplateViews(objects[3])[1];
        expect(view && index.entryOf(view)).toBe(worker);
        // The index's list of objects holds each object once.
        expect(index.objects.filter((entry) => entry.ref.kind === 'RayCluster')).toHaveLength(1);
    });
});
describe('checks on custom resource workloads', () => {
    const rollout = `apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: api
  labels: { team: a }
spec:
  replicas: 3
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      containers:
        - name: api
          image: registry.example.com/api:latest
          securityContext:
            privileged: true
`;
    it('finds an Argo Rollout privileged on :latest, which used to give no finding', () => {
        const ids = new Set(['image-untagged', 'pss-privileged', 'run-as-root']);
        const { findings } = lintText(rollout, 'rollout.yaml', checks.filter((check) => ids.has(check.meta.id)));
        expect(findings.map((finding) => `${finding.line} ${finding.checkId} ${finding.path}`).sort()).toEqual([
            '16 image-untagged spec.template.spec.containers[0].image',
            '17 run-as-root spec.template.spec.containers[0].securityContext',
            '18 pss-privileged spec.template.spec.containers[0].securityContext.privileged',
        ]);
        expect(findings.every((finding) => finding.container === 'api')).toBe(true);
    });
    it('reports what a check says of the object itself once, however many templates it has', () => {
        const ray = `apiVersion: ray.io/v1
kind: RayCluster
metadata:
  name: ray
spec:
  headGroupSpec:
    template:
      spec:
        containers: [{ name: head, image: "rayproject/ray" }]
  workerGroupSpecs:
    - groupName: a
      template:
        spec:
          containers: [{ name: a, image: "rayproject/ray" }]
    - groupName: b
      template:
        spec:
          containers: [{ name: b, image: "rayproject/ray:2.9.0" }]
`;
        const selected = checks.filter((check) => check.meta.id === 'image-untagged' || check.meta.id === 'labels-required');
        const { findings } = lintText(ray, 'ray.yaml', selected, { 'labels-required': { options: { requiredLabels: ['team'] } } });
        const summary = findings.map((finding) => `${finding.line} ${finding.checkId}`);
        expect(summary.filter((line) => line.endsWith('image-untagged'))).toEqual(['9 image-untagged', '14 image-untagged']);
        const labelFindings = findings.filter((finding) => finding.checkId === 'labels-required');
        expect(new Set(labelFindings.map((finding) => `${finding.path} ${finding.message}`)).size).toBe(labelFindings.length);
    });
    it('does not check a workloadRef Rollout twice: the Deployment holds the template', () => {
        const text = `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: 0
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers: [{ name: web, image: "registry.example.com/web" }]
---
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: { name: web }
spec:
  replicas: 3
  selector: { matchLabels: { app: web } }
  workloadRef: { apiVersion: apps/v1, kind: Deployment, name: web }
`;
        const { findings } = lintText(text, 'web.yaml', checks.filter((check) => check.meta.id === 'image-untagged'));
        expect(findings.map((finding) => `${finding.line} ${finding.object?.kind}`)).toEqual(['10 Deployment']);
    });
});
describe('suppressions on custom resource workloads', () => {
    // As on a Deployment's template, the annotation speaks for the whole object: every template's findings.
    it('honours a kubeready.io/ignore annotation on any pod template of the object, a list item too', () => {
        const text = `apiVersion: ray.io/v1
kind: RayCluster
metadata:
  name: ray
spec:
  headGroupSpec:
    template:
      spec:
        containers: [{ name: head, image: "rayproject/ray" }]
  workerGroupSpecs:
    - groupName: a
      template:
        metadata:
          annotations:
            kubeready.io/ignore: "image-untagged -- the worker image is pinned by the operator"
        spec:
          containers: [{ name: a, image: "rayproject/ray" }]
`;
        const result = lintText(text, 'ray.yaml', checks.filter((check) => check.meta.id === 'image-untagged'));
        expect(result.findings).toEqual([]);
        expect(result.suppressed.map((finding) => finding.path)).toEqual([
            'spec.headGroupSpec.template.spec.containers[0].image',
            'spec.workerGroupSpecs[0].template.spec.containers[0].image',
        ]);
    });
});
describe('messages about one of several pod templates', () => {
    it('name the template: pdb-missing on a Ray worker group', () => {
        const text = `apiVersion: ray.io/v1
kind: RayCluster
metadata:
  name: ray
spec:
  headGroupSpec:
    template:
      spec:
        containers: [{ name: head, image: "rayproject/ray:2.9.0" }]
  workerGroupSpecs:
    - groupName: cpu
      replicas: 3
      template:
        spec:
          containers: [{ name: worker, image: "rayproject/ray:2.9.0" }]
`;
        const { findings } = lintText(text, 'ray.yaml', checks.filter((check) => check.meta.id === 'pdb-missing'));
        expect(findings.map((finding) => [finding.line, finding.path, finding.message])).toEqual([
            [12, 'spec.workerGroupSpecs[0].replicas', 'RayCluster "ray" worker group "cpu" runs 3 replicas, but no PodDisruptionBudget selects its pods.'],
        ]);
    });
});
