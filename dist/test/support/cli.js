import { main } from '../../src/main.js';
/** A Pod that passes every check: tests add one problem to it at a time. */
export const cleanPod = `apiVersion: v1
kind: Pod
metadata: { name: ok }
spec:
  containers:
    - name: app
      image: registry.example.com/app:1.0.0
      resources: { requests: { cpu: 10m, memory: 16Mi }, limits: { memory: 16Mi } }
      livenessProbe: { httpGet: { path: /live, port: 8080 } }
      securityContext: { readOnlyRootFilesystem: true }
  automountServiceAccountToken: false
  securityContext: { runAsNonRoot: true }
`;
/** Runs the command line in-process with captured streams. */
export async function runMain(args, options = {}) {
    let stdout = '';
    let stderr = '';
    const io = {
        stdout: { write: (text) => (stdout += text), isTTY: options.isTTY ?? false },
        stderr: { write: (text) => (stderr += text), isTTY: options.stderrIsTTY ?? false },
        readStdin: () => Promise.resolve(options.stdin ?? ''),
        env: options.env ?? {},
    };
    const code = await main(args, io);
    return { code, stdout, stderr };
}
