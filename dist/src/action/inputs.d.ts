/**
 * The Action's inputs (action.yml), as the runner passes them to a JavaScript action: each in the
 * environment variable INPUT_<NAME>, the name upper-cased with its hyphens kept.
 */
export declare const reports: readonly ["annotations", "sarif", "both"];
export type Report = (typeof reports)[number];
/** The defaults action.yml declares; also used when the variable is missing or blank (a run outside a runner). */
export declare const inputDefaults: {
    readonly paths: ".";
    readonly 'fail-on': "warning";
    readonly args: "";
    readonly report: "annotations";
    readonly 'sarif-file': "kubeready.sarif";
    readonly summary: "true";
};
export type InputName = keyof typeof inputDefaults;
export interface ActionInputs {
    paths: string[];
    failOn: string;
    args: string[];
    report: Report;
    sarifFile: string;
    summary: boolean;
}
type Env = Readonly<Record<string, string | undefined>>;
export declare function input(env: Env, name: InputName): string;
/** Split on spaces and line breaks; no shell, so no quoting and no globbing. */
export declare function words(text: string): string[];
/** The inputs, or what is wrong with them (a sentence holding the value as given). */
export declare function readInputs(env: Env): ActionInputs | {
    error: string;
};
/**
 * kubeready's command line. The Action's own formats come first, each with its --output (`-` for
 * stdout), so that a `--format X -o FILE` in args still pairs X with FILE; then fail-on, args, and the
 * paths after `--`.
 */
export declare function kubereadyArgs(inputs: ActionInputs, files: {
    sarif?: string | undefined;
    markdown?: string | undefined;
}): string[];
export {};
