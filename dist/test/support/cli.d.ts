/** A Pod that passes every check: tests add one problem to it at a time. */
export declare const cleanPod = "apiVersion: v1\nkind: Pod\nmetadata: { name: ok }\nspec:\n  containers:\n    - name: app\n      image: registry.example.com/app:1.0.0\n      resources: { requests: { cpu: 10m, memory: 16Mi }, limits: { memory: 16Mi } }\n      livenessProbe: { httpGet: { path: /live, port: 8080 } }\n      securityContext: { readOnlyRootFilesystem: true }\n  automountServiceAccountToken: false\n  securityContext: { runAsNonRoot: true }\n";
export interface RunOptions {
    /** Whether stdout, and stderr, look like a terminal. */
    isTTY?: boolean;
    stderrIsTTY?: boolean;
    env?: Record<string, string>;
    stdin?: string;
}
/** Runs the command line in-process with captured streams. */
export declare function runMain(args: readonly string[], options?: RunOptions): Promise<{
    code: number;
    stdout: string;
    stderr: string;
}>;
