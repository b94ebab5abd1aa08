import { apiGroupOf, isBuiltInGroup } from './kinds.js';
/** No schemas at all: every kind is unknown. */
export const noSchemas = {
    validate: (object) => ({ known: false, builtIn: isBuiltInGroup(apiGroupOf(object.apiVersion)), reason: 'no schemas loaded' }),
    contextOf: () => 'none',
};
