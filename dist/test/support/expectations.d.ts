/** One expected finding: `line: check-id`. */
export type Expectation = string;
/**
 * Reads the findings a fixture declares. YAML fixtures carry `# expect: id[, id]` on the line the
 * finding must point at, or `# expect+N:` / `# expect-N:` for a line N below or above. JSON fixtures,
 * which cannot hold comments, list `line: id` in a sidecar file `<fixture>.expect`.
 */
export declare function readExpectations(file: string): Expectation[];
export declare function byLineThenId(a: string, b: string): number;
