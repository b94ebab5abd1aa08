import { defineObjectCheck } from '../src/engine/check.js';

// STUB: to be written (issue 5).
export default defineObjectCheck({
  meta: {
    id: 'namespace-pod-security-missing',
    title: 'TODO',
    severity: 'warning',
    category: 'security',
    description: 'TODO',
    risk: 'TODO',
    mitigation: 'TODO',
    example: 'TODO',
  },
  check() {
    return [];
  },
});
