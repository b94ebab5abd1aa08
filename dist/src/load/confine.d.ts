/**
 * The files of a run are hostile: a chart, a kustomization or a config may ask to read anything. They may
 * read only inside the repository they belong to, and never its .git folder (the checkout's saved
 * credentials live there), nor the kernel's and devices' pseudo-files.
 */
export declare function isInside(file: string, root: string): boolean;
/**
 * The repository a trusted path (one named on the command line, or the working directory) belongs to:
 * the nearest folder at or above it holding `.git`; else the working directory when the path lies
 * inside it; else the path itself (its folder, for a file).
 */
export declare function repositoryRoot(path: string, cwd: string): string;
/** The nearest folder at or above `path` (absolute) that holds a `.git`, or undefined outside any repository. */
export declare function gitRepositoryOf(path: string): string | undefined;
/**
 * Why `target` may not be read by a unit of `root`, or undefined when it may: it must lie inside the root
 * as written and once symlinks are followed, outside any `.git` folder and the system's pseudo-files.
 * A target that does not exist is judged as written (the tool that asks for it fails on its own).
 */
export declare function escapeFrom(target: string, root: string): string | undefined;
/** True for a string kustomize or helm would fetch over the network rather than read from disk. */
export declare function isRemoteReference(entry: string): boolean;
/** `target` as the run shows paths: relative to the working directory. */
export declare function shownPath(target: string, cwd: string): string;
