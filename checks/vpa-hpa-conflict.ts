import { defineObjectCheck } from '../src/engine/check.js';

// STUB: to be written (issue 4).
export default defineObjectCheck({
  meta: {
    id: 'vpa-hpa-conflict',
    title: 'TODO',
    severity: 'warning',
    category: 'scaling',
    description: 'TODO',
    risk: 'TODO',
    mitigation: 'TODO',
    example: 'TODO',
  },
  check() {
    return [];
  },
});
