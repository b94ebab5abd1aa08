import { defineEngineCheck } from '../src/engine/check.js';
export default defineEngineCheck({
    meta: {
        id: 'unused-suppression',
        title: 'Suppression that suppresses nothing',
        severity: 'warning',
        category: 'correctness',
        description: 'Reported by the suppression pass, not by looking at objects: fires on a kubeready.io/ignore annotation, a ' +
            '# kubeready-ignore or # kubeready-ignore-next-line comment, or an ignore entry of the config that covers no ' +
            'finding, names an unknown check, or gives no reason after "--" (a suppression without a reason suppresses ' +
            'nothing).',
        risk: 'A stale suppression hides the next real problem of that kind at that place without anyone deciding to, ' +
            'and a misspelled check id or a missing reason leaves the finding it was meant for in every report, so ' +
            'people learn to ignore the output.',
        mitigation: 'Delete suppressions once the finding they covered is fixed, spell the check id as kubeready --list-checks ' +
            'prints it, and give every suppression a reason: "check-id -- why this is acceptable here".',
        example: `metadata:
  annotations:
    kubeready.io/ignore: "run-as-root -- the image needs root to bind port 80; tracked in OPS-123"`,
    },
});
