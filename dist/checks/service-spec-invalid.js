import { defineObjectCheck } from '../src/engine/check.js';
import { isDns1123Label, isDns1123Subdomain, portNameProblem } from '../src/model/k8s-names.js';
import { isKind, isRecord } from '../src/model/kinds.js';
import { findPlaceholder } from '../src/model/placeholder.js';
const serviceTypes = new Set(['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']);
// An all-capitals targetPort (PORT, TARGET_PORT) is a tutorial's placeholder for a number, not a name someone chose.
const shouted = /^[A-Z][A-Z0-9_]*$/;
function isPortNumber(value) {
    return value >= 1 && value <= 65535;
}
export default defineObjectCheck({
    meta: {
        id: 'service-spec-invalid',
        title: 'Service spec the API server rejects',
        severity: 'error',
        category: 'correctness',
        description: 'Fires where ValidateService and validateServicePort (pkg/apis/core/validation) reject a core v1 Service: no ports ' +
            'on a Service that is neither headless (clusterIP: None) nor ExternalName; a port without a name when there are ' +
            'several; a port name that is not a DNS-1123 label, or repeats; two ports with the same port number and protocol ' +
            '(TCP when unset); a port or numeric targetPort outside 1-65535 (a targetPort of 0 or "" is defaulted to the port ' +
            'and left alone); a named targetPort that is not an IANA_SVC_NAME (1-15 lowercase letters, digits and "-", a ' +
            'letter among them, no "--", no "-" at either end), which includes a number written as a string ("8080"); a ' +
            'nodePort on a ClusterIP Service (the default type), or the same nodePort and protocol twice; an ExternalName ' +
            'Service whose externalName is missing or, without a trailing dot, not a DNS-1123 subdomain. Values that are not ' +
            'of the field\'s type are left to schema-invalid, and values holding template placeholders (or an all-capitals ' +
            'targetPort such as PORT) to template-placeholder; ' +
            'a headless Service\'s targetPort, which the API tolerates, is not judged differently.',
        risk: 'The API server refuses the Service, so kubectl apply, Helm or the GitOps controller fails at deploy time, often ' +
            'halfway through a release, and whatever depended on the Service\'s name gets no endpoints.',
        mitigation: 'Give every port of a multi-port Service a unique lowercase name, keep port numbers unique per protocol and within ' +
            '1-65535, write a numeric targetPort unquoted or name a container port of at most 15 characters, drop nodePort ' +
            'or set type: NodePort, and set externalName to a lowercase host name on an ExternalName Service.',
        example: `apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  selector: { app: web }
  ports:
    - { name: http, port: 80, targetPort: http }
    - { name: metrics, port: 9090, targetPort: 9090 }`,
    },
    kinds: ['Service'],
    check(object, { report }) {
        if (!isKind(object, 'Service'))
            return;
        const spec = object['spec'];
        if (!isRecord(spec))
            return;
        const type = spec['type'] ?? 'ClusterIP';
        if (typeof type !== 'string' || !serviceTypes.has(type))
            return; // schema-invalid or a placeholder
        const clusterIPs = spec['clusterIPs'];
        const headless = spec['clusterIP'] === 'None' || (Array.isArray(clusterIPs) && clusterIPs.includes('None'));
        if (type === 'ExternalName')
            checkExternalName(spec, report);
        const ports = spec['ports'];
        if (ports === undefined || ports === null || (Array.isArray(ports) && ports.length === 0)) {
            if (!headless && type !== 'ExternalName') {
                report({
                    path: ports === undefined || ports === null ? ['spec'] : ['spec', 'ports'],
                    message: `The ${type} Service has no ports: the API server requires at least one unless the Service is headless (clusterIP: None) or ExternalName.`,
                });
            }
            return;
        }
        if (!Array.isArray(ports))
            return;
        const names = new Map();
        const numbers = new Map();
        const nodePorts = new Map();
        ports.forEach((port, i) => {
            if (!isRecord(port))
                return;
            const at = ['spec', 'ports', i];
            const name = port['name'];
            const protocol = typeof port['protocol'] === 'string' && port['protocol'] !== '' ? port['protocol'] : 'TCP';
            if (name === undefined || name === null || name === '') {
                if (ports.length > 1) {
                    report({ path: at, message: `Port ${i + 1} of ${ports.length} has no name: the API server requires a name on every port of a Service with several.` });
                }
            }
            else if (typeof name === 'string' && findPlaceholder(name) === undefined) {
                if (!isDns1123Label(name)) {
                    report({
                        path: [...at, 'name'],
                        message: `Port name ${JSON.stringify(name)} is not a DNS-1123 label (lowercase letters, digits and '-', starting and ending with a letter or digit, 63 characters at most).`,
                    });
                }
                else if (names.has(name)) {
                    report({ path: [...at, 'name'], message: `Port name "${name}" is used twice (ports ${(names.get(name) ?? 0) + 1} and ${i + 1}).` });
                }
                else {
                    names.set(name, i);
                }
            }
            const number = port['port'];
            if (typeof number === 'number' && Number.isInteger(number)) {
                if (!isPortNumber(number)) {
                    report({ path: [...at, 'port'], message: `Port ${number} is outside 1-65535.` });
                }
                else {
                    const key = `${protocol}/${number}`;
                    const first = numbers.get(key);
                    if (first !== undefined) {
                        report({ path: at, message: `Port ${number}/${protocol} is declared twice (ports ${first + 1} and ${i + 1}): each port number may appear once per protocol.` });
                    }
                    else {
                        numbers.set(key, i);
                    }
                }
            }
            const target = port['targetPort'];
            if (typeof target === 'number' && Number.isInteger(target) && target !== 0 && !isPortNumber(target)) {
                report({ path: [...at, 'targetPort'], message: `targetPort ${target} is outside 1-65535.` });
            }
            else if (typeof target === 'string' && target !== '' && findPlaceholder(target) === undefined && !shouted.test(target)) {
                const problem = portNameProblem(target);
                if (problem) {
                    const hint = /^\d+$/.test(target) ? ` Write it unquoted (targetPort: ${target}) to mean the port number.` : '';
                    report({ path: [...at, 'targetPort'], message: `targetPort ${JSON.stringify(target)} is not a valid port name: it ${problem}.${hint}` });
                }
            }
            const nodePort = port['nodePort'];
            if (typeof nodePort === 'number' && Number.isInteger(nodePort) && nodePort !== 0) {
                if (type === 'ClusterIP') {
                    report({
                        path: [...at, 'nodePort'],
                        message: `nodePort ${nodePort} is set on a ClusterIP Service${spec['type'] === undefined ? ' (the default type)' : ''}: the API server forbids it; set type: NodePort or LoadBalancer, or drop it.`,
                    });
                }
                else {
                    const key = `${protocol}/${nodePort}`;
                    const first = nodePorts.get(key);
                    if (first !== undefined) {
                        report({ path: [...at, 'nodePort'], message: `nodePort ${nodePort}/${protocol} is used twice (ports ${first + 1} and ${i + 1}).` });
                    }
                    else {
                        nodePorts.set(key, i);
                    }
                }
            }
        });
    },
});
function checkExternalName(spec, report) {
    const externalName = spec['externalName'];
    if (externalName !== undefined && externalName !== null && typeof externalName !== 'string')
        return; // schema-invalid
    // A trailing dot marks the name fully qualified and is allowed.
    const name = typeof externalName === 'string' ? externalName.replace(/\.$/, '') : '';
    if (name === '') {
        report({
            path: externalName === undefined || externalName === null ? ['spec'] : ['spec', 'externalName'],
            message: 'The ExternalName Service has no externalName: the API server requires the host name it points to.',
        });
        return;
    }
    if (findPlaceholder(name) !== undefined || isDns1123Subdomain(name))
        return;
    report({
        path: ['spec', 'externalName'],
        message: `externalName ${JSON.stringify(externalName)} is not a DNS-1123 subdomain (lowercase letters, digits, '-' and '.', 253 characters at most): a host name, without a scheme, port or path.`,
    });
}
