/** The commands GitHub's runner registers (actions/runner, ActionCommandManager), stop-commands among them. */
export const registered = ['error', 'warning', 'notice', 'debug', 'group', 'endgroup', 'stop-commands', 'add-mask', 'echo', 'save-state', 'set-output', 'set-env', 'add-path', 'add-matcher', 'remove-matcher'];
/**
 * What GitHub's runner reads from one line of a step's output (actions/runner, ActionCommand.TryParseV2 and
 * TryParse): `::name props::data` after leading blanks, or `##[name props]data` anywhere in the line.
 */
export function runnerCommand(line) {
    const trimmed = line.trimStart();
    if (trimmed.startsWith('::')) {
        const end = trimmed.indexOf('::', 2);
        if (end >= 0) {
            const info = trimmed.slice(2, end);
            const space = info.indexOf(' ');
            const name = space < 0 ? info : info.slice(0, space);
            if (registered.includes(name.toLowerCase())) {
                const properties = {};
                for (const pair of (space < 0 ? '' : info.slice(space + 1)).split(',').filter(Boolean)) {
                    const at = pair.indexOf('=');
                    if (at > 0)
                        properties[pair.slice(0, at)] = unescape(pair.slice(at + 1), true);
                }
                return { name, properties, data: unescape(trimmed.slice(end + 2), false) };
            }
        }
    }
    const old = /##\[([^\]\s]*)[^\]]*\](.*)/.exec(line);
    if (old && registered.includes((old[1] ?? '').toLowerCase()))
        return { name: old[1] ?? '', properties: {}, data: old[2] ?? '' };
    return undefined;
}
function unescape(text, property) {
    let out = text.replaceAll('%0D', '\r').replaceAll('%0A', '\n');
    if (property)
        out = out.replaceAll('%3A', ':').replaceAll('%2C', ',');
    return out.replaceAll('%25', '%');
}
