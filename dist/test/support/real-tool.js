import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
/**
 * A real tool a test drives, found on PATH (or at the path in `override`), or undefined. Without it the
 * test is skipped with a one-line notice, so that `npm test` passes on any machine; CI installs the tool
 * and sets `required`, so that there a missing tool fails instead of skipping.
 */
export function realTool(tool) {
    const found = tool.override && process.env[tool.override] ? process.env[tool.override] : onPath(tool.names);
    const missing = `${tool.names[0]} is not on PATH (Debian: ${tool.install})${tool.override ? `, and ${tool.override} is not set` : ''}`;
    if (!found && process.env[tool.required])
        throw new Error(`${missing}, and ${tool.required} asks for it`);
    if (!found)
        process.stderr.write(`skipped: ${missing}; set ${tool.required}=1 to make that a failure\n`);
    return found;
}
function onPath(names) {
    for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
        for (const name of names) {
            try {
                accessSync(join(dir, name), constants.X_OK);
                return join(dir, name);
            }
            catch {
                // not in this directory
            }
        }
    }
    return undefined;
}
