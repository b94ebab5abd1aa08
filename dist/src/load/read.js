import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
const megabyte = 1024 * 1024;
/** Files larger than this are not linted (--max-file-size). */
export const defaultMaxFileBytes = 10 * megabyte;
/**
 * Reads a file for linting: refuses one over the size limit without reading it all (a pipe or a
 * device is read only up to the limit), and decodes its bytes as go-yaml would (see decodeSource).
 * Never throws: an unreadable file is `{ error }`, a one-line reason without the file name.
 */
export function readSourceFile(path, options = {}) {
    const maxBytes = options.maxBytes ?? defaultMaxFileBytes;
    let fd;
    try {
        fd = openSync(path, 'r');
    }
    catch (error) {
        return { error: cannotRead(error) };
    }
    try {
        const stats = fstatSync(fd);
        if (stats.isDirectory())
            return { error: 'cannot read: EISDIR' };
        if (stats.isFile() && stats.size > maxBytes)
            return { error: overLimit(stats.size, maxBytes) };
        const bytes = readUpTo(fd, maxBytes, stats.isFile() ? stats.size : undefined);
        if (bytes === undefined)
            return { error: `input is over the ${formatSize(maxBytes)} limit (--max-file-size)` };
        return decodeSource(bytes);
    }
    catch (error) {
        return { error: cannotRead(error) };
    }
    finally {
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
        const wanted = size !== undefined && chunks.length === 0 ? size + 1 : 64 * 1024;
        const chunk = Buffer.allocUnsafe(Math.max(Math.min(wanted, maxBytes + 1 - total), 1));
        const read = readSync(fd, chunk, 0, chunk.length, null);
        if (read === 0)
            break;
        total += read;
        if (total > maxBytes)
            return undefined;
        chunks.push(chunk.subarray(0, read));
        // A regular file that gave no more than its size at the first read is at its end: no second read to learn so.
        if (size !== undefined && chunks.length === 1 && read <= size)
            break;
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}
const utf8 = new TextDecoder('utf-8');
/**
 * Decodes a manifest's bytes. A UTF-8 byte order mark is dropped, and UTF-16 with a byte order mark is
 * decoded, as go-yaml does. Bytes that are not UTF-8 become U+FFFD so the rest can still be linted,
 * and the first of them is a problem at its place: kubectl would refuse the file.
 */
export function decodeSource(bytes) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return { text: new TextDecoder('utf-16le').decode(bytes), problems: [] };
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return { text: new TextDecoder('utf-16be').decode(bytes), problems: [] };
    const text = utf8.decode(bytes);
    if (!text.includes('\uFFFD'))
        return { text, problems: [] };
    const bad = firstInvalidUtf8(bytes);
    if (bad === undefined)
        return { text, problems: [] }; // a U+FFFD written in the file
    const start = utf8.decode(bytes.subarray(0, bad)).length;
    const byte = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
        text,
        problems: [{ code: 'INVALID_UTF8', message: `Not valid UTF-8: byte 0x${byte} at byte offset ${bad}`, start, end: start + 1 }],
    };
}
/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const lead = bytes[i] ?? 0;
        if (lead < 0x80) {
            i++;
            continue;
        }
        let length;
        let min = 0x80;
        let max = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf)
            length = 2;
        else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            if (lead === 0xe0)
                min = 0xa0; // overlong
            if (lead === 0xed)
                max = 0x9f; // surrogates
        }
        else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            if (lead === 0xf0)
                min = 0x90; // overlong
            if (lead === 0xf4)
                max = 0x8f; // above U+10FFFF
        }
        else
            return i;
        for (let k = 1; k < length; k++) {
            const next = bytes[i + k];
            if (next === undefined)
                return i;
            const low = k === 1 ? min : 0x80;
            const high = k === 1 ? max : 0xbf;
            if (next < low || next > high)
                return i;
        }
        i += length;
    }
    return undefined;
}
/** "12.3 MB"; exact bytes when rounding would make the size look equal to the limit. */
function overLimit(size, maxBytes) {
    let shown = formatSize(size);
    let limit = formatSize(maxBytes);
    if (shown === limit) {
        shown = `${size.toLocaleString('en-US')} bytes`;
        limit = `${limit} (${maxBytes.toLocaleString('en-US')} bytes)`;
    }
    return `file is ${shown}, over the ${limit} limit (--max-file-size)`;
}
function formatSize(bytes) {
    if (bytes >= megabyte)
        return `${Number((bytes / megabyte).toFixed(1)).toString()} MB`;
    if (bytes >= 1024)
        return `${Number((bytes / 1024).toFixed(1)).toString()} KB`;
    return `${bytes} bytes`;
}
/**
 * Parses a --max-file-size value: a number of megabytes ("10", "0.5"), or a number with a unit
 * (B, KB, MB, GB; K, M, G; binary multiples). Undefined when it is not a size.
 */
export function parseFileSize(value) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(value);
    if (!match)
        return undefined;
    const unit = (match[2] ?? 'mb').toLowerCase()[0];
    const factor = unit === 'b' ? 1 : unit === 'k' ? 1024 : unit === 'm' ? megabyte : 1024 * megabyte;
    const bytes = Math.floor(Number(match[1]) * factor);
    return bytes > 0 ? bytes : undefined;
}
function cannotRead(error) {
    return `cannot read: ${error.code ?? String(error)}`;
}
/** A file's text, or undefined when it cannot be read: for files findings point at, not files linted. */
export function readTextIfExists(file) {
    try {
        return readFileSync(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** What is at a path, following symlinks: a file, a folder, or nothing (absent, or unreadable). */
export function kindAt(path) {
    try {
        const stats = statSync(path);
        return stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : undefined;
    }
    catch {
        return undefined;
    }
}
