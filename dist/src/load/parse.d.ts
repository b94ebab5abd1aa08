import { type KubeObject, type Path } from '../model/kinds.js';
import type { DocumentPositions, LineStarts } from '../engine/locate.js';
import type { Origin } from './origin.js';
/** A YAML or JSON text as it was read, with what is needed to point back into it. */
export interface Source {
    /** Path as shown to the user: relative to the working directory, or `<stdin>`. */
    file: string;
    text: string;
    lineStarts: LineStarts;
}
/**
 * Lets go of a parsed file's text, keeping what placing its findings and fixes needs of it: its line starts
 * and its digest. The objects hold copies of their strings, not views into the text (see ownCopy), so the
 * text is garbage from here on. Before, every file's text stayed until its unit was checked: at the start of
 * the checks, a quarter of a large run's heap.
 */
export declare function releaseText(parsed: ParsedSource): void;
/** The digest of the text a source was parsed from, after its text is let go too. */
export declare function sourceDigest(source: Source): string;
/** A source of `text`, with its line starts when they were counted already (the cache, a worker thread). */
export declare function sourceOf(file: string, text: string, lineStarts?: LineStarts): Source;
/** One Kubernetes object and where it sits: its document and its path inside that document. */
export interface SourceObject {
    object: KubeObject;
    source: Source;
    /** Where the nodes of the object's document are: shared by the objects of a List. */
    positions: DocumentPositions;
    /** Index of the document in the file (0-based). */
    documentIndex: number;
    /** The path of a `# Source: chart/templates/x.yaml` comment before the document, as Helm writes it. */
    sourceComment?: string;
    /** Path of the object inside the document: [] or ['items', i] for a List. */
    basePath: Path;
    /** For rendered input: the template or base file the object came from. */
    origin?: Origin;
}
/**
 * Lets go of what a file holds only for its own unit's checks, once they have run: its objects' position
 * tables, its line starts and its text if it still has it (see releaseText). The objects stay, to answer
 * other units' questions; nothing after the checks places a finding in the file or reads its text (lintScopes
 * keeps the text of a file that holds comment directives). A Dockerfile keeps its own.
 */
export declare function releaseChecked(parsed: ParsedSource): void;
/**
 * Lets go of a file's objects once no scope reads them, its own or one that borrows them: what the run still
 * says of each is its reference (LintResult.objects), which the stand-in keeps.
 */
export declare function releaseRead(parsed: ParsedSource): void;
/** A problem the parser found, at offsets into the source text. */
export interface ParseProblem {
    code: string;
    message: string;
    start: number;
    end: number;
}
export interface ParsedSource {
    source: Source;
    objects: SourceObject[];
    problems: readonly ParseProblem[];
    /** Objects of another deployment unit that this one relates to: indexed, not checked (see unitsOf). */
    borrowed?: true;
}
/**
 * Deepest nesting of mappings and sequences a document may have, aliases expanded. Real manifests stay
 * under 40 (CRD schemas are the deepest); the limit keeps every recursive walk far from the stack's end.
 */
export declare const maxNestingDepth = 200;
/**
 * How many nodes aliases may add to one document, and to one file, once expanded: this many, plus ten
 * for each node written. A billion-laughs bomb grows exponentially and soon crosses it; a file that
 * reuses an anchor often stays within.
 */
export declare const maxAliasNodesPerDocument = 100000;
export declare const maxAliasNodesPerFile = 1000000;
/**
 * Parses every document of a YAML (or JSON) text into Kubernetes objects, with the scalar semantics
 * Kubernetes itself applies (see kubernetesTags). Documents that are not Kubernetes objects are skipped
 * silently; a document with a syntax error contributes a problem instead of objects, and the other
 * documents still count. A duplicate key alone does not stop the document from being linted: the
 * parser keeps the last value, as kubectl does. `carried` are problems found while reading the file
 * (not UTF-8), reported first.
 */
export declare function parseSource(file: string, read: string, carried?: readonly ParseProblem[]): ParsedSource;
/**
 * parseSource with the yaml package's documents for every file, as before the fast reader: the reference
 * that test/fast-yaml.test.ts holds the fast reader to.
 */
export declare function parseSourceWithDocuments(file: string, read: string, carried?: readonly ParseProblem[]): ParsedSource;
/** The problems of a file that has none: one list for all (84,000 files of the 8x monorepo). */
export declare const noProblems: readonly ParseProblem[];
/**
 * The values of every document of a YAML text that a render tool reads as configuration (a kustomization,
 * a generator's config, an origin annotation), with the scalars Kubernetes' YAML library gives them, as
 * kustomize reads them; undefined when the text cannot be read. Through the one-pass reader when the text
 * is in its subset, else the yaml package, whose partial values of a broken document count.
 */
export declare function parseYamlValues(text: string): unknown[] | undefined;
/** go-yaml ends a line at a lone CR too; the yaml package does not. Same length, so offsets hold. */
export declare function normalizeLineBreaks(text: string): string;
export declare function isJsonFile(file: string): boolean;
