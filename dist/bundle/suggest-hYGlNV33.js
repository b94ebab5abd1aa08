// dist/src/engine/suggest.js
/**
* The known name that `wanted` was most likely meant to be: the closest by edit distance (a swap of two
* neighbouring letters counts as one edit), ignoring case, when it is close enough to be a typo (one edit,
* or one per four letters of longer names); else the only known name that `wanted` begins, when it
* has at least 3 characters; else undefined.
*/
function closest(wanted, known) {
	const lower = wanted.toLowerCase();
	let best;
	let bestDistance = Infinity;
	for (const name of known) {
		const distance = editDistance(lower, name.toLowerCase());
		if (distance < bestDistance) {
			best = name;
			bestDistance = distance;
		}
	}
	if (best !== void 0 && bestDistance <= Math.max(1, Math.floor(wanted.length / 4))) return best;
	const extending = lower.length >= 3 ? known.filter((name) => name.toLowerCase().startsWith(lower)) : [];
	return extending.length === 1 ? extending[0] : void 0;
}
/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbouring letters. */
function editDistance(a, b) {
	const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => i === 0 ? j : j === 0 ? i : 0));
	const at = (i, j) => d[i]?.[j] ?? 0;
	for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) {
		let distance = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
		if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, at(i - 2, j - 2) + 1);
		d[i][j] = distance;
	}
	return at(a.length, b.length);
}

export { closest };