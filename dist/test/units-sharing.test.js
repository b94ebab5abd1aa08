import { describe, expect, it } from 'vitest';
import { parseSource } from '../src/load/parse.js';
import { scopeSources, unitsOf } from '../src/load/units.js';
/**
 * unitsOf gives each unit the objects of other units in the namespaces it names. Every unit of a namespace
 * borrows the same files; a copy of each per unit made the memory grow with the units times the files
 * (244 MB of 326 MB live on the 20,000-object synthetic monorepo, 3,306 units), so a file borrowed whole is
 * one object shared by every unit that borrows it.
 */
function deployment(name, namespace) {
    return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  replicas: 1\n`;
}
describe('unitsOf', () => {
    const folders = 40;
    const plain = Array.from({ length: folders }, (_, i) => parseSource(`app${i}/deploy.yaml`, deployment(`app${i}`, 'shared')));
    // One file of two namespaces: a unit of `shared` borrows only its object there.
    plain.push(parseSource('mixed/both.yaml', `${deployment('a', 'shared')}---\n${deployment('b', 'other')}`));
    const units = unitsOf(plain, { cwd: '/repo' });
    it('gives each unit the objects of the namespaces it names, its own first', () => {
        const first = units.find((unit) => unit.name === 'app0');
        expect(scopeSources(first?.sources ?? []).map((parsed) => [parsed.source.file, parsed.borrowed ?? false, parsed.objects.length])).toEqual([
            ['app0/deploy.yaml', false, 1],
            ...Array.from({ length: folders - 1 }, (_, i) => [`app${i + 1}/deploy.yaml`, true, 1]),
            ['mixed/both.yaml', true, 1],
        ]);
        expect([...(first?.reported ?? [])]).toEqual(['app0/deploy.yaml']);
        const mixed = units.find((unit) => unit.name === 'mixed');
        expect(scopeSources(mixed?.sources ?? []).filter((parsed) => parsed.borrowed)).toHaveLength(folders);
    });
    it('shares one borrowed copy of a file among the units that borrow it whole', () => {
        const copies = new Set(units.flatMap((unit) => scopeSources(unit.sources).filter((parsed) => parsed.borrowed && parsed.source.file !== 'mixed/both.yaml')));
        expect(copies.size).toBe(folders); // not folders * (folders - 1) + ...
        for (const copy of copies)
            expect(copy.problems).toEqual([]);
    });
    it('lists no unit\'s namespace files in a list of its own: what the units hold grows with the files, not the units times the files', () => {
        // Each unit of `shared` holds its own file and its layout; `mixed` names two namespaces and lists what it borrows.
        const held = units.reduce((sum, unit) => sum + unit.sources.length, 0);
        expect(held).toBe(folders + 1 + folders);
        const whole = units.reduce((sum, unit) => sum + scopeSources(unit.sources).length, 0);
        expect(whole).toBe(folders * (folders + 1) + folders + 1);
    });
});
