import { defineObjectCheck } from '../src/engine/check.js';

// STUB: to be written (issue 4).
export default defineObjectCheck({
  meta: {
    id: 'ingress-backend-missing',
    title: 'TODO',
    severity: 'warning',
    category: 'networking',
    description: 'TODO',
    risk: 'TODO',
    mitigation: 'TODO',
    example: 'TODO',
  },
  check() {
    return [];
  },
});
