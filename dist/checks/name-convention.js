import { defineObjectCheck, perOptions } from '../src/engine/check.js';
import { isRecord } from '../src/model/kinds.js';
import { compileFullMatch, kindMatches } from '../src/model/tenancy.js';
export default defineObjectCheck({
    meta: {
        id: 'name-convention',
        title: 'Object name outside the naming convention',
        severity: 'error',
        category: 'security',
        description: 'With namePattern set, checks metadata.name of every object against the regular expression given for its ' +
            'kind (keys compare case-insensitively), or against the one under "*" for kinds not listed; the whole name ' +
            'must match (RE2 syntax, as in Go and Kubernetes). Objects without a name (generateName only) are skipped. An invalid ' +
            'pattern is reported once per scope, on the first object it applies to. Does nothing while the map is empty.',
        risk: 'Names are what RBAC rules, admission policies, network rules by name, dashboards and cost reports match ' +
            'on; a name outside the convention (a missing team prefix, an environment suffix in the wrong place) slips ' +
            'past the rules written for it, or is caught by the rules of another tenant. Names cannot be changed in ' +
            'place later: renaming means deleting and recreating the object.',
        mitigation: 'Rename the object to follow the convention (and update what refers to it: Services, selectors, ' +
            'RoleBindings), or, if the convention is wrong for this kind, adjust namePattern.',
        example: `# namePattern: { "*": "[a-z][a-z0-9-]{1,40}", Namespace: "(shop|payments)-(dev|prod)" }
apiVersion: v1
kind: Namespace
metadata:
  name: shop-prod`,
    },
    options: {
        defaults: { namePattern: {} },
        schema: {
            type: 'object',
            properties: {
                namePattern: {
                    type: 'object',
                    additionalProperties: { type: 'string' },
                    description: 'A map from kind (Deployment, Namespace; case-insensitive) or "*" (every other kind) to a regular ' +
                        'expression that metadata.name must match whole. Empty: the check is off.',
                },
            },
            additionalProperties: false,
        },
    },
    check(object, { index, options, report }) {
        const entries = patternEntries(options);
        const chosen = patternFor(entries, object.kind);
        const name = object.metadata?.name;
        if (!chosen || typeof name !== 'string' || name === '')
            return;
        const { key, pattern } = chosen;
        const compiled = compileFullMatch(pattern);
        const scope = key === '*' ? '"*" (kinds without a pattern of their own)' : object.kind;
        if (!compiled.ok) {
            const first = index.objects.find((entry) => patternFor(entries, entry.ref.kind)?.key === key && hasName(entry.object));
            if (first?.object !== object)
                return;
            report({
                path: ['metadata', 'name'],
                message: `The namePattern ${JSON.stringify(pattern)} set for ${scope} is not a valid regular expression (${compiled.error}), so ` +
                    'no name is checked against it. Fix the option; this is reported once, on the first object it applies to.',
            });
            return;
        }
        if (compiled.regex.test(name))
            return;
        report({
            path: ['metadata', 'name'],
            message: `The name "${name}" of this ${object.kind} is not fully matched by ${pattern}, the namePattern set for ${scope}.`,
        });
    },
});
/** The entries of the namePattern option that give a pattern. */
const patternEntries = perOptions(({ namePattern }) => isRecord(namePattern) ? Object.entries(namePattern).filter((entry) => typeof entry[1] === 'string' && entry[1] !== '') : []);
/** The pattern for a kind: its own entry (case-insensitive), else the "*" entry. */
function patternFor(entries, kind) {
    if (entries.length === 0)
        return undefined;
    const own = entries.find(([key]) => key !== '*' && kindMatches(key, kind)) ?? entries.find(([key]) => key === '*');
    return own ? { key: own[0], pattern: own[1] } : undefined;
}
function hasName(object) {
    const name = object.metadata?.name;
    return typeof name === 'string' && name !== '';
}
