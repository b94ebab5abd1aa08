import { defineObjectCheck } from '../src/engine/check.js';
import { containerLabel, containersOf, isRecord, podTemplateOf, workloadKinds } from '../src/model/kinds.js';
import { credentialNameWords, holdsConnectionSecret, holdsPrivateKey, holdsUrlPassword, isConnectionStringName, isFilePath, isIndirectValue, isSwitchValue, } from '../src/model/secrets-rbac.js';
export default defineObjectCheck({
    meta: {
        id: 'env-literal-credential',
        title: 'Credential written as a literal environment value',
        severity: 'error',
        category: 'security',
        description: 'Flags an environment variable of any container (init and ephemeral ones included) that holds a literal ' +
            'value while its name says it is a credential: password, passwd, pwd, pass, passphrase, secret, token, ' +
            'api key, a private/access/secret/signing/encryption key, credentials, or auth after another word ' +
            '(BASIC_AUTH), as a whole word of the name (DB_PASSWORD, dbPassword, APITOKEN), the last one or followed ' +
            'only by words such as _VALUE, _B64 or a number. Names about a credential are not flagged (TOKEN_URL, ' +
            'PASSWORD_FILE, SECRET_NAME, TOKEN_TTL, AUTH_ENABLED, MYSQL_ALLOW_EMPTY_PASSWORD), nor are valueFrom, ' +
            'empty values, on/off switches, absolute file paths, values built only from $(VAR) references, and ' +
            'deploy-time placeholders. Whatever the name, a literal holding a PEM private key, a URL with a password, ' +
            'or a connection string with Password= or AccountKey= is flagged too. The value is never printed.',
        risk: 'A literal value is stored in the repository, in the workload object that everyone with read access to ' +
            'Deployments can see, and in kubectl describe output; unlike a Secret, no RBAC rule or encryption at ' +
            'rest protects it. The credential leaks with every copy of the manifest, and rotating it means a new ' +
            'commit and a rollout.',
        mitigation: 'Move the value into a Secret (created from a secret manager, a SealedSecret or SOPS, not committed in ' +
            'plain text) and reference it with valueFrom.secretKeyRef, or mount it as a file and point the ' +
            'application at the file.',
        example: `env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef: { name: db, key: password }
  - name: TOKEN_URL
    value: https://auth.example.com/token`,
    },
    kinds: workloadKinds,
    check(object, { report }) {
        const pod = podTemplateOf(object);
        if (!pod)
            return;
        for (const at of containersOf(pod, ['container', 'initContainer', 'ephemeralContainer'])) {
            const env = at.container.env;
            if (!Array.isArray(env))
                continue;
            for (const [i, variable] of env.entries()) {
                if (!isRecord(variable) || typeof variable['name'] !== 'string')
                    continue;
                const raw = variable['value'];
                if (typeof raw !== 'string' && typeof raw !== 'number')
                    continue;
                const value = String(raw);
                if (value.trim() === '' || isIndirectValue(value))
                    continue;
                const name = variable['name'];
                const words = credentialNameWords(name);
                const path = () => [...at.path, 'env', i, 'value'];
                if (words !== undefined && !isSwitchValue(value) && !isFilePath(value)) {
                    report({
                        path: path(),
                        message: `The ${containerLabel(at)} sets ${name} (its name says "${words}") to a literal value written in the manifest.`,
                    });
                }
                else if (isConnectionStringName(name) && holdsConnectionSecret(value)) {
                    report({ path: path(), message: `The ${containerLabel(at)} sets ${name} to a literal connection string with a password or key in it.` });
                }
                else if (holdsPrivateKey(value)) {
                    report({ path: path(), message: `The ${containerLabel(at)} sets ${name} to a literal value that holds a PEM private key.` });
                }
                else if (holdsUrlPassword(value)) {
                    report({ path: path(), message: `The ${containerLabel(at)} sets ${name} to a literal URL with a password in it.` });
                }
            }
        }
    },
});
