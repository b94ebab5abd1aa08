import { defineObjectCheck } from '../src/engine/check.js';
import { isKind, isRecord } from '../src/model/kinds.js';
import { selectsPodsOf, servicesNamed } from '../src/model/networking.js';
import { entriesWhere } from '../src/model/object-index.js';
import { findPlaceholder } from '../src/model/placeholder.js';
import { quotedNames } from '../src/model/tenancy.js';
export default defineObjectCheck({
    meta: {
        id: 'statefulset-service-missing',
        title: 'StatefulSet whose serviceName is no headless Service',
        severity: 'warning',
        category: 'networking',
        description: 'Fires on a StatefulSet whose spec.serviceName names a Service of its namespace that is not headless ' +
            '(clusterIP other than None, or type ExternalName), a headless Service whose selector does not select the ' +
            'StatefulSet\'s pods, or no Service at all while the reviewed manifests do hold Services of their own in that ' +
            'namespace (so this one would have been declared with them). When they hold none there, the governing ' +
            'Service may come from another folder or chart and nothing is said. An unset serviceName and names written ' +
            'as templates are left alone. From kube-score\'s statefulset-has-servicename and kube-linter\'s dangling-service.',
        risk: 'The governing Service is what gives each pod its stable DNS name (db-0.db.shop.svc): a StatefulSet exists ' +
            'for peers that find each other by those names (replication, quorum, seed lists). Without a headless Service ' +
            'that selects the pods, the names never resolve, and a cluster that bootstraps from them does not form.',
        mitigation: 'Declare a Service with clusterIP: None, the name given in serviceName and a selector that matches the pod ' +
            'template labels (publishNotReadyAddresses: true if peers must find each other before they are Ready); keep ' +
            'a separate ClusterIP Service for clients.',
        example: `apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  clusterIP: None
  selector: { app: db }
  ports: [{ name: peer, port: 7000 }]
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels: { app: db }`,
    },
    kinds: ['StatefulSet'],
    check(object, { ref, index, report }) {
        if (!isKind(object, 'StatefulSet'))
            return;
        const entry = index.entryOf(object);
        const spec = object['spec'];
        if (!entry?.pod || !isRecord(spec))
            return;
        const name = spec['serviceName'];
        if (typeof name !== 'string' || name.trim() === '' || findPlaceholder(name))
            return;
        const path = ['spec', 'serviceName'];
        const subject = `StatefulSet "${ref.name || '?'}"`;
        const named = servicesNamed(index, name, ref.namespace);
        if (named.length === 0) {
            const own = index.sift(ownServices, { kind: 'Service', namespace: ref.namespace })();
            if (own.length === 0)
                return;
            report({
                path,
                message: `${subject} names serviceName "${name}", but no Service of that name is declared beside it (the Services here are ${quotedNames(own)}): ` +
                    'its pods get no stable DNS names.',
            });
            return;
        }
        const readings = named.map((service) => {
            const serviceSpec = service.object['spec'];
            const fields = isRecord(serviceSpec) ? serviceSpec : {};
            const clusterIP = fields['clusterIP'];
            if (typeof clusterIP === 'string' && findPlaceholder(clusterIP))
                return 'unknown';
            if (fields['type'] === 'ExternalName')
                return 'external';
            if (clusterIP !== 'None')
                return 'not-headless';
            const selector = fields['selector'];
            if (!isRecord(selector) || Object.keys(selector).length === 0)
                return 'ok'; // endpoints managed by hand
            return selectsPodsOf(selector, entry) ? 'ok' : 'selects-other';
        });
        if (readings.some((reading) => reading === 'ok' || reading === 'unknown'))
            return;
        const reading = readings[0];
        const why = reading === 'external'
            ? 'is of type ExternalName, not a headless Service'
            : reading === 'not-headless'
                ? 'is not headless (clusterIP: None)'
                : 'is headless but its selector does not select the StatefulSet\'s pods';
        report({
            path,
            message: `${subject} names serviceName "${name}", and Service "${name}" ${why}: the pods get no stable DNS names (${ref.name || '?'}-0.${name}).`,
        });
    },
});
// The unit's own core Services (of a namespace, asked of its Services).
const ownServices = entriesWhere((service) => !service.borrowed && isKind(service.object, 'Service'));
