import { type ImageBuilds } from '../model/image-builds.js';
import type { ParsedSource } from './parse.js';
/**
 * Which images of the run are built from which Dockerfile of the input: the config's `images:` map (image
 * name to Dockerfile, absolute here), and the artifacts of every skaffold.yaml among the files. Nothing is
 * read: a claim names a Dockerfile the run has parsed, or counts for nothing. Two skaffold artifacts
 * building one image from different Dockerfiles (profiles) leave it out: which one runs is not known.
 */
export declare function imageBuildsOf(plain: readonly ParsedSource[], cwd: string, declared?: Readonly<Record<string, string>>): ImageBuilds | undefined;
