/**
 * A git repository at `target` holding this checkout as a clone of it would: the files git keeps (committed
 * or about to be), not what .gitignore leaves out, so a build output that git ignored would be missing as in
 * a clone. Returns the sha of its one commit.
 */
export declare function commitCheckout(root: string, target: string): string;
