import { defineObjectCheck } from '../src/engine/check.js';
import { dockerfileKind, isDockerfileObject, runInstructionOf, runScriptOf } from '../src/model/dockerfile.js';
import { pipelines, programIndex, shellTokens } from '../src/model/shell.js';
const isPathOrUrl = (word) => word.startsWith('.') || word.startsWith('/') || word.startsWith('~') || word.includes('://');
/** pip's version control URLs (git+https://host/repo.git@ref): pinned by an @ref after the host, not by the user's @ in front of it. */
function pipVcsPinned(word) {
    const hash = word.indexOf('#');
    const url = hash === -1 ? word : word.slice(0, hash);
    const scheme = url.indexOf('://');
    const path = url.indexOf('/', scheme === -1 ? 0 : scheme + 3);
    return path !== -1 && url.includes('@', path);
}
/** npm's git sources (git+ssh://..., github:user/repo, user/repo): pinned by a #commit, tag or #semver: range. */
function isNpmGitSource(word) {
    return (/^git(?:\+[a-z]+)?:\/\//.test(word) ||
        ['github:', 'gitlab:', 'bitbucket:', 'gist:'].some((prefix) => word.startsWith(prefix)) ||
        (!word.startsWith('@') && !isPathOrUrl(word) && word.includes('/')));
}
const apt = {
    subcommands: new Set(['install']),
    valued: new Set(['-o', '-t', '-c', '--target-release', '--option', '--config-file', '--default-release']),
    pinned: (word) => word.includes('=') || word.endsWith('.deb') || isPathOrUrl(word),
    example: 'name=version',
};
const apk = {
    subcommands: new Set(['add']),
    valued: new Set(['-t', '--virtual', '-X', '--repository', '--repositories-file', '-p', '--root', '--arch', '--cache-dir', '--keys-dir']),
    pinned: (word) => word.includes('=') || word.includes('~') || word.includes('<') || word.includes('>') || word.endsWith('.apk') || isPathOrUrl(word),
    example: 'name=version',
};
const pip = {
    subcommands: new Set(['install']),
    valued: new Set([
        '-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '-t', '--target',
        '--prefix', '--root', '--trusted-host', '--platform', '--python-version', '--implementation', '--abi', '--src', '--upgrade-strategy', '--cache-dir',
        '--log', '--proxy', '--retries', '--timeout', '--cert', '--client-cert', '--no-binary', '--only-binary', '--progress-bar', '--exists-action',
    ]),
    skipWith: new Set(['-c', '--constraint']),
    pinned: (word) => {
        if (/^(?:git|hg|svn|bzr)\+/.test(word))
            return pipVcsPinned(word);
        return (['==', '>=', '<=', '~=', '!=', '<', '>', '@'].some((operator) => word.includes(operator)) ||
            // A word with a slash is a local project (foo/bar), as pip reads it.
            isPathOrUrl(word) ||
            word.includes('/') ||
            word.endsWith('.whl') ||
            word.endsWith('.tar.gz') ||
            word.endsWith('.zip'));
    },
    example: 'name==version',
};
const npm = {
    subcommands: new Set(['install', 'i', 'add']),
    valued: new Set(['--prefix', '--registry', '--cache', '--userconfig', '--tag', '--loglevel', '--omit', '--include', '--workspace', '-w', '--before']),
    requires: new Set(['-g', '--global', '--location=global']),
    pinned: (word) => {
        if (isNpmGitSource(word))
            return word.includes('#');
        const at = word.indexOf('@', 1);
        if (at !== -1)
            return !['latest', 'next', ''].includes(word.slice(at + 1));
        // A path, a URL or a tarball names its source, not a registry version.
        return isPathOrUrl(word) || ['.tgz', '.tar', '.tar.gz'].some((suffix) => word.endsWith(suffix));
    },
    example: 'name@version',
};
const installers = new Map([
    ['apt-get', apt],
    ['apt', apt],
    ['apk', apk],
    ['pip', pip],
    ['pip3', pip],
    ['npm', npm],
]);
/** The installer a command runs and the words after its program: `python3 -m pip install` is pip. */
function installerOf(command) {
    const at = programIndex(command);
    if (at === -1)
        return undefined;
    const word = command[at] ?? '';
    const program = word.slice(word.lastIndexOf('/') + 1);
    if (/^python[0-9.]*$/.test(program) && command[at + 1] === '-m' && (command[at + 2] === 'pip' || command[at + 2] === 'pip3')) {
        return { name: 'pip', installer: pip, rest: command.slice(at + 3) };
    }
    const name = /^pip[0-9.]*$/.test(program) ? 'pip' : program;
    const installer = installers.get(name);
    return installer ? { name, installer, rest: command.slice(at + 1) } : undefined;
}
/** The packages without a version that one command installs, or undefined when it installs none. */
function unpinnedOf(installer, rest) {
    let subcommand = false;
    const options = new Set();
    const unpinned = [];
    for (let i = 0; i < rest.length; i++) {
        const word = rest[i] ?? '';
        if (word.startsWith('-')) {
            const name = word.includes('=') ? word.slice(0, word.indexOf('=')) : word;
            options.add(word.includes('=') && installer.requires?.has(word) ? word : name);
            if (!word.includes('=') && installer.valued.has(word))
                i++;
            continue;
        }
        if (!subcommand) {
            if (!installer.subcommands.has(word))
                return undefined;
            subcommand = true;
            continue;
        }
        if (word === '' || word.includes('$') || installer.pinned(word))
            continue;
        unpinned.push(word);
    }
    if (!subcommand)
        return undefined;
    if (installer.skipWith && [...installer.skipWith].some((option) => options.has(option)))
        return undefined;
    if (installer.requires && ![...installer.requires].some((option) => options.has(option)))
        return undefined;
    return unpinned;
}
export default defineObjectCheck({
    meta: {
        id: 'dockerfile-packages-unpinned',
        title: 'Dockerfile installing packages without versions',
        severity: 'info',
        category: 'images',
        description: 'Flags, in the RUN instructions of Dockerfiles (and ONBUILD RUN, which runs in the build of every image ' +
            'made FROM this one), apt-get and apt install, apk add, pip install (pip3, python -m pip) and npm ' +
            'install -g (or npm i -g, npm add -g) of packages named without a version. The RUN text is split into ' +
            'shell words and commands (src/model/shell.ts), not matched by a pattern. Left alone: packages with a ' +
            'version (apt and apk `name=version`, apk `~`, `<` and `>`, pip `==`, `>=` and the other specifiers, npm ' +
            '`name@version` other than @latest and @next), files, paths and URLs, git sources at a ref (pip ' +
            '`git+https://host/repo.git@ref`, npm `#ref`; without a ref they install whatever the branch holds that ' +
            'day, and are flagged), words holding a variable, and pip with a constraints file (-c). hadolint\'s ' +
            'DL3008, DL3018, DL3013 and DL3016 flag the same, with these differences. hadolint\'s DL3008 reads ' +
            'apt-get only, and counts name/release as pinned, though that release\'s version moves. DL3018 takes ' +
            'only = and ~, where kubeready takes apk\'s < and > constraints too. DL3013 skips a command that installs ' +
            'a requirements file, where kubeready still flags a package named beside a requirements file. DL3016 ' +
            'also flags a local npm install of named packages, which kubeready leaves to the lock file; it reads ' +
            'the word install only, where npm i and npm add install the same; and hadolint counts any @ as a ' +
            'version (@latest too) but not a #ref on GitHub\'s user/repo. hadolint flags words holding a variable, ' +
            'whose value only the build knows.',
        risk: 'An unpinned package installs whatever version the mirror has on the day of the build: two builds of ' +
            'the same commit differ, and a rebuild for an unrelated fix can bring a new major version or a broken release.',
        mitigation: 'Pin each package to a version (apt-get install curl=7.88.1-10+deb12u8, apk add curl=8.9.1-r1, pip ' +
            'install requests==2.32.3 or a requirements file with hashes, npm install -g typescript@5.9.3), or ' +
            'install from a pinned base image that carries them.',
        example: `FROM debian:12.7-slim
RUN apt-get update \\
 && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\
 && rm -rf /var/lib/apt/lists/*`,
    },
    kinds: [dockerfileKind],
    check(object, { report }) {
        if (!isDockerfileObject(object))
            return;
        object.stages.forEach((stage, s) => {
            stage.instructions.forEach((instruction, i) => {
                const run = runInstructionOf(instruction);
                const script = run && runScriptOf(run);
                if (script === undefined)
                    return;
                for (const pipeline of pipelines(shellTokens(script))) {
                    for (const command of pipeline) {
                        const found = installerOf(command);
                        const unpinned = found && unpinnedOf(found.installer, found.rest);
                        if (!found || !unpinned || unpinned.length === 0)
                            continue;
                        const shown = unpinned.slice(0, 5).map((name) => `"${name}"`).join(', ') + (unpinned.length > 5 ? ` and ${unpinned.length - 5} more` : '');
                        report({
                            path: ['stages', s, 'instructions', i],
                            message: `${found.name} installs ${shown} without a version, so each build takes whatever the mirror has that day (pin it as ${found.installer.example}).`,
                        });
                    }
                }
            });
        });
    },
});
