import { Buffer } from 'node:buffer';
import { defineObjectCheck } from '../src/engine/check.js';
import { knownTokenIn } from '../src/model/credential-shapes.js';
import { isKind, isRecord } from '../src/model/kinds.js';
import { credentialNameWords, holdsConnectionSecret, holdsPrivateKey, holdsUrlPassword, isConnectionStringName, isFilePath, isIndirectValue, isSopsValue, isSwitchValue, nameWords, } from '../src/model/secrets-rbac.js';
import { hasSopsMetadata } from '../src/model/sops.js';
// Values that stand for a credential without being one: fill-ins of examples and templates.
const exampleWords = [
    'changeme',
    'change-me',
    'change_me',
    'change me',
    'replaceme',
    'replace-me',
    'replace_me',
    'replace with',
    'your-',
    'your_',
    'yourpassword',
    'yoursecret',
    'yourtoken',
    'example',
    'placeholder',
    'dummy',
    'redacted',
    'fixme',
    'todo',
    'notset',
    'not-set',
];
// A value that is the credential word itself (password: password), or only filler characters (xxxx, ****, ...).
const credentialWordValues = new Set(['password', 'passwd', 'secret', 'token', 'apikey', 'api_key', 'api-key', 'pass', 'credentials']);
function isExampleValue(value) {
    const lower = value.trim().toLowerCase();
    if (credentialWordValues.has(lower))
        return true;
    if (/^(?:x+|\*+|\.+|-+|_+|#+|0+)$/.test(lower))
        return true;
    if (/^<[^<>]*>$/.test(lower))
        return true; // <password>, <db password here>
    return exampleWords.some((word) => lower.includes(word));
}
// References a secret manager or a deploy tool resolves (vals ref+..., 1Password op://, bank-vaults vault:...).
const referencePattern = /^(?:ref\+[a-z0-9]+:\/\/|op:\/\/|vault:|secretref:|arn:aws:(?:secretsmanager|ssm):|projects\/[^/\s]+\/secrets\/|sm:\/\/|awssm:|gcpsm:|azkv:|akv:\/\/)/i;
// Files whose `name: value` or `name = value` lines set settings: configuration, not code (a Lua or shell
// script assigns variables from expressions that only look like literals).
const settingsFile = /\.(?:properties|ini|conf|cfg|env|ya?ml|json|toml)$/i;
/**
 * The first line of a configuration file that sets a credential-named setting to a literal
 * (spring.datasource.password=admin, `LDAP_ADMIN_PASSWORD: admin`, `"token": "..."`): the setting's name.
 * Read line by line with indexOf, in time linear in the value.
 */
function credentialSetting(text) {
    let start = 0;
    while (start < text.length) {
        let end = text.indexOf('\n', start);
        if (end === -1)
            end = text.length;
        const line = text.slice(start, end).trim();
        start = end + 1;
        if (line === '' || line.startsWith('#') || line.startsWith('//') || line.startsWith(';'))
            continue;
        const colon = line.indexOf(':');
        const equals = line.indexOf('=');
        const at = colon === -1 ? equals : equals === -1 ? colon : Math.min(colon, equals);
        if (at <= 0)
            continue;
        const name = unquote(line.slice(0, at).trim().replace(/^-\s*/, '').replace(/^export\s+/, ''));
        // nsswitch.conf's `passwd: files` names the user database, not a password.
        if (name === '' || /\s/.test(name) || name.toLowerCase() === 'passwd')
            continue;
        let value = line.slice(at + 1).trim();
        const comment = value.indexOf(' #');
        if (comment !== -1)
            value = value.slice(0, comment).trim();
        if (value.endsWith(','))
            value = value.slice(0, -1).trim();
        value = unquote(value);
        if (value === '' || /^[$!&*|>{[]/.test(value) || value.includes('${') || value.includes('$('))
            continue;
        if (credentialNameWords(name) === undefined || !literalCredential(value))
            continue;
        return name;
    }
    return undefined;
}
function unquote(text) {
    const first = text.charAt(0);
    return text.length >= 2 && (first === '"' || first === "'") && text.endsWith(first) ? text.slice(1, -1) : text;
}
/** A value that is a credential written out: not a switch, a path, a placeholder, a reference or a fill-in. */
function literalCredential(value) {
    return (value.trim() !== '' &&
        !isSopsValue(value) &&
        !isIndirectValue(value) &&
        !referencePattern.test(value.trim()) &&
        !isSwitchValue(value) &&
        !isFilePath(value) &&
        !isExampleValue(value));
}
function judgeData(key, raw) {
    if (typeof raw !== 'string' && typeof raw !== 'number')
        return undefined;
    const value = String(raw);
    if (value.trim() === '' || isSopsValue(value))
        return undefined;
    if (holdsPrivateKey(value))
        return 'holds a PEM private key';
    // A key that calls its value public (SUPABASE_ANON_KEY, a publishable key) holds a token meant to be handed out.
    const publicKey = nameWords(key).some((word) => word === 'anon' || word === 'public' || word === 'publishable');
    const token = publicKey ? undefined : knownTokenIn(value);
    if (token)
        return `holds what has the shape of ${token}`;
    if (isIndirectValue(value) || referencePattern.test(value.trim()))
        return undefined;
    const words = credentialNameWords(key);
    if (words !== undefined && literalCredential(value))
        return `has a literal value while its name says "${words}"`;
    if (settingsFile.test(key)) {
        const setting = credentialSetting(value);
        if (setting !== undefined)
            return `is a configuration file that sets ${setting} to a literal value`;
    }
    if (isConnectionStringName(key) && holdsConnectionSecret(value))
        return 'holds a connection string with a password or key in it';
    if (holdsUrlPassword(value))
        return 'holds a URL with a password in it';
    return undefined;
}
function judgeBinary(raw) {
    if (typeof raw !== 'string' || raw.trim() === '')
        return undefined;
    const decoded = Buffer.from(raw, 'base64').toString('latin1');
    return holdsPrivateKey(decoded) ? 'holds a PEM private key (base64 under binaryData)' : undefined;
}
export default defineObjectCheck({
    meta: {
        id: 'configmap-credential',
        title: 'Credential in a ConfigMap',
        severity: 'error',
        category: 'security',
        description: 'Flags a key of a core v1 ConfigMap\'s data or binaryData that holds a credential: a PEM private key (under ' +
            'any key, and decoded from binaryData), a token recognised by its shape (AWS access key id AKIA/ASIA, GitHub ' +
            'ghp_/gho_/ghu_/ghs_/ghr_ and github_pat_ tokens, Slack xox* tokens, Stripe live secret keys, JSON Web Tokens), ' +
            'unless the key calls it public (anon, public, publishable), a URL with a password or a connection string with Password= or AccountKey=, or a key whose name says it is a ' +
            'credential (password, secret, token, api key..., read as env-literal-credential reads variable names, so ' +
            'PASSWORD_FILE, TOKEN_URL and SECRET_NAME are not) with a literal value; in a key named as a configuration ' +
            'file (.properties, .ini, .conf, .cfg, .env, .yaml, .json, .toml), a line that sets such a name to a literal ' +
            '(spring.datasource.password=admin, `admin_password: admin`; values starting with $, !, & or a bracket, and ' +
            'scripts, are not read). Values left alone: empty ones, on/off ' +
            'switches, file paths, $(VAR) and deploy-time placeholders, references a secret manager or a deploy tool ' +
            'resolves (ref+vault://, op://, vault:, Secrets Manager ARNs) and obvious fill-ins (changeme, <password>, xxxx, ' +
            'a value equal to "password", documentation examples such as AKIAIOSFODNN7EXAMPLE). SOPS-encrypted ' +
            'ConfigMaps and values are skipped. Keys are named, values never printed. From Polaris\'s ' +
            'sensitiveConfigmapContent and kube-linter\'s configmap-with-credentials.',
        risk: 'A ConfigMap is not meant to hold secrets: RBAC roles commonly grant read on ConfigMaps to far more subjects ' +
            'than on Secrets (the built-in view role included), its data is printed by kubectl describe and shipped to ' +
            'logs, dashboards and support bundles, and it is never encrypted at rest by the API server\'s secret ' +
            'encryption. Whatever is committed in the manifest is also in the repository and its history.',
        mitigation: 'Move the value into a Secret that is not committed in plain text (a SealedSecret, an ExternalSecret, SOPS) ' +
            'and reference it (valueFrom.secretKeyRef, a secret volume), then rotate the credential: it has already been ' +
            'exposed wherever the ConfigMap went.',
        example: `apiVersion: v1
kind: ConfigMap
metadata:
  name: api
data:
  DB_HOST: db.shop.svc
  DB_PASSWORD_FILE: /var/run/secrets/db/password   # the password itself comes from a Secret volume`,
    },
    kinds: ['ConfigMap'],
    check(object, { ref, report }) {
        if (!isKind(object, 'ConfigMap') || hasSopsMetadata(object))
            return;
        const found = [];
        const data = object['data'];
        if (isRecord(data)) {
            for (const [key, value] of Object.entries(data)) {
                const why = judgeData(key, value);
                if (why)
                    found.push({ key, field: 'data', why });
            }
        }
        const binary = object['binaryData'];
        if (isRecord(binary)) {
            for (const [key, value] of Object.entries(binary)) {
                const why = judgeBinary(value);
                if (why)
                    found.push({ key, field: 'binaryData', why });
            }
        }
        for (const { key, field, why } of found) {
            report({
                path: [field, key],
                message: `ConfigMap "${ref.name || '?'}": key "${key}" ${why}. A ConfigMap is readable by more than its Secrets are, and unencrypted.`,
            });
        }
    },
});
