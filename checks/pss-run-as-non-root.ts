import { defineObjectCheck } from '../src/engine/check.js';

// STUB: to be written (issue 5).
export default defineObjectCheck({
  meta: {
    id: 'pss-run-as-non-root',
    title: 'TODO',
    severity: 'warning',
    category: 'security',
    description: 'TODO',
    risk: 'TODO',
    mitigation: 'TODO',
    example: 'TODO',
    podSecurity: 'restricted',
  },
  check() {
    return [];
  },
});
