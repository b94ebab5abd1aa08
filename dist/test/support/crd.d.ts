/**
 * A CustomResourceDefinition of Widget (example.com/v1, namespaced) whose openAPIV3Schema is `schema`, a
 * one-line flow mapping; `extra` is appended as it is.
 */
export declare function widgetCrd(schema: string, extra?: string): string;
