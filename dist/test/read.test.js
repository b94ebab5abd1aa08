import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeSource, defaultMaxFileBytes, firstInvalidUtf8, parseFileSize, readSourceFile } from '../src/load/read.js';
const dir = mkdtempSync(join(tmpdir(), 'kubeready-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name, content) {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
}
describe('readSourceFile', () => {
    it('returns the text of a file under the limit, without problems', () => {
        expect(readSourceFile(file('ok.yaml', 'apiVersion: v1\nkind: A\n'))).toEqual({ text: 'apiVersion: v1\nkind: A\n', problems: [] });
    });
    it('defaults to a 10 MB limit', () => {
        expect(defaultMaxFileBytes).toBe(10 * 1024 * 1024);
        const path = file('big.yaml', Buffer.alloc(defaultMaxFileBytes + 1, 0x61));
        expect(readSourceFile(path)).toEqual({ error: 'file is 10,485,761 bytes, over the 10 MB (10,485,760 bytes) limit (--max-file-size)' });
        expect('text' in readSourceFile(file('limit.yaml', Buffer.alloc(defaultMaxFileBytes, 0x61)))).toBe(true);
    });
    it('names the size and the limit in megabytes', () => {
        const path = file('mid.yaml', Buffer.alloc(Math.round(12.3 * 1024 * 1024), 0x61));
        expect(readSourceFile(path)).toEqual({ error: 'file is 12.3 MB, over the 10 MB limit (--max-file-size)' });
        expect(readSourceFile(file('small.yaml', 'x'.repeat(3000)), { maxBytes: 1024 })).toEqual({ error: 'file is 2.9 KB, over the 1 KB limit (--max-file-size)' });
        expect(readSourceFile(file('tiny.yaml', 'x'.repeat(30)), { maxBytes: 20 })).toEqual({ error: 'file is 30 bytes, over the 20 bytes limit (--max-file-size)' });
    });
    it('turns read errors into one line, never a throw', () => {
        expect(readSourceFile(join(dir, 'missing.yaml'))).toEqual({ error: 'cannot read: ENOENT' });
        const sub = join(dir, 'sub');
        mkdirSync(sub, { recursive: true });
        expect(readSourceFile(sub)).toEqual({ error: 'cannot read: EISDIR' });
    });
    it('reads a pipe or device only up to the limit', () => {
        const result = readSourceFile('/dev/zero', { maxBytes: 4096 });
        expect(result).toEqual({ error: 'input is over the 4 KB limit (--max-file-size)' });
    });
});
describe('decodeSource', () => {
    it('reports the first byte that is not UTF-8 at its place in the decoded text, and decodes the rest', () => {
        const bytes = Buffer.concat([Buffer.from('a: é\nb: '), Buffer.from([0xff, 0xfe]), Buffer.from('\nc: \xE9')]);
        const decoded = decodeSource(bytes);
        expect(decoded.text).toBe('a: é\nb: \uFFFD\uFFFD\nc: é');
        // byte 9 (é takes two bytes) is character 8 of the text
        expect(decoded.problems).toEqual([{ code: 'INVALID_UTF8', message: 'Not valid UTF-8: byte 0xFF at byte offset 9', start: 8, end: 9 }]);
    });
    it('keeps a U+FFFD that the file really holds, without a problem', () => {
        expect(decodeSource(Buffer.from('a: \uFFFD\n'))).toEqual({ text: 'a: \uFFFD\n', problems: [] });
    });
    it('drops a UTF-8 byte order mark and decodes UTF-16 with one, as go-yaml does', () => {
        expect(decodeSource(Buffer.from('\uFEFFa: 1\n')).text).toBe('a: 1\n');
        expect(decodeSource(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a: 1\n', 'utf16le')]))).toEqual({ text: 'a: 1\n', problems: [] });
        const bigEndian = Buffer.from('a: 1\n', 'utf16le').swap16();
        expect(decodeSource(Buffer.concat([Buffer.from([0xfe, 0xff]), bigEndian])).text).toBe('a: 1\n');
    });
});
describe('firstInvalidUtf8', () => {
    it('finds truncated sequences, overlong forms, surrogates and bytes above U+10FFFF', () => {
        expect(firstInvalidUtf8(Buffer.from('plain ascii é 😀'))).toBeUndefined();
        expect(firstInvalidUtf8(Buffer.from([0x61, 0xc3]))).toBe(1); // truncated
        expect(firstInvalidUtf8(Buffer.from([0xc0, 0xaf]))).toBe(0); // overlong /
        expect(firstInvalidUtf8(Buffer.from([0x61, 0xe0, 0x80, 0xaf]))).toBe(1); // overlong
        expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate
        expect(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
        expect(firstInvalidUtf8(Buffer.from([0x61, 0x80]))).toBe(1); // a lone continuation byte
    });
});
describe('parseFileSize', () => {
    it('reads megabytes by default, and B, K, M, G units', () => {
        expect(parseFileSize('10')).toBe(10 * 1024 * 1024);
        expect(parseFileSize('0.5')).toBe(512 * 1024);
        expect(parseFileSize('512KB')).toBe(512 * 1024);
        expect(parseFileSize('20M')).toBe(20 * 1024 * 1024);
        expect(parseFileSize('1 GB')).toBe(1024 * 1024 * 1024);
        expect(parseFileSize('100b')).toBe(100);
    });
    it('refuses what is not a positive size', () => {
        expect(parseFileSize('')).toBeUndefined();
        expect(parseFileSize('0')).toBeUndefined();
        expect(parseFileSize('-1')).toBeUndefined();
        expect(parseFileSize('ten')).toBeUndefined();
        expect(parseFileSize('10TB')).toBeUndefined();
    });
});
