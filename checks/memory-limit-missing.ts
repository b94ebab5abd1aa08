import { defineObjectCheck } from '../src/engine/check.js';

// STUB: to be written (issue 4).
export default defineObjectCheck({
  meta: {
    id: 'memory-limit-missing',
    title: 'TODO',
    severity: 'warning',
    category: 'resources',
    description: 'TODO',
    risk: 'TODO',
    mitigation: 'TODO',
    example: 'TODO',
  },
  check() {
    return [];
  },
});
