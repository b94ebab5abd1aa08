import { isRecord } from './kinds.js';
/**
 * True when an object carries the metadata block SOPS adds to every file it encrypts: a top-level `sops`
 * mapping with SOPS's own bookkeeping, the MAC of the values (`mac`) and the time of the last edit
 * (`lastmodified`), beside the keys that decrypt it. Flux and Argo CD (the ksops plugin) decrypt such a
 * file and drop the block before anything is applied, so it never reaches the API server.
 */
export function hasSopsMetadata(object) {
    const sops = object['sops'];
    return isRecord(sops) && (Object.hasOwn(sops, 'mac') || Object.hasOwn(sops, 'lastmodified'));
}
