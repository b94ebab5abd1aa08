import { type DockerfileArg } from '../model/dockerfile.js';
import type { ParseProblem, ParsedSource } from './parse.js';
/**
 * Parses a Dockerfile into one pseudo-object (see src/model/dockerfile.ts) with the positions of its parts.
 * What `docker build` refuses is a problem at its position, reported by dockerfile-syntax: no FROM, an
 * instruction other than ARG before the first FROM, an unknown instruction. A file with no FROM yields no
 * object. `carried` are the problems found while reading the file (bytes that are not UTF-8).
 */
export declare function parseDockerfile(file: string, read: string, carried?: readonly ParseProblem[]): ParsedSource;
/** More flags (`--name=value`) than any real instruction has: a handful, at most a few dozen with --mount. */
export declare const maxFlagsPerInstruction = 256;
/**
 * The image of a FROM with `$NAME`, `${NAME}`, `${NAME:-word}` and `${NAME:+word}` replaced by the
 * defaults of the ARGs declared before the first FROM, as Docker replaces them (the last declaration
 * wins). `known` is false when a name has no default or is not declared: `--build-arg` decides it, which
 * kubeready cannot see. One pass, linear in the text.
 */
export declare function substitute(image: string, args: readonly DockerfileArg[]): {
    value: string;
    known: boolean;
};
