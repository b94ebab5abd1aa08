/** "v1.29.3", "1.29" → "1.29"; undefined when it is not a version. */
export declare function minorVersionOf(version: string | undefined): string | undefined;
