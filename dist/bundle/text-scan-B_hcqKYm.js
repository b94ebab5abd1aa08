// dist/src/model/text-scan.js
/**
* Small scanners for text from the input, where a regular expression with overlapping quantifiers
* (`\s*:\s*$`, `/+$`, one `.*` per `*` of a glob) backtracks in time quadratic or worse in the text.
* Each runs in one pass, or in pattern × text steps for the wildcard matcher.
*/
/** Whether a UTF-16 code unit is one that `\s` matches in a JavaScript regular expression (and `trim` removes). */
function isRegExpSpace(code) {
	if (code <= 32) return code === 32 || code >= 9 && code <= 13;
	if (code < 160) return false;
	return code === 160 || code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279;
}
/** Whether a UTF-16 code unit ends a line for `.` and `$` of a JavaScript regular expression: \n, \r, U+2028, U+2029. */
function isLineTerminator(code) {
	return code === 10 || code === 13 || code === 8232 || code === 8233;
}
/** The text without the run of `char` that ends it: `/+$` without the regular expression. */
function withoutTrailing(text, char) {
	let end = text.length;
	while (end > 0 && text[end - 1] === char) end--;
	return text.slice(0, end);
}
/**
* Whether a pattern matches the whole text, where `*` is any run of characters (newlines too), `?` with
* `anyOne` any one UTF-16 code unit, and every other character itself; `ignoreCase` compares as a
* RegExp's `i` flag does without `u`. Greedy, going back only to the last `*`: pattern × text steps at
* worst, where `^a.*b.*c$` takes text to the power of the stars.
*/
function wildcardMatches(pattern, text, options = {}) {
	const same = options.ignoreCase ? (a, b) => a === b || canonical(a) === canonical(b) : (a, b) => a === b;
	let p = 0;
	let t = 0;
	let star = -1;
	let starEnd = 0;
	while (t < text.length) {
		const char = pattern[p];
		if (char === "*") {
			star = p++;
			starEnd = t;
		} else if (char !== void 0 && (options.anyOne && char === "?" || same(char, text[t] ?? ""))) {
			p++;
			t++;
		} else if (star !== -1) {
			p = star + 1;
			t = ++starEnd;
		} else return false;
	}
	while (pattern[p] === "*") p++;
	return p === pattern.length;
}
/** The Canonicalize of ECMAScript for a case-insensitive RegExp without `u`: upper case, unless that changes length or leaves ASCII. */
function canonical(char) {
	const upper = char.toUpperCase();
	if (upper.length !== 1) return char;
	return char.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128 ? char : upper;
}

export { withoutTrailing as i, isRegExpSpace as n, wildcardMatches as r, isLineTerminator as t };