/** "v1.29.3", "1.29" → "1.29"; undefined when it is not a version. */
export function minorVersionOf(version) {
    const match = version ? /^v?(\d+)\.(\d+)/.exec(version.trim()) : null;
    return match ? `${match[1]}.${match[2]}` : undefined;
}
