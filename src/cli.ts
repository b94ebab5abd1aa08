#!/usr/bin/env node
import { setHeapGrowthFor, setV8Flags } from './v8-flags.js';
import { type Io, describeFatal, main, processIo } from './main.js';

setV8Flags();

/** The exit code once a run ended early: 2, whatever ended it. */
const fatalCode = 2;

/** One line on stderr and exit code 2; the stack only with KUBEREADY_DEBUG. */
function fatal(error: unknown): void {
  write(process.stderr, `kubeready: ${describeFatal(error)}\n`);
  if (process.env['KUBEREADY_DEBUG'] && error instanceof Error) write(process.stderr, `${error.stack}\n`);
  process.exitCode = fatalCode;
}

// A reader that went away (`kubeready ... | head -1`) closes the pipe: what is left to write is dropped
// quietly, and the run ends with the exit code it would have had. Any other failure to write is one line.
const closed = new Set<NodeJS.WriteStream>();
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    closed.add(stream);
    if (error.code === 'EPIPE') return;
    if (stream !== process.stderr) write(process.stderr, `kubeready: cannot write the output: ${error.code ?? error.message}\n`);
    process.exitCode = fatalCode;
  });
}

function write(stream: NodeJS.WriteStream, text: string): void {
  if (closed.has(stream)) return;
  try {
    stream.write(text);
  } catch {
    closed.add(stream); // a write that failed at once: nothing more goes there
  }
}

// An error thrown outside the run's promise chain (in a stream's or a child process's event handler)
// would otherwise print a stack trace and exit 1, the code for findings: it ends the run the same way.
process.on('uncaughtException', (error) => {
  fatal(error);
  process.exit(fatalCode);
});

const io: Io = {
  ...processIo,
  stdout: { write: (text: string) => write(process.stdout, text), isTTY: process.stdout.isTTY, columns: process.stdout.columns },
  stderr: { write: (text: string) => write(process.stderr, text), isTTY: process.stderr.isTTY },
  onInput: (characters) => void setHeapGrowthFor(characters),
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode ??= code;
  },
  fatal,
);
