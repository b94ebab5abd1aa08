import { defineObjectCheck } from '../src/engine/check.js';
import { knownTokenIn } from '../src/model/credential-shapes.js';
import { dockerfileKind, execFormOf, isDockerfileObject } from '../src/model/dockerfile.js';
import { credentialNameWords, holdsPrivateKey, holdsUrlPassword, isFilePath, isSwitchValue } from '../src/model/secrets-rbac.js';
/** A value made only of `$NAME` and `${NAME...}` references (and spaces): the build passes it in, nothing is written. */
function isReference(value) {
    let i = 0;
    let referenced = false;
    while (i < value.length) {
        const c = value[i];
        if (c === ' ') {
            i++;
            continue;
        }
        if (c !== '$')
            return false;
        if (value[i + 1] === '{') {
            const close = value.indexOf('}', i + 2);
            if (close === -1)
                return false;
            i = close + 1;
        }
        else {
            let end = i + 1;
            while (end < value.length && /[A-Za-z0-9_]/.test(value[end] ?? ''))
                end++;
            if (end === i + 1)
                return false;
            i = end;
        }
        referenced = true;
    }
    return referenced;
}
/** File names that hold a private key or a login: SSH keys, key stores, .netrc, cloud credentials. */
const keyFileNames = new Set(['id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519', '.netrc', '_netrc', '.pgpass', '.git-credentials', 'credentials']);
const keyFileExtensions = ['.key', '.p12', '.pfx', '.jks', '.keystore'];
function keyFileOf(source) {
    const trimmed = source.endsWith('/') ? source.slice(0, -1) : source;
    const name = trimmed.slice(trimmed.lastIndexOf('/') + 1);
    if (name.includes('$') || name.includes('*'))
        return undefined;
    if (keyFileNames.has(name))
        return name;
    return keyFileExtensions.some((extension) => name.length > extension.length && name.toLowerCase().endsWith(extension)) ? name : undefined;
}
export default defineObjectCheck({
    meta: {
        id: 'dockerfile-secret-in-build',
        title: 'Dockerfile that bakes a credential into the image',
        severity: 'error',
        category: 'security',
        description: 'Flags, in every stage of a Dockerfile, an ENV value or ARG default that is a credential: its name says ' +
            'so (PASSWORD, TOKEN, API_KEY, SECRET... as env-literal-credential reads names; TOKEN_URL or ' +
            'PASSWORD_FILE are not) and it holds a literal, or whatever its name it holds a PEM private key, a URL ' +
            'with a password or a known token shape (a GitHub or AWS key...). Values made only of ${VAR} ' +
            'references, empty values, switches and absolute paths are left alone, as is an ARG without a default. ' +
            'Also flags COPY and ADD of key files by name: SSH private keys (id_rsa, id_ed25519...), .netrc, ' +
            '.pgpass, .git-credentials, cloud credentials files and *.key, *.p12, *.pfx, *.jks key stores. What ' +
            'COPY . copies depends on .dockerignore, which kubeready does not read. The value is never printed.',
        risk: 'ENV values and ARG defaults are stored in the image\'s configuration and history (docker history, ' +
            'docker inspect), and copied files in its layers, for anyone who can pull the image: removing them in ' +
            'a later step hides nothing. The credential leaks with every copy of the image, in every registry and ' +
            'node cache.',
        mitigation: 'Pass build-time credentials as BuildKit secrets (RUN --mount=type=secret,id=npm_token ...) or SSH ' +
            'forwarding (RUN --mount=type=ssh), never as ARG or ENV; give runtime credentials to the container ' +
            'from a Kubernetes Secret; keep key files out of the build context with .dockerignore.',
        example: `# syntax=docker/dockerfile:1
FROM node:20.19-slim
RUN --mount=type=secret,id=npm_token \\
    NPM_TOKEN="$(cat /run/secrets/npm_token)" npm ci
ENV TOKEN_URL=https://auth.example.com/token`,
    },
    kinds: [dockerfileKind],
    check(object, { report }) {
        if (!isDockerfileObject(object))
            return;
        const judge = (name, value, path, what) => {
            if (value === undefined || value.trim() === '' || isReference(value))
                return;
            const words = credentialNameWords(name);
            if (words !== undefined && !isSwitchValue(value) && !isFilePath(value)) {
                report({ path, message: `${what} ${name} (its name says "${words}") holds a literal value, stored in the image for anyone who can pull it.` });
                return;
            }
            const shape = holdsPrivateKey(value) ? 'a PEM private key' : holdsUrlPassword(value) ? 'a URL with a password' : knownTokenIn(value);
            if (shape)
                report({ path, message: `${what} ${name} holds ${shape}, stored in the image for anyone who can pull it.` });
        };
        object.args.forEach((arg, i) => judge(arg.name, arg.default, ['args', i], 'The ARG'));
        object.stages.forEach((stage, s) => {
            stage.instructions.forEach((instruction, i) => {
                if (instruction.keyword === 'ENV' || instruction.keyword === 'ARG') {
                    (instruction.variables ?? []).forEach((variable, v) => judge(variable.name, variable.default, ['stages', s, 'instructions', i, 'variables', v, 'default'], `The ${instruction.keyword}`));
                }
                else if (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') {
                    const exec = execFormOf(instruction);
                    const sources = (exec ?? instruction.words).slice(0, -1);
                    sources.forEach((source, w) => {
                        const key = keyFileOf(source);
                        const path = exec ? ['stages', s, 'instructions', i] : ['stages', s, 'instructions', i, 'words', w];
                        if (key)
                            report({ path, message: `${instruction.keyword} copies "${source}", a key or login file, into a layer of the image for anyone who can pull it.` });
                    });
                }
            });
        });
    },
});
