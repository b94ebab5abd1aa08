import { describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { lintText } from '../src/api.js';
import { defineObjectCheck } from '../src/engine/check.js';
import { ConfigError, configureChecks } from '../src/engine/config.js';
const meta = {
    title: 'A test check',
    severity: 'warning',
    category: 'correctness',
    description: 'Test.',
    risk: 'None.',
    mitigation: 'None.',
    example: '',
};
/** Reports every object, at the severity the report asks for, with its option in the message. */
const loud = defineObjectCheck({
    meta: { ...meta, id: 'loud' },
    options: { defaults: { word: 'hello', count: 1 }, schema: { type: 'object' } },
    *check(_object, { options }) {
        yield { path: ['kind'], message: `${options.word} x${options.count}`, severity: 'error' };
    },
});
const quiet = defineObjectCheck({ meta: { ...meta, id: 'quiet', enabledByDefault: false }, *check() { yield { path: [], message: 'quiet' }; } });
const all = [loud, quiet];
const pod = 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\n';
describe('configureChecks', () => {
    it('runs every check on by default, with default options and no severity set', () => {
        expect(configureChecks(all).map((c) => [c.check.meta.id, c.severity, c.options])).toEqual([['loud', undefined, { word: 'hello', count: 1 }]]);
    });
    it('turns checks off and on, sets severity, and merges options over the defaults', () => {
        expect(configureChecks(all, { loud: 'off' })).toEqual([]);
        expect(configureChecks(all, { quiet: {} }).map((c) => c.check.meta.id)).toEqual(['loud', 'quiet']);
        expect(configureChecks(all, { quiet: 'info' }).map((c) => [c.check.meta.id, c.severity])).toEqual([['loud', undefined], ['quiet', 'info']]);
        expect(configureChecks(all, { loud: { options: { count: 3 } } })[0]?.options).toEqual({ word: 'hello', count: 3 });
    });
    it('rejects an unknown check or severity with a message naming it', () => {
        expect(() => configureChecks(all, { lodu: 'off' })).toThrow(new ConfigError('unknown check "lodu" (see kubeready --list-checks)'));
        expect(() => configureChecks(all, { loud: { severity: 'fatal' } })).toThrow(/check "loud": severity must be off, error, warning, info \(got "fatal"\)/);
    });
});
describe('severity', () => {
    it('is the report\'s own unless the run set one for the check', () => {
        expect(lintText(pod, 'p.yaml', all).findings.map((f) => [f.severity, f.message])).toEqual([['error', 'hello x1']]);
        expect(lintText(pod, 'p.yaml', all, { loud: { severity: 'info', options: { word: 'hi' } } }).findings.map((f) => [f.severity, f.message])).toEqual([
            ['info', 'hi x1'],
        ]);
    });
});
describe('every registered check', () => {
    it.each(checks.map((check) => [check.meta.id, check]))('%s has option defaults that match its schema\'s properties', (_id, check) => {
        if (!check.options)
            return;
        const properties = Object.keys((check.options.schema['properties'] ?? {})).sort();
        expect(Object.keys(check.options.defaults).sort()).toEqual(properties);
    });
});
