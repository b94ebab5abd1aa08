import { defineObjectCheck } from '../src/engine/check.js';

// STUB: to be written (issue 4).
export default defineObjectCheck({
  meta: {
    id: 'image-digest-missing',
    title: 'TODO',
    severity: 'warning',
    category: 'images',
    description: 'TODO',
    risk: 'TODO',
    mitigation: 'TODO',
    example: 'TODO',
    enabledByDefault: false,
  },
  check() {
    return [];
  },
});
