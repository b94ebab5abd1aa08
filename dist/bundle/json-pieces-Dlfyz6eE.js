import { i as ownCopy } from "./own-copy-De35SmjN.js";

// dist/src/report/json-pieces.js
/** Pieces are cut at about this many characters. */
const pieceLength = 65536;
/** Arrays this long have each element stringified by JSON.stringify at once; shorter ones are gone through, as objects are. */
const longArray = 32;
/**
* `JSON.stringify(value, null, 2)` and a line break, in pieces that concatenate to exactly that text. A
* report of 200,000 findings is 300 MB of JSON: as one string, V8 builds it as a tree of parts, makes a flat
* copy to write it and then a buffer of its bytes, three times its size at once. Written piece by piece, the
* pieces are all that is held. Objects and short arrays are gone through; each element of a long array
* (findings, results) is stringified by JSON.stringify itself and indented to its depth.
*/
function jsonPieces(value) {
	const pieces = [];
	let pending = "";
	const emit = (text) => {
		pending += text;
		if (pending.length >= pieceLength) {
			pieces.push(ownCopy(pending));
			pending = "";
		}
	};
	const written = write(withToJson(value, ""), "", emit);
	pieces.push(ownCopy(`${pending}${written ? "" : "undefined"}\n`));
	return pieces;
}
/** Writes a value (toJSON already applied) at `indent`; false when JSON.stringify leaves it out (undefined, a function). */
function write(value, indent, emit) {
	const inner = `${indent}  `;
	if (Array.isArray(value)) {
		if (value.length === 0) {
			emit("[]");
			return true;
		}
		emit("[");
		value.forEach((item, i) => {
			emit(i === 0 ? `\n${inner}` : `,\n${inner}`);
			const element = withToJson(item, String(i));
			if (value.length >= longArray) emit(indented(JSON.stringify(element, null, 2), inner) ?? "null");
			else if (!write(element, inner, emit)) emit("null");
		});
		emit(`\n${indent}]`);
		return true;
	}
	if (typeof value === "object" && value !== null && !isPrimitiveWrapper(value)) {
		const record = value;
		let first = true;
		for (const name of Object.keys(record)) {
			const field = withToJson(record[name], name);
			if (field === void 0 || typeof field === "function" || typeof field === "symbol") continue;
			emit(`${first ? "{" : ","}\n${inner}${JSON.stringify(name)}: `);
			write(field, inner, emit);
			first = false;
		}
		emit(first ? "{}" : `\n${indent}}`);
		return true;
	}
	const text = indented(JSON.stringify(value), indent);
	if (text === void 0) return false;
	emit(text);
	return true;
}
/** What JSON.stringify serializes in place of a value with a toJSON method. */
function withToJson(value, key) {
	if (typeof value === "object" && value !== null && typeof value.toJSON === "function") return value.toJSON(key);
	return value;
}
/** new Number(1) and the like, which JSON.stringify writes as the value they hold. */
function isPrimitiveWrapper(value) {
	return value instanceof Number || value instanceof String || value instanceof Boolean || value instanceof BigInt;
}
/** JSON.stringify's text for a value nested at `indent`: its lines after the first moved in (strings hold no raw line break). */
function indented(text, indent) {
	return text === void 0 || indent === "" ? text : text.replaceAll("\n", `\n${indent}`);
}

export { jsonPieces };