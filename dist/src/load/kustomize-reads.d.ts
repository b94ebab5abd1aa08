/** Why a kustomization may not be built: the file that asked, and what it asked for. */
export interface Refusal {
    file: string;
    message: string;
}
export interface ReadRules {
    /** The repository: every file the build reads lies inside it, outside .git. */
    root: string;
    /** Remote resources (URLs, git repositories) may be fetched: the command line said --allow-remote. */
    allowRemote: boolean;
}
/**
 * Follows everything a kustomization makes kustomize read (resources, bases, components, patches,
 * generator files and env files, transformer and generator configs, replacements, configurations, the
 * OpenAPI schema, Helm values) before kustomize runs, and refuses the build when one of them lies outside
 * the repository, behind a symlink that leads out, in .git, or on the network without --allow-remote.
 * Kustomizations that use each other in a cycle are refused too, naming both folders. Exec and
 * container plugins need flags kubeready never passes, so they never run.
 *
 * What the walk found is what the build reads, for `--cache`: the files (each kustomization, and the
 * places one could appear; every file named), and the folders named where a file is expected, whose
 * every file counts.
 */
export declare function kustomizeReads(dir: string, rules: ReadRules): {
    refusal?: Refusal;
    files: string[];
    trees: string[];
};
/** The documents of a kustomization or plugin config (parseYamlValues), each text parsed once per run. */
export declare function configDocuments(text: string): unknown[] | undefined;
