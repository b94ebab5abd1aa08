import { defineObjectCheck } from '../src/engine/check.js';
import { dockerfileKind, execFormOf, isDockerfileObject, isShellProgram, runInstructionOf, runScriptOf } from '../src/model/dockerfile.js';
import { pipelines, programOf, shellTokens } from '../src/model/shell.js';
const downloaders = new Set(['curl', 'wget']);
/** An http or https source that is not a git repository (`https://host/repo.git#ref`, which ADD clones). */
function isUrl(word) {
    const lower = word.slice(0, 8).toLowerCase();
    if (!lower.startsWith('http://') && !lower.startsWith('https://'))
        return false;
    const hash = word.indexOf('#');
    return !(hash === -1 ? word : word.slice(0, hash)).endsWith('.git');
}
/** The downloader and the shell of the first pipeline that pipes a download into a shell. */
function downloadIntoShell(script) {
    for (const pipeline of pipelines(shellTokens(script))) {
        let downloader;
        for (const command of pipeline) {
            const program = programOf(command);
            if (program === undefined)
                continue;
            if (downloaders.has(program))
                downloader ??= program;
            else if (downloader && isShellProgram(program))
                return { downloader, shell: program };
        }
    }
    return undefined;
}
export default defineObjectCheck({
    meta: {
        id: 'dockerfile-add-remote',
        title: 'Dockerfile that adds a download without checking it, or pipes one into a shell',
        severity: 'warning',
        category: 'security',
        description: 'Flags, in Dockerfiles, an ADD whose source is an http or https URL without --checksum (which makes ' +
            'docker build verify the download), and a RUN that pipes curl or wget into a shell (curl ... | sh, ' +
            'wget -O- ... | sudo bash), in shell form or as `sh -c` in exec form, and in an ONBUILD RUN. The RUN text is split into shell ' +
            'words and pipelines (quotes, escapes, comments, line continuations and heredocs read as a shell reads ' +
            'them), so a pipe inside quotes or a comment is not one. A download saved to a file and checked before ' +
            'it runs is left alone, as are ADD of local files and git sources.',
        risk: 'Whatever the server (or anyone between it and the build) returns goes into the image, or runs as root ' +
            'during the build, unchecked: a compromised download site or a moved URL ships its code to production, ' +
            'and two builds of the same commit differ.',
        mitigation: 'Give ADD a --checksum=sha256:... of the expected file, or download with curl, verify the checksum or ' +
            'signature (sha256sum -c), then run it; better, install from a package manager or copy from a pinned image.',
        example: `ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d \\
    https://github.com/tini/tini/releases/download/v0.19.0/tini /tini
RUN curl -fsSLo /tmp/install.sh https://example.com/install.sh \\
 && echo "4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac  /tmp/install.sh" | sha256sum -c - \\
 && sh /tmp/install.sh`,
    },
    kinds: [dockerfileKind],
    check(object, { report }) {
        if (!isDockerfileObject(object))
            return;
        object.stages.forEach((stage, s) => {
            stage.instructions.forEach((instruction, i) => {
                if (instruction.keyword === 'ADD') {
                    if (instruction.flags.some((flag) => flag.name === 'checksum'))
                        return;
                    const exec = execFormOf(instruction);
                    const sources = (exec ?? instruction.words).slice(0, -1);
                    sources.forEach((source, w) => {
                        if (!isUrl(source))
                            return;
                        const path = exec ? ['stages', s, 'instructions', i] : ['stages', s, 'instructions', i, 'words', w];
                        report({ path, message: `ADD downloads "${source}" without --checksum: whatever the server returns goes into the image unchecked.` });
                    });
                }
                else {
                    // A RUN, or the RUN an ONBUILD leaves to every image built FROM this one.
                    const run = runInstructionOf(instruction);
                    const script = run === undefined ? undefined : runScriptOf(run);
                    const found = script === undefined ? undefined : downloadIntoShell(script);
                    if (found)
                        report({ path: ['stages', s, 'instructions', i], message: `${instruction.keyword === 'ONBUILD' ? 'ONBUILD RUN' : 'RUN'} pipes a download (${found.downloader}) into a shell (${found.shell}): the build runs whatever the server returns, unchecked.` });
                }
            });
        });
    },
});
