import { defineObjectCheck, perOptions } from '../src/engine/check.js';
import { type DockerfileObject, baseStageOf, dockerfileKind, finalStageIndex, isDockerfileObject } from '../src/model/dockerfile.js';
import { parseImage } from '../src/model/image.js';

interface Options {
  /** Repositories of full distribution images (Docker Hub official names, or registry/path). */
  fullImages: string[];
  /** Words of a tag that name a small variant: a tag holding one of them (as a -separated part) is minimal. */
  minimalTagWords: string[];
}

const defaults: Options = {
  fullImages: [
    'ubuntu', 'debian', 'centos', 'fedora', 'rockylinux', 'almalinux', 'amazonlinux', 'oraclelinux', 'opensuse/leap',
    'registry.access.redhat.com/ubi8/ubi', 'registry.access.redhat.com/ubi9/ubi',
    'node', 'python', 'golang', 'openjdk', 'eclipse-temurin', 'ruby', 'php', 'perl', 'rust', 'maven', 'gradle', 'buildpack-deps',
  ],
  minimalTagWords: ['slim', 'alpine', 'minimal', 'micro', 'distroless', 'busybox', 'jre', 'chiseled'],
};

/** docker.io/library/node and node are the same repository. */
function repositoryOf(image: string): string {
  const ref = parseImage(image);
  const registry = ref.registry === undefined || ref.registry === 'docker.io' || ref.registry === 'index.docker.io' ? undefined : ref.registry;
  const repository = registry === undefined && ref.repository.startsWith('library/') ? ref.repository.slice('library/'.length) : ref.repository;
  return (registry === undefined ? repository : `${registry}/${repository}`).toLowerCase();
}

const listsOf = perOptions((options: Options) => {
  const strings = (value: unknown, fallback: string[]) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : fallback);
  return {
    full: new Set(strings(options.fullImages, defaults.fullImages).map((image) => repositoryOf(image))),
    minimal: strings(options.minimalTagWords, defaults.minimalTagWords).map((word) => word.toLowerCase()),
  };
});

/** The image the final stage is built on, following FROM <stage> back to an image. */
function finalBaseOf(object: DockerfileObject): { image: string; stage: number } | undefined {
  const seen = new Set<number>();
  let index = finalStageIndex(object);
  while (index !== -1 && !seen.has(index)) {
    seen.add(index);
    const base = baseStageOf(object, index);
    if (base === -1) {
      const from = object.stages[index]?.from;
      return from && from.known && from.resolved !== '' ? { image: from.resolved, stage: index } : undefined;
    }
    index = base;
  }
  return undefined;
}

export default defineObjectCheck<Options>({
  meta: {
    id: 'dockerfile-base-not-minimal',
    title: 'Dockerfile whose image is built on a full distribution',
    severity: 'info',
    category: 'images',
    description:
      'Flags a Dockerfile whose final stage (followed back through FROM <stage> to an image) is built on a ' +
      'full distribution or language image (ubuntu, debian, node, python, golang... the fullImages option) ' +
      'without a small variant in its tag (slim, alpine, minimal, micro, distroless, jre, chiseled: the ' +
      'minimalTagWords option, each the start of a -separated part of the tag, so alpine3.20 counts). Build stages are left alone: only the ' +
      'final stage ships. A base set by an ARG without a default is unknown and left alone.',
    risk:
      'A full distribution ships a shell, a package manager, compilers and hundreds of packages the ' +
      'application never uses: each is a vulnerability to patch and a tool for an attacker who gets in, and ' +
      'a larger image pulls more slowly on every node that scales up.',
    mitigation:
      'Build in a full image and copy the result into a small final stage: distroless (gcr.io/distroless/...), ' +
      'scratch for static binaries, alpine, or the -slim variant of the language image.',
    example: `FROM golang:1.23 AS build
RUN CGO_ENABLED=0 go build -o /app .
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /app /app`,
  },
  options: {
    defaults,
    schema: {
      type: 'object',
      properties: {
        fullImages: {
          type: 'array',
          items: { type: 'string' },
          description: 'Repositories of full distribution or language images (node, debian, registry.example.com/base/full); the list replaces the default one.',
        },
        minimalTagWords: {
          type: 'array',
          items: { type: 'string' },
          description: 'Words that mark a small variant when a -, _ or .-separated part of the tag starts with one (slim, alpine...); the list replaces the default one.',
        },
      },
      additionalProperties: false,
    },
  },
  kinds: [dockerfileKind],
  check(object, { options, report }) {
    if (!isDockerfileObject(object)) return;
    const found = finalBaseOf(object);
    if (!found) return;
    const { full, minimal } = listsOf(options);
    if (!full.has(repositoryOf(found.image))) return;
    const tag = (parseImage(found.image).tag ?? '').toLowerCase();
    if (tag.split(/[-_.]/).some((part) => minimal.some((word) => part.startsWith(word)))) return;
    const through = found.stage === finalStageIndex(object) ? 'The final stage is' : `The final stage is, through stage ${found.stage + 1},`;
    report({ path: ['stages', found.stage, 'from', 'image'], message: `${through} built on "${found.image}", a full distribution image: a distroless, scratch, alpine or -slim base ships far less.` });
  },
});
