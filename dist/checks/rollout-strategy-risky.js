import { defineObjectCheck } from '../src/engine/check.js';
import { describeRef, replicaFloor } from '../src/model/disruptions.js';
import { isKind, isRecord } from '../src/model/kinds.js';
import { findPlaceholder } from '../src/model/placeholder.js';
/**
 * An int-or-percent of a rolling update as the Deployment controller scales it (ResolveFenceposts in
 * pkg/controller/deployment/util): a percentage of the replicas, rounded up for maxSurge and down for
 * maxUnavailable. Undefined when it is neither an integer nor a percentage.
 */
function scaled(value, replicas, roundUp) {
    if (typeof value === 'number')
        return Number.isInteger(value) ? value : undefined;
    if (typeof value !== 'string')
        return undefined;
    const text = value.trim();
    const percent = /^(\d+)%$/.exec(text);
    if (percent?.[1]) {
        const exact = (Number(percent[1]) * replicas) / 100;
        return roundUp ? Math.ceil(exact) : Math.floor(exact);
    }
    return /^\d+$/.test(text) ? Number(text) : undefined;
}
/**
 * A Service that only exposes metrics (its name, or the name of every port, says metrics): a scraper misses
 * a few samples during a rollout, no client loses its backend.
 */
function onlyMetrics(service) {
    if (/metrics$/i.test(service.ref.name))
        return true;
    const spec = service.object['spec'];
    const ports = isRecord(spec) ? spec['ports'] : undefined;
    if (!Array.isArray(ports) || ports.length === 0)
        return false;
    return ports.every((port) => isRecord(port) && typeof port['name'] === 'string' && /metrics/i.test(port['name']));
}
/** `Service "a", Service "b"`: each name once (variants of a Service in several files count once). */
function serviceNames(services) {
    const names = [...new Set(services.map((service) => service.ref.name))];
    const shown = names.slice(0, 3).map((name) => `Service "${name}"`);
    return names.length > 3 ? `${shown.join(', ')} and ${names.length - 3} more` : shown.join(', ');
}
export default defineObjectCheck({
    meta: {
        id: 'rollout-strategy-risky',
        title: 'Deployment rollout that takes every pod down',
        severity: 'warning',
        category: 'disruptions',
        description: 'Fires on a Deployment whose rollout takes all its pods down at once: strategy.type Recreate while a Service ' +
            'of the reviewed manifests selects its pods (kube-score\'s deployment-strategy), or a RollingUpdate whose ' +
            'maxUnavailable, scaled as the Deployment controller does (a percentage of the replicas rounded down; maxSurge ' +
            'rounded up), reaches the replica count: "100%" always, an integer at or above spec.replicas (or the ' +
            'autoscaler\'s minimum, the count it runs at its lowest). With a single replica a maxUnavailable of 1 is ' +
            'reported only when a Service selects the pods, as Recreate is. Services that only expose metrics (named ' +
            'metrics, or every port named so) do not count. Recreate without a Service (a worker, a ' +
            'singleton holding a ReadWriteOnce volume) and counts or values written as templates are left alone.',
        risk: 'During every rollout, a config change and a new image included, the controller stops the old pods before ' +
            'any new pod is Ready: the Service has no endpoint until the new pods start, pull their image and pass ' +
            'readiness, and a new version that fails to start leaves nothing running at all.',
        mitigation: 'Use a RollingUpdate with a maxUnavailable below the replica count (0 with maxSurge 1 keeps full capacity), ' +
            'run at least two replicas, and keep Recreate for workloads that must never run two versions side by side, ' +
            'where the downtime is accepted.',
        example: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 3
  strategy:
    type: RollingUpdate
    rollingUpdate: { maxUnavailable: 0, maxSurge: 1 }`,
    },
    kinds: ['Deployment'],
    check(object, { index, report }) {
        if (!isKind(object, 'Deployment'))
            return;
        const entry = index.entryOf(object);
        const spec = object['spec'];
        if (!entry?.pod || !isRecord(spec))
            return;
        const floor = replicaFloor(entry, index);
        if (floor?.count === 0)
            return; // scaled to zero: no pod to take down
        const strategy = isRecord(spec['strategy']) ? spec['strategy'] : {};
        const type = strategy['type'];
        const services = index.servicesSelecting(entry).filter((service) => !onlyMetrics(service));
        const served = services.length > 0 ? ` behind ${serviceNames(services)}` : '';
        if (type === 'Recreate') {
            if (services.length === 0)
                return;
            report({
                path: ['spec', 'strategy', 'type'],
                message: `${describeRef(entry.ref)} uses strategy Recreate${served}: every rollout stops all its pods before starting new ones, ` +
                    'so the Service has no endpoint until the new pods are Ready.',
            });
            return;
        }
        if (type !== undefined && type !== null && type !== 'RollingUpdate')
            return;
        const rolling = isRecord(strategy['rollingUpdate']) ? strategy['rollingUpdate'] : {};
        const maxUnavailable = rolling['maxUnavailable'];
        if (maxUnavailable === undefined || maxUnavailable === null)
            return; // 25%, rounded down: never all
        if (typeof maxUnavailable === 'string' && findPlaceholder(maxUnavailable))
            return;
        const shown = JSON.stringify(maxUnavailable);
        const path = ['spec', 'strategy', 'rollingUpdate', 'maxUnavailable'];
        const percent = typeof maxUnavailable === 'string' ? /^\s*(\d+)%\s*$/.exec(maxUnavailable)?.[1] : undefined;
        if (percent !== undefined && Number(percent) >= 100) {
            report({
                path,
                message: `${describeRef(entry.ref)} allows maxUnavailable ${shown}${served}: a rollout may stop every pod at once, before any new one is Ready.`,
            });
            return;
        }
        if (!floor)
            return; // replicas written as a template: unknown
        const unavailable = scaled(maxUnavailable, floor.count, false);
        if (unavailable === undefined || unavailable < floor.count)
            return;
        if (floor.count === 1 && services.length === 0)
            return;
        const surge = scaled(rolling['maxSurge'] ?? '25%', floor.count, true);
        const surgeText = surge !== undefined && surge > 0 ? ` (maxSurge adds ${surge} new pod${surge === 1 ? '' : 's'}, but none is Ready when the old ones stop)` : '';
        const lowest = floor.autoscaled ? `${floor.count} replica${floor.count === 1 ? '' : 's'} at its lowest (${floor.source})` : `${floor.count} replica${floor.count === 1 ? '' : 's'} (${floor.source})`;
        report({
            path,
            message: `${describeRef(entry.ref)} allows maxUnavailable ${shown} with ${lowest}${served}: a rollout may stop every old pod at once${surgeText}.`,
        });
    },
});
