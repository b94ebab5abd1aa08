import { defineObjectCheck } from '../src/engine/check.js';

// STUB: to be written (issue 4).
export default defineObjectCheck({
  meta: {
    id: 'observability-colocated',
    title: 'TODO',
    severity: 'info',
    category: 'environments',
    description: 'TODO',
    risk: 'TODO',
    mitigation: 'TODO',
    example: 'TODO',
  },
  check() {
    return [];
  },
});
