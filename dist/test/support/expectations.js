import { existsSync, readFileSync } from 'node:fs';
/**
 * Reads the findings a fixture declares. YAML fixtures carry `# expect: id[, id]` on the line the
 * finding must point at, or `# expect+N:` / `# expect-N:` for a line N below or above. JSON fixtures,
 * which cannot hold comments, list `line: id` in a sidecar file `<fixture>.expect`.
 */
export function readExpectations(file) {
    const sidecar = `${file}.expect`;
    if (existsSync(sidecar)) {
        return readFileSync(sidecar, 'utf8')
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line && !line.startsWith('#'))
            .map((line) => {
            const [number, id] = line.split(':').map((part) => part.trim());
            return `${Number(number)}: ${id}`;
        })
            .sort(byLineThenId);
    }
    const expectations = [];
    readFileSync(file, 'utf8')
        .split('\n')
        .forEach((text, i) => {
        const marker = /#\s*expect([+-]\d+)?:\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)/.exec(text);
        if (!marker)
            return;
        const line = i + 1 + Number(marker[1] ?? 0);
        for (const id of (marker[2] ?? '').split(','))
            expectations.push(`${line}: ${id.trim()}`);
    });
    return expectations.sort(byLineThenId);
}
export function byLineThenId(a, b) {
    const lineA = Number.parseInt(a, 10);
    const lineB = Number.parseInt(b, 10);
    return lineA - lineB || (a < b ? -1 : a > b ? 1 : 0);
}
