import type { KubeObject, Path } from '../model/kinds.js';
import type { ObjectIndex, ObjectRef } from '../model/object-index.js';
import type { ParseProblem } from '../load/parse.js';
import type { SchemaValidation } from '../model/schema-validation.js';
import type { Fix } from './fix.js';
import type { ImageBuilds } from '../model/image-builds.js';
export type Severity = 'error' | 'warning' | 'info';
export declare const severities: readonly Severity[];
/** The review areas a readiness review walks through; every check belongs to one. */
export declare const categories: readonly ["probes", "disruptions", "resources", "scaling", "images", "storage", "networking", "environments", "security", "correctness"];
export type Category = (typeof categories)[number];
/** What a person reads about a check: the list, the docs, --explain, every finding. */
export interface CheckMeta {
    /** kebab-case, equal to the file name under checks/. */
    id: string;
    title: string;
    /** Default severity; a report may raise or lower it where the meaning says so. */
    severity: Severity;
    category: Category;
    /** What the check looks at and when it fires, for --explain and the docs. */
    description: string;
    /** What can go wrong in production when the finding is ignored. */
    risk: string;
    /** What to change. */
    mitigation: string;
    /** A short manifest that passes the check: the fix, shown by --explain and the docs. */
    example: string;
    /** What `--fix` changes for a finding of this check, when the check attaches fixes to its reports. */
    fix?: string;
    /** False for checks that run only when configured (default true). */
    enabledByDefault?: boolean;
    /** For Pod Security Standards controls: the lowest level that includes the control. */
    podSecurity?: 'baseline' | 'restricted';
}
export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';
export declare const podSecurityLevels: readonly PodSecurityLevel[];
/** Settings of the whole run that some checks read. */
export interface RunSettings {
    /** The Pod Security Standards level workloads are held to, unless their namespace enforces another. */
    podSecurityLevel: PodSecurityLevel;
    /** The Kubernetes version (major.minor) the manifests are meant for. */
    kubernetesVersion: string;
    /** False to ignore kubeready.io/ignore annotations and comment directives (--no-inline-suppressions). */
    inlineSuppressions?: boolean;
    /** The images the input builds from its Dockerfiles (skaffold.yaml artifacts, the config's `images:`). */
    images?: ImageBuilds;
    /** What fixes may use that the manifests do not say (the config's `fix:` section). */
    fix?: {
        defaultRequests?: {
            cpu?: string;
            memory?: string;
        };
    };
}
/** The newest Kubernetes minor version kubeready knows; the default target. */
export declare const newestKubernetesVersion = "1.35";
export declare const defaultRunSettings: RunSettings;
/** A check's settings: defaults, and the JSON Schema the config must satisfy. */
export interface CheckOptions<O> {
    defaults: O;
    schema: Readonly<Record<string, unknown>>;
}
/** A check reports a path into the object; the engine turns it into a file position. */
export interface Report {
    path: Path;
    message: string;
    /** Overrides the check's severity for this finding. */
    severity?: Severity;
    /** The mitigation as edits `--fix` can apply (src/engine/fix.ts); only where it is mechanical. */
    fix?: Fix;
}
export interface CheckContext<O = Record<string, never>> {
    readonly ref: ObjectRef;
    /** Every object of the scope, read-only. */
    readonly index: ObjectIndex;
    readonly options: Readonly<O>;
    readonly settings: Readonly<RunSettings>;
    /** The run's schemas (bundled built-in kinds and the CustomResourceDefinitions seen): each object validated once. */
    readonly schemas: SchemaValidation;
    /** Reports a finding of the check on this object. */
    readonly report: (report: Report) => void;
}
/** A check over one Kubernetes object. Pure: no I/O, no state, never throws on odd input. */
export interface ObjectCheck<O = unknown> {
    meta: CheckMeta;
    options?: CheckOptions<O>;
    /**
     * The only kinds the check can report on, when it says so: the engine does not call it for others
     * (on a large repository most objects are not workloads, and most checks are about workloads).
     * A custom resource that runs pods (an Argo Rollout, a RayCluster: podTemplatesOf in src/model/kinds.ts)
     * counts as a Deployment here: a check that lists Deployment (as workloadKinds does) is called for it, once
     * per pod template when it has several, and must guard with isKind before reading Deployment-only fields.
     * A Dockerfile (src/model/dockerfile.ts) is judged only by the checks that list 'Dockerfile' here: for it
     * the list is not a saving but the line between Dockerfile and Kubernetes checks.
     */
    kinds?: readonly string[];
    /**
     * Kinds of which the unit must hold one for the check to have anything to judge (a conflict with an
     * autoscaler, a claim shared by replicas): where none is, the check does not apply, and a report
     * scoring the review says so rather than counting a pass.
     */
    needsInUnit?: readonly string[];
    target: 'object';
    /**
     * Reports what it finds through `context.report`, as an ESLint rule does. A check written as a generator
     * of reports (the earlier form) still works: the engine takes what it returns.
     */
    check(object: KubeObject, context: CheckContext<O>): void;
}
/** A report at offsets into the source text, for problems that exist before there are objects. */
export interface SourceReport {
    start: number;
    end: number;
    message: string;
}
/** A check over a parsed file's problems (syntax errors). Pure as well. */
export interface SourceCheck {
    meta: CheckMeta;
    options?: undefined;
    target: 'source';
    check(problems: readonly ParseProblem[], context: {
        readonly report: (report: SourceReport) => void;
    }): void;
}
/** A check whose findings the engine itself makes (unused-suppression): only its metadata lives in checks/. */
export interface EngineCheck {
    meta: CheckMeta;
    options?: undefined;
    target: 'engine';
}
export type Check = ObjectCheck | SourceCheck | EngineCheck;
/**
 * Memoizes what a check reads out of its options: each run has its own options object, so the answer is
 * worked out once per run instead of once per object, as perScope does for the scope.
 */
export declare function perOptions<O extends object, T>(compute: (options: O) => T): (options: O) => T;
export declare function defineObjectCheck<O = Record<string, never>>(check: Omit<ObjectCheck<O>, 'target'>): ObjectCheck<O>;
export declare function defineEngineCheck(check: Omit<EngineCheck, 'target'>): EngineCheck;
export declare function defineSourceCheck(check: Omit<SourceCheck, 'target'>): SourceCheck;
