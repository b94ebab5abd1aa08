import { n as __exportAll } from "./rolldown-runtime-CREmTgym.js";
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from "node:fs";

// dist/src/load/read.js
var read_exports = /* @__PURE__ */ __exportAll({
	decodeSource: () => decodeSource,
	defaultMaxFileBytes: () => defaultMaxFileBytes,
	parseFileSize: () => parseFileSize
});
const megabyte = 1048576;
/** Files larger than this are not linted (--max-file-size). */
const defaultMaxFileBytes = 10 * megabyte;
/**
* Reads a file for linting: refuses one over the size limit without reading it all (a pipe or a
* device is read only up to the limit), and decodes its bytes as go-yaml would (see decodeSource).
* Never throws: an unreadable file is `{ error }`, a one-line reason without the file name.
*/
function readSourceFile(path, options = {}) {
	const maxBytes = options.maxBytes ?? 10485760;
	let fd;
	try {
		fd = openSync(path, "r");
	} catch (error) {
		return { error: cannotRead(error) };
	}
	try {
		const stats = fstatSync(fd);
		if (stats.isDirectory()) return { error: "cannot read: EISDIR" };
		if (stats.isFile() && stats.size > maxBytes) return { error: overLimit(stats.size, maxBytes) };
		const bytes = readUpTo(fd, maxBytes, stats.isFile() ? stats.size : void 0);
		if (bytes === void 0) return { error: `input is over the ${formatSize(maxBytes)} limit (--max-file-size)` };
		return decodeSource(bytes);
	} catch (error) {
		return { error: cannotRead(error) };
	} finally {
		closeSync(fd);
	}
}
/**
* The bytes of an open file, or undefined once there are more than maxBytes. A regular file is read
* into one buffer of its size (and a byte more, to see it grew); a pipe in chunks.
*/
function readUpTo(fd, maxBytes, size) {
	const chunks = [];
	let total = 0;
	for (;;) {
		const wanted = size !== void 0 && chunks.length === 0 ? size + 1 : 65536;
		const chunk = Buffer.allocUnsafe(Math.max(Math.min(wanted, maxBytes + 1 - total), 1));
		const read = readSync(fd, chunk, 0, chunk.length, null);
		if (read === 0) break;
		total += read;
		if (total > maxBytes) return void 0;
		chunks.push(chunk.subarray(0, read));
		if (size !== void 0 && chunks.length === 1 && read <= size) break;
	}
	return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}
const utf8 = new TextDecoder("utf-8");
/**
* Decodes a manifest's bytes. A UTF-8 byte order mark is dropped, and UTF-16 with a byte order mark is
* decoded, as go-yaml does. Bytes that are not UTF-8 become U+FFFD so the rest can still be linted,
* and the first of them is a problem at its place: kubectl would refuse the file.
*/
function decodeSource(bytes) {
	if (bytes[0] === 255 && bytes[1] === 254) return {
		text: new TextDecoder("utf-16le").decode(bytes),
		problems: []
	};
	if (bytes[0] === 254 && bytes[1] === 255) return {
		text: new TextDecoder("utf-16be").decode(bytes),
		problems: []
	};
	const text = utf8.decode(bytes);
	if (!text.includes("�")) return {
		text,
		problems: []
	};
	const bad = firstInvalidUtf8(bytes);
	if (bad === void 0) return {
		text,
		problems: []
	};
	const start = utf8.decode(bytes.subarray(0, bad)).length;
	return {
		text,
		problems: [{
			code: "INVALID_UTF8",
			message: `Not valid UTF-8: byte 0x${(bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, "0")} at byte offset ${bad}`,
			start,
			end: start + 1
		}]
	};
}
/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes) {
	let i = 0;
	while (i < bytes.length) {
		const lead = bytes[i] ?? 0;
		if (lead < 128) {
			i++;
			continue;
		}
		let length;
		let min = 128;
		let max = 191;
		if (lead >= 194 && lead <= 223) length = 2;
		else if (lead >= 224 && lead <= 239) {
			length = 3;
			if (lead === 224) min = 160;
			if (lead === 237) max = 159;
		} else if (lead >= 240 && lead <= 244) {
			length = 4;
			if (lead === 240) min = 144;
			if (lead === 244) max = 143;
		} else return i;
		for (let k = 1; k < length; k++) {
			const next = bytes[i + k];
			if (next === void 0) return i;
			if (next < (k === 1 ? min : 128) || next > (k === 1 ? max : 191)) return i;
		}
		i += length;
	}
}
/** "12.3 MB"; exact bytes when rounding would make the size look equal to the limit. */
function overLimit(size, maxBytes) {
	let shown = formatSize(size);
	let limit = formatSize(maxBytes);
	if (shown === limit) {
		shown = `${size.toLocaleString("en-US")} bytes`;
		limit = `${limit} (${maxBytes.toLocaleString("en-US")} bytes)`;
	}
	return `file is ${shown}, over the ${limit} limit (--max-file-size)`;
}
function formatSize(bytes) {
	if (bytes >= megabyte) return `${Number((bytes / megabyte).toFixed(1)).toString()} MB`;
	if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1)).toString()} KB`;
	return `${bytes} bytes`;
}
/**
* Parses a --max-file-size value: a number of megabytes ("10", "0.5"), or a number with a unit
* (B, KB, MB, GB; K, M, G; binary multiples). Undefined when it is not a size.
*/
function parseFileSize(value) {
	const match = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(value);
	if (!match) return void 0;
	const unit = (match[2] ?? "mb").toLowerCase()[0];
	const factor = unit === "b" ? 1 : unit === "k" ? 1024 : unit === "m" ? megabyte : 1024 * megabyte;
	const bytes = Math.floor(Number(match[1]) * factor);
	return bytes > 0 ? bytes : void 0;
}
function cannotRead(error) {
	return `cannot read: ${error.code ?? String(error)}`;
}
/** A file's text, or undefined when it cannot be read: for files findings point at, not files linted. */
function readTextIfExists(file) {
	try {
		return readFileSync(file, "utf8");
	} catch {
		return;
	}
}
/** What is at a path, following symlinks: a file, a folder, or nothing (absent, or unreadable). */
function kindAt(path) {
	try {
		const stats = statSync(path);
		return stats.isFile() ? "file" : stats.isDirectory() ? "directory" : void 0;
	} catch {
		return;
	}
}

export { readTextIfExists as a, readSourceFile as i, firstInvalidUtf8 as n, read_exports as o, kindAt as r, decodeSource as t };