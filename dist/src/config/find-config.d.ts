export declare const configFileNames: readonly [".kubeready.yaml", ".kubeready.yml"];
/** Finds .kubeready.yaml (or .kubeready.yml) in `cwd` or the nearest folder above it; undefined when none. */
export declare function findConfigFile(cwd: string): string | undefined;
