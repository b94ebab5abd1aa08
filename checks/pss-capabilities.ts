import { defineObjectCheck } from '../src/engine/check.js';

// STUB: to be written (issue 5).
export default defineObjectCheck({
  meta: {
    id: 'pss-capabilities',
    title: 'TODO',
    severity: 'error',
    category: 'security',
    description: 'TODO',
    risk: 'TODO',
    mitigation: 'TODO',
    example: 'TODO',
    podSecurity: 'baseline',
  },
  check() {
    return [];
  },
});
