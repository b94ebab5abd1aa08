/**
 * A CustomResourceDefinition of Widget (example.com/v1, namespaced) whose openAPIV3Schema is `schema`, a
 * one-line flow mapping; `extra` is appended as it is.
 */
export function widgetCrd(schema, extra = '') {
    return `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: { name: widgets.example.com }
spec:
  group: example.com
  names: { kind: Widget, plural: widgets }
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema: ${schema}
${extra}`;
}
