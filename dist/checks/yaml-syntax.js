import { defineSourceCheck } from '../src/engine/check.js';
const consequence = {
    DUPLICATE_KEY: ': only the last value is applied, the others are silently lost',
    ALIAS_LIMIT: ': the document looks like an alias bomb, and is not linted further',
    ALIAS_CYCLE: ': kubectl refuses the document',
    ALIAS_UNKNOWN: ': kubectl refuses the document',
    MERGE_NOT_MAP: ': kubectl refuses the document',
    NESTING_LIMIT: ': the document is not linted further',
    CONTROL_CHARACTER: ': kubectl refuses the file',
    INVALID_UTF8: ': kubectl refuses the file, which must be UTF-8; the rest of it is linted as if the byte were U+FFFD',
};
export default defineSourceCheck({
    meta: {
        id: 'yaml-syntax',
        title: 'YAML that does not parse, or repeats a key',
        severity: 'error',
        category: 'correctness',
        description: 'Reports the first syntax error of each YAML document, every repeated key, and .json files that are not ' +
            'valid JSON, at the line and column where the parser found them; also what kubectl refuses although a ' +
            'YAML parser may accept it (bytes that are not UTF-8, control characters, a merge key on a non-mapping, ' +
            'unknown or self-referencing aliases) and what kubeready will not expand (alias bombs, nesting over ' +
            '200 levels).',
        risk: 'kubectl and the API server reject a document that does not parse, so the deploy fails halfway. A ' +
            'repeated key is worse: it parses, and one of the two values is dropped without a word.',
        mitigation: 'Fix the syntax at the reported position. Generate manifests with a tool that understands YAML ' +
            '(Helm, Kustomize, a YAML library) instead of text substitution.',
        example: `metadata:
  name: api
  labels:
    app: api
    tier: backend   # each key once`,
    },
    check(problems, { report }) {
        for (const problem of problems) {
            if (problem.code.startsWith('DOCKERFILE_'))
                continue; // dockerfile-syntax's
            report({ start: problem.start, end: problem.end, message: `${problem.message}${consequence[problem.code] ?? ''}.` });
        }
    },
});
