import { defineObjectCheck } from '../src/engine/check.js';
import { isRecord } from '../src/model/kinds.js';
import { enforceLabel } from '../src/model/pod-security.js';
import { isNamespace, isSystemNamespace, namespaceNameOf } from '../src/model/tenancy.js';
const levels = ['privileged', 'baseline', 'restricted'];
const otherModes = ['audit', 'warn'];
export default defineObjectCheck({
    meta: {
        id: 'namespace-pod-security-missing',
        title: 'Namespace without an enforced Pod Security level',
        severity: 'warning',
        category: 'security',
        description: `Fires on a Namespace object without the label ${enforceLabel}, or with a value other than privileged, ` +
            'baseline or restricted. The audit and warn labels alone do not count, since they only log and warn; the ' +
            'message names them when present. An explicit enforce: privileged is a decision and passes. Namespaces ' +
            'reserved for Kubernetes (kube-*) are exempt.',
        risk: 'Without an enforce label, the Pod Security admission controller applies only the cluster default, which ' +
            'is privileged unless an admission configuration says otherwise: any tenant of the namespace can start a ' +
            'privileged pod, mount the host filesystem or share the host network, and from there reach the node and ' +
            'the other tenants on it.',
        mitigation: `Label the namespace with ${enforceLabel}: baseline (or restricted where the workloads allow it). To roll ` +
            'out a stricter level safely, set the warn and audit labels to it first, fix what they report, then ' +
            'raise enforce.',
        example: `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    ${enforceLabel}: baseline
    pod-security.kubernetes.io/warn: restricted
    pod-security.kubernetes.io/audit: restricted`,
    },
    kinds: ['Namespace'],
    check(object, { report }) {
        if (!isNamespace(object))
            return;
        const name = namespaceNameOf(object);
        if (name === undefined || isSystemNamespace(name))
            return;
        const labels = object.metadata?.labels;
        const value = isRecord(labels) ? labels[enforceLabel] : undefined;
        if (value !== undefined && value !== null) {
            if (typeof value === 'string' && levels.includes(value))
                return;
            report({
                path: ['metadata', 'labels', enforceLabel],
                message: `Namespace "${name}" sets ${enforceLabel} to ${JSON.stringify(value)}, which is not privileged, baseline or ` +
                    'restricted: Pod Security admission refuses to create the Namespace with it, and for a Namespace that ' +
                    'already carries it evaluates every pod as restricted.',
            });
            return;
        }
        const others = otherModes
            .map((mode) => [mode, isRecord(labels) ? labels[`pod-security.kubernetes.io/${mode}`] : undefined])
            .filter(([, level]) => level !== undefined && level !== null)
            .map(([mode, level]) => `${mode}: ${String(level)}`);
        const detail = others.length > 0
            ? ` It sets only ${others.join(' and ')}, which ${others.length === 1 ? 'reports' : 'report'} violations but ${others.length === 1 ? 'rejects' : 'reject'} no pod.`
            : '';
        const annotations = object.metadata?.annotations;
        const misplaced = isRecord(annotations) && Object.hasOwn(annotations, enforceLabel) ? ` It is set as an annotation, where admission does not read it.` : '';
        report({
            path: ['metadata', 'labels'],
            message: `Namespace "${name}" has no ${enforceLabel} label, so pods there are held only to the cluster's default Pod Security level (privileged unless configured).${misplaced}${detail}`,
        });
    },
});
