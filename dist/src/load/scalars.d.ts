import type { ScalarTag } from 'yaml';
export declare const plainIntPattern: RegExp;
export declare const kubernetesTags: ScalarTag[];
/** strconv.FormatFloat(value, 'g', -1, 64), which sigs.k8s.io/yaml uses for float keys. */
export declare function goFloatKey(value: number): string;
/**
 * The value of a plain scalar as the yaml package resolves it with kubernetesTags: the first tag whose
 * test matches, else the text. Most plain scalars are words; only these first characters can match.
 */
export declare function resolvePlainScalar(text: string): unknown;
/** A scalar key as sigs.k8s.io/yaml writes it into JSON; `source` is its text as written (plain scalars only). */
export declare function jsonKey(value: unknown, plainSource: string | undefined): string;
