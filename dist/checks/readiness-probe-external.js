import { defineObjectCheck } from '../src/engine/check.js';
import { isKind, isRecord, podTemplateOf, workloadKinds } from '../src/model/kinds.js';
import { probeContainerLabel, probeOf, probedContainersOf, runsContinuously } from '../src/model/probes.js';
export default defineObjectCheck({
    meta: {
        id: 'readiness-probe-external',
        title: 'Readiness probe depends on another service',
        severity: 'warning',
        category: 'probes',
        description: 'Looks at the readiness probes of long-running workloads for a target other than the pod itself: an ' +
            'httpGet or tcpSocket host, or an exec command that calls curl, wget, nc, grpc_health_probe -addr, grpcurl, ' +
            'a database client with -h/--host, or any network URL, directly or through sh -c. localhost, 127.0.0.0/8, ' +
            '::1, 0.0.0.0 and the pod\'s own hostname are the pod itself; targets built from variables that cannot be ' +
            'resolved from the container\'s literal env values are not judged.',
        risk: 'The pod reports itself unready whenever the other service is slow or down, so one failing database or ' +
            'downstream API takes every replica of this workload out of its Services at once. The outage then cascades ' +
            'upstream to callers that did not even need the broken dependency, and the extra probe traffic adds load ' +
            'to the service that is already struggling.',
        mitigation: 'Let the readiness probe check only the pod itself (its own port on localhost, or the default pod IP). ' +
            'Handle a missing dependency inside the application with timeouts, circuit breakers and degraded responses, ' +
            'and watch dependencies with monitoring rather than with probes.',
        example: `readinessProbe:
  httpGet: { path: /readyz, port: http }
# or, through a shell:
readinessProbe:
  exec:
    command: [sh, -c, "curl -fsS http://localhost:8080/readyz"]`,
    },
    kinds: workloadKinds,
    check(object, { report }) {
        if (!runsContinuously(object))
            return;
        const pod = podTemplateOf(object);
        if (!pod)
            return;
        const self = selfNames(object, pod);
        for (const at of probedContainersOf(pod)) {
            const probe = probeOf(at.container, 'readinessProbe');
            if (!probe)
                continue;
            const path = [...at.path, 'readinessProbe'];
            const of = `The readiness probe of ${probeContainerLabel(at)}`;
            for (const [handler, verb] of [
                ['httpGet', 'sends its HTTP GET to'],
                ['tcpSocket', 'opens its TCP connection to'],
            ]) {
                const action = probe[handler];
                const host = isRecord(action) ? action['host'] : undefined;
                if (typeof host === 'string' && locality(host, self) === 'remote') {
                    report({ path: [...path, handler, 'host'], message: `${of} ${verb} host "${host}" instead of the pod itself.` });
                }
            }
            const exec = probe.exec;
            const command = isRecord(exec) ? exec['command'] : undefined;
            if (!Array.isArray(command))
                continue;
            const target = remoteTargetOf(command, at.container, self);
            if (target) {
                report({
                    path: [...path, 'exec', 'command', target.item],
                    message: `${of} runs ${target.tool} against host "${target.host}", so its readiness depends on that service.`,
                });
            }
        }
    },
});
// ---------------------------------------------------------------------------------------------------
// Hosts
/** Stand-ins for expansions: the pod's own address, and a value nobody can know statically. */
const SELF = '\uE000';
const UNKNOWN = '\uE001';
/** The names under which the pod reaches itself: spec.hostname, and a bare Pod's name. */
function selfNames(object, pod) {
    const names = new Set();
    if (typeof pod.spec.hostname === 'string' && pod.spec.hostname)
        names.add(pod.spec.hostname.toLowerCase());
    if (isKind(object, 'Pod') && typeof object.metadata?.name === 'string')
        names.add(object.metadata.name.toLowerCase());
    return names;
}
function locality(rawHost, self) {
    if (rawHost.startsWith(SELF))
        return 'local'; // $(hostname), $HOSTNAME, ${POD_IP}, $(hostname).headless...
    if (/[\uE000\uE001$`{}]/.test(rawHost))
        return 'unknown';
    let host = rawHost.trim().toLowerCase().replace(/\.$/, '');
    if (host.startsWith('[') && host.endsWith(']'))
        host = host.slice(1, -1);
    if (host === '' || self.has(host))
        return 'local';
    if (host === 'localhost' || host.endsWith('.localhost') || host === 'localhost.localdomain')
        return 'local';
    if (host === 'ip6-localhost' || host === 'ip6-loopback')
        return 'local';
    if (/^127(\.\d{1,3}){3}$/.test(host) || host === '0.0.0.0')
        return 'local';
    if (host === '::1' || host === '::' || /^(0{1,4}:){7}0{0,3}1$/.test(host) || host === '::ffff:127.0.0.1')
        return 'local';
    return 'remote';
}
/** The host of `scheme://user@host:port/path`, `host:port/path`, `[::1]:80`. */
function hostOfAddress(address) {
    let rest = address.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
    rest = rest.split(/[/?#]/, 1)[0] ?? '';
    const at = rest.lastIndexOf('@');
    if (at !== -1)
        rest = rest.slice(at + 1);
    if (rest.startsWith('[')) {
        const close = rest.indexOf(']');
        return close === -1 ? rest : rest.slice(0, close + 1);
    }
    const colon = rest.indexOf(':');
    return colon === -1 ? rest : rest.slice(0, colon);
}
/** A URL with a network scheme anywhere in a text (a shell script, a Python one-liner, a flag value). */
const urlPattern = /\b(?:https?|grpcs?|h2c|tcp|tls|wss?|postgres(?:ql)?|mysql|mariadb|redis|rediss|mongodb(?:\+srv)?|amqps?|nats|kafka|memcached?|ldaps?):\/\/[^\s'"<>|;&()]+/gi;
/** A schemeless positional that names a host: host:port, host/path, a dotted name or localhost. */
function looksLikeAddress(word) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(word))
        return true;
    const match = /^(\[[0-9a-f:.]+\]|[a-z0-9\uE000\uE001$][\w.\-\uE000\uE001${}]*)(:\d+)?([/?].*)?$/i.exec(word);
    if (!match)
        return false;
    const [, host = '', port, rest] = match;
    if (/^\d+$/.test(host))
        return false;
    return port !== undefined || rest !== undefined || host.includes('.') || host.startsWith('[') || host.toLowerCase() === 'localhost';
}
const shells = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh']);
/** Words that may come before the program of a simple command. */
const prefixes = new Set(['exec', 'command', 'env', 'timeout', 'nice', 'nohup', 'time', 'stdbuf', 'busybox', 'if', 'then', 'else', 'elif', 'while', 'until', 'do', '!', '{']);
const curlLong = [
    'abstract-unix-socket', 'aws-sigv4', 'cacert', 'capath', 'cert', 'cert-type', 'ciphers', 'config', 'connect-timeout',
    'connect-to', 'cookie', 'cookie-jar', 'data', 'data-ascii', 'data-binary', 'data-raw', 'data-urlencode', 'dns-servers',
    'dump-header', 'expect100-timeout', 'form', 'form-string', 'header', 'interface', 'json', 'keepalive-time', 'key',
    'key-type', 'limit-rate', 'local-port', 'max-filesize', 'max-redirs', 'max-time', 'noproxy', 'oauth2-bearer', 'output',
    'output-dir', 'pass', 'pinnedpubkey', 'preproxy', 'proto', 'proto-redir', 'proxy', 'proxy-user', 'range', 'referer',
    'request', 'resolve', 'retry', 'retry-delay', 'retry-max-time', 'speed-limit', 'speed-time', 'stderr', 'time-cond',
    'trace', 'trace-ascii', 'unix-socket', 'upload-file', 'user', 'user-agent', 'variable', 'write-out',
];
const wgetLong = [
    'append-output', 'base', 'bind-address', 'body-data', 'body-file', 'ca-certificate', 'certificate', 'connect-timeout',
    'directory-prefix', 'dns-timeout', 'execute', 'header', 'input-file', 'limit-rate', 'load-cookies', 'method',
    'output-document', 'output-file', 'password', 'post-data', 'post-file', 'private-key', 'proxy-password', 'proxy-user',
    'quota', 'read-timeout', 'referer', 'save-cookies', 'timeout', 'tries', 'user', 'user-agent', 'wait', 'waitretry',
];
const grpcurlLong = [
    'H', 'authority', 'cacert', 'cert', 'connect-timeout', 'd', 'format', 'import-path', 'keepalive-time', 'key',
    'max-msg-sz', 'max-time', 'proto', 'protoset', 'reflect-header', 'rpc-header', 'servername', 'user-agent',
];
const netcat = { short: 'iIMmOpPqsTVwXx', long: ['source', 'source-port', 'wait', 'proxy', 'proxy-type', 'exec', 'sh-exec'], host: 'first-positional' };
// Database clients: only -h/--host matters, and positionals say nothing about the host.
const dbClient = { short: '', long: [], host: 'host-flag' };
const tools = {
    curl: { short: 'AbcCdDeEFHKmoPQrtTuUwxXyYz', long: [...curlLong, 'url'], host: 'url' },
    wget: { short: 'OoaiBtTwQPUelARDXI', long: wgetLong, host: 'url' },
    nc: netcat,
    netcat,
    ncat: netcat,
    telnet: { short: 'bell', long: [], host: 'first-positional' },
    grpc_health_probe: { short: '', long: [], host: 'addr-flag' },
    grpcurl: { short: '', long: grpcurlLong, host: 'first-positional' },
    pg_isready: dbClient,
    psql: dbClient,
    mysql: dbClient,
    mysqladmin: dbClient,
    mariadb: dbClient,
    'mariadb-admin': dbClient,
    'redis-cli': dbClient,
    'valkey-cli': dbClient,
    mongo: dbClient,
    mongosh: dbClient,
};
/** The first target of a probe command that is neither the pod itself nor unknowable. */
function remoteTargetOf(command, container, self) {
    const env = environmentOf(container);
    const items = command.map((item) => (typeof item === 'string' || typeof item === 'number' ? kubeletExpand(String(item), env.kubelet) : ''));
    const targets = [];
    const program = basename(items[0] ?? '');
    const shellAt = shells.has(program) ? 0 : program === 'busybox' && shells.has(basename(items[1] ?? '')) ? 1 : -1;
    // `-c`, `-ec`: short flags, one of them c (tested apart: `^-[a-z]*c[a-z]*$` is quadratic in a word of c's).
    const scriptAt = shellAt === -1 ? -1 : items.findIndex((item, i) => i > shellAt && /^-[a-z]*$/.test(item) && item.includes('c')) + 1;
    if (scriptAt > 0 && scriptAt < items.length) {
        for (const segment of shellSegments(items[scriptAt] ?? '', scriptAt, env.shell))
            for (const target of targetsOfSegment(segment))
                targets.push(target);
    }
    else {
        for (const target of targetsOfSegment(items.map((text, item) => ({ text, item }))))
            targets.push(target);
    }
    // A network URL anywhere in the command, whatever the program (a script, a one-liner, a flag value).
    const tool = shellAt !== -1 ? 'a shell command' : program || 'a command';
    items.forEach((text, item) => {
        for (const match of text.matchAll(urlPattern))
            targets.push({ host: hostOfAddress(match[0]), tool, item });
    });
    return targets.find((target) => locality(target.host, self) === 'remote');
}
function environmentOf(container) {
    const kubelet = new Map();
    const entries = Array.isArray(container.env) ? container.env.filter(isRecord) : [];
    for (const entry of entries) {
        if (typeof entry.name === 'string')
            kubelet.set(entry.name, typeof entry.value === 'string' ? entry.value : '');
    }
    const hasEnvFrom = Array.isArray(container.envFrom) && container.envFrom.length > 0;
    const shell = (name) => {
        const entry = entries.findLast((e) => e.name === name);
        if (!entry)
            return name === 'HOSTNAME' ? SELF : hasEnvFrom ? UNKNOWN : undefined;
        if (typeof entry.value === 'string')
            return entry.value.includes('$(') ? UNKNOWN : entry.value;
        const field = isRecord(entry.valueFrom) && isRecord(entry.valueFrom.fieldRef) ? entry.valueFrom.fieldRef.fieldPath : undefined;
        if (field === 'status.podIP' || field === 'status.podIPs' || field === 'metadata.name')
            return SELF;
        return UNKNOWN;
    };
    return { kubelet, shell };
}
/** The kubelet's $(VAR) expansion of probe commands: $$ escapes, unknown names stay as written. */
function kubeletExpand(text, vars) {
    let result = '';
    for (let i = 0; i < text.length; i++) {
        const char = text.charAt(i);
        if (char !== '$' || i + 1 >= text.length) {
            result += char;
            continue;
        }
        const next = text.charAt(i + 1);
        if (next === '$') {
            result += '$';
            i++;
        }
        else if (next === '(') {
            const close = text.indexOf(')', i + 2);
            if (close === -1) {
                result += '$(';
                i++;
            }
            else {
                const name = text.slice(i + 2, close);
                result += vars.get(name) ?? `$(${name})`;
                i = close;
            }
        }
        else {
            result += char;
        }
    }
    return result;
}
/**
 * Splits a shell script into simple commands (at ; & | && || newlines and parentheses), with quotes
 * removed and variables replaced by what the manifest tells of them (SELF, UNKNOWN or a literal value).
 */
function shellSegments(script, item, lookup) {
    const segments = [];
    let segment = [];
    let word;
    let redirect = false;
    const endWord = () => {
        if (word !== undefined && !redirect)
            segment.push({ text: word, item });
        if (word !== undefined)
            redirect = false;
        word = undefined;
    };
    const endSegment = () => {
        endWord();
        if (segment.length > 0)
            segments.push(segment);
        segment = [];
        redirect = false;
    };
    const expand = (at) => {
        const next = script.charAt(at + 1);
        if (next === '(') {
            const close = matching(script, at + 1);
            const inner = script.slice(at + 2, close === -1 ? script.length : close);
            return [/^\s*hostname\b/.test(inner) ? SELF : UNKNOWN, close === -1 ? script.length : close];
        }
        if (next === '{') {
            const close = script.indexOf('}', at + 2);
            const inner = script.slice(at + 2, close === -1 ? script.length : close);
            const [, name = '', operator = '', fallback = ''] = /^([A-Za-z_]\w*)(:?[-=])?(.*)$/s.exec(inner) ?? [];
            const value = name ? lookup(name) : UNKNOWN;
            return [value ?? (operator ? fallback : UNKNOWN), close === -1 ? script.length : close];
        }
        const name = /^[A-Za-z_]\w*/.exec(script.slice(at + 1))?.[0];
        if (name)
            return [lookup(name) ?? UNKNOWN, at + name.length];
        if (/[\d?#@*!$-]/.test(next))
            return [UNKNOWN, at + 1];
        return ['$', at];
    };
    for (let i = 0; i < script.length; i++) {
        const char = script.charAt(i);
        if (char === "'") {
            const close = script.indexOf("'", i + 1);
            word = (word ?? '') + script.slice(i + 1, close === -1 ? script.length : close);
            i = close === -1 ? script.length : close;
        }
        else if (char === '"') {
            word = word ?? '';
            for (i++; i < script.length && script.charAt(i) !== '"'; i++) {
                const inner = script.charAt(i);
                if (inner === '\\' && /["\\$`]/.test(script.charAt(i + 1)))
                    word += script.charAt(++i);
                else if (inner === '$' || inner === '`') {
                    const [value, end] = inner === '`' ? expandBacktick(script, i) : expand(i);
                    word += value;
                    i = end;
                }
                else
                    word += inner;
            }
        }
        else if (char === '\\') {
            if (script.charAt(i + 1) !== '\n')
                word = (word ?? '') + script.charAt(i + 1);
            i++;
        }
        else if (char === '$' || char === '`') {
            const [value, end] = char === '`' ? expandBacktick(script, i) : expand(i);
            word = (word ?? '') + value;
            i = end;
        }
        else if (char === '#' && word === undefined) {
            const newline = script.indexOf('\n', i);
            i = newline === -1 ? script.length : newline - 1;
        }
        else if (char === '>' || char === '<') {
            endWord();
            while (/[>&<]/.test(script.charAt(i + 1)))
                i++;
            redirect = true;
        }
        else if (/[;&|()\n]/.test(char)) {
            endSegment();
        }
        else if (/\s/.test(char)) {
            endWord();
        }
        else {
            word = (word ?? '') + char;
        }
    }
    endSegment();
    return segments;
}
/** `hostname` in backticks is the pod itself; any other command substitution is unknowable. */
function expandBacktick(script, at) {
    const close = script.indexOf('`', at + 1);
    const inner = script.slice(at + 1, close === -1 ? script.length : close);
    return [/^\s*hostname\b/.test(inner) ? SELF : UNKNOWN, close === -1 ? script.length : close];
}
/** The index of the parenthesis that closes the one at `open`. */
function matching(text, open) {
    let depth = 0;
    for (let i = open; i < text.length; i++) {
        if (text.charAt(i) === '(')
            depth++;
        else if (text.charAt(i) === ')' && --depth === 0)
            return i;
    }
    return -1;
}
function basename(word) {
    return word.slice(word.lastIndexOf('/') + 1);
}
/** The hosts a simple command calls, when its program is one of the known network clients. */
function targetsOfSegment(words) {
    let i = 0;
    // Skip variable assignments, wrappers (timeout 5, env -i, busybox) and keywords before the program.
    while (i < words.length) {
        const text = words[i]?.text ?? '';
        if (/^[A-Za-z_]\w*=/.test(text) || prefixes.has(basename(text)))
            i++;
        else if (i > 0 && (/^-/.test(text) || /^\d+(\.\d+)?[smhd]?$/.test(text)))
            i++;
        else
            break;
    }
    const name = basename(words[i]?.text ?? '');
    const tool = Object.hasOwn(tools, name) ? tools[name] : undefined;
    if (!tool)
        return [];
    const args = words.slice(i + 1);
    const found = [];
    const add = (word, address) => found.push({ host: hostOfAddress(address), tool: name, item: word.item });
    const positionals = [];
    for (let j = 0; j < args.length; j++) {
        const word = args[j];
        const text = word.text;
        const value = args[j + 1];
        if (text === '--') {
            for (const rest of args.slice(j + 1))
                positionals.push(rest);
            break;
        }
        const long = /^--?([A-Za-z][\w-]*)(=(.*))?$/s.exec(text);
        if (tool.host === 'addr-flag' && long?.[1] === 'addr') {
            if (long[2] !== undefined)
                add(word, long[3] ?? '');
            else if (value) {
                add(value, value.text);
                j++;
            }
            continue;
        }
        if (tool.host === 'host-flag' && (long?.[1] === 'host' || /^-h./.test(text) || text === '-h')) {
            if (long?.[1] === 'host' && long[2] !== undefined)
                add(word, long[3] ?? '');
            else if (/^-h./.test(text))
                add(word, text.slice(2));
            else if (value) {
                add(value, value.text);
                j++;
            }
            continue;
        }
        if (text.startsWith('--') || (tool === tools['grpcurl'] && text.startsWith('-'))) {
            if (long && long[2] === undefined && tool.long.includes(long[1] ?? '')) {
                if (long[1] === 'url' && value)
                    add(value, value.text);
                j++;
            }
            continue;
        }
        if (text.startsWith('-') && text.length > 1) {
            // A cluster of short options; the first one that takes a value takes the rest, or the next word.
            for (let k = 1; k < text.length; k++) {
                if (tool.short.includes(text.charAt(k))) {
                    if (k === text.length - 1)
                        j++;
                    break;
                }
            }
            continue;
        }
        positionals.push(word);
    }
    if (tool.host === 'url') {
        for (const word of positionals)
            if (looksLikeAddress(word.text))
                add(word, word.text);
    }
    else if (name === 'grpcurl') {
        const address = positionals.find((word) => looksLikeAddress(word.text));
        if (address)
            add(address, address.text);
    }
    else if (tool.host === 'first-positional') {
        // nc/telnet take the host as it is (an IPv6 address has colons); a listener or a Unix socket calls nobody.
        const first = positionals[0];
        const listens = args.some((word) => /^-[a-zA-Z]*[lU]/.test(word.text) || word.text === '--listen' || word.text === '--unixsock');
        if (first && !/^\d+$/.test(first.text) && !listens)
            found.push({ host: first.text, tool: name, item: first.item });
    }
    return found;
}
