/** The Action's checkout: the folder that holds dist/src/action/. */
export declare function actionRoot(): string;
/**
 * The packages of package-lock.json that `npm ci --omit=dev` installs and kubeready needs (neither dev
 * nor optional), each as `path@version`, that are not in node_modules at that version. Read from each
 * package's own package.json rather than npm's hidden lockfile, so a full install with devDependencies
 * (a checkout used as `uses: ./`) counts, and a package removed by hand does not.
 */
export declare function missingPackages(root: string): string[];
export declare const installArgs: string[];
/** npm ci takes a few seconds; this bounds a registry that stalls. */
export declare const installTimeoutMs: number;
export type InstallOutcome = {
    ok: true;
} | {
    ok: false;
    reason: string;
};
/**
 * `npm ci --omit=dev` in the Action's checkout, with npm from PATH. Its output goes to `write` (the
 * caller makes it inert); the outcome says why it failed, if it did.
 */
export declare function npmInstall(root: string, write: {
    stdout: (chunk: string) => void;
    stderr: (chunk: string) => void;
}, timeoutMs?: number): Promise<InstallOutcome>;
export declare function hasPackageFiles(root: string): boolean;
