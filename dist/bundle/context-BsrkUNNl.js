// dist/src/report/context.js
/** docs/checks.md in the repository: every check described. */
const checksDocsUrl = "https://github.com/kubeready/kubeready/blob/main/docs/checks.md";
/** The section of docs/checks.md that describes a check. */
function checkDocsUrl(checkId) {
	return `${checksDocsUrl}#${checkId}`;
}
/** Text safe inside HTML elements and quoted attributes. */
function escapeHtml(text) {
	return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll("\"", "&quot;").replaceAll("'", "&#39;");
}
/** Wraps readSource: one read per file, and a reader that throws counts as one that found nothing. */
function sourceReader(readSource) {
	const cache = /* @__PURE__ */ new Map();
	return (file) => {
		if (!cache.has(file)) {
			let text;
			try {
				text = readSource(file);
			} catch {
				text = void 0;
			}
			cache.set(file, text);
		}
		return cache.get(file);
	};
}

export { sourceReader as i, checksDocsUrl as n, escapeHtml as r, checkDocsUrl as t };