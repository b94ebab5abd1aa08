import { defineObjectCheck } from '../src/engine/check.js';

// STUB: to be written (issue 4).
export default defineObjectCheck({
  meta: {
    id: 'hpa-target-missing',
    title: 'TODO',
    severity: 'info',
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
