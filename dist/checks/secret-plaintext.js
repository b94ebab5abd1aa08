import { defineObjectCheck } from '../src/engine/check.js';
import { isKind, isRecord } from '../src/model/kinds.js';
import { findPlaceholder } from '../src/model/placeholder.js';
import { hasSopsMetadata } from '../src/model/sops.js';
import { isSopsValue, quoteList } from '../src/model/secrets-rbac.js';
// Certificates are public: a Secret that carries nothing else (a CA bundle) holds no secret.
const publicKeys = new Set(['ca.crt', 'tls.crt', 'ca-bundle.crt', 'ca.pem']);
export default defineObjectCheck({
    meta: {
        id: 'secret-plaintext',
        title: 'Secret committed in plain text',
        severity: 'error',
        category: 'security',
        description: 'Flags a core v1 Secret whose data or stringData holds non-empty values, naming the keys (never the ' +
            'values). Not flagged: SOPS-encrypted Secrets (a top-level sops block, or every value ENC[...]), values ' +
            'that are still a deploy-time placeholder (${DB_PASSWORD}), public certificates alone (ca.crt, tls.crt), ' +
            'and Secrets with no values, such as a service-account-token Secret the token controller fills in. ' +
            'SealedSecret, ExternalSecret and SecretProviderClass objects are not Secrets and are never flagged.',
        risk: 'Whatever is in the manifest is in the repository, in its history, in every clone and CI log that prints ' +
            'it, readable by everyone with read access; base64 under data is an encoding, not encryption. Rotating ' +
            'the credential is then the only fix, and until someone does, a leaked clone is a leaked database password.',
        mitigation: 'Keep only encrypted or referenced secrets in the repository: a SealedSecret, an ExternalSecret (or the ' +
            'Secrets Store CSI driver) pulling from a secret manager, or a SOPS-encrypted file decrypted at deploy ' +
            'time. Rotate every credential that was committed in plain text.',
        example: `apiVersion: external-secrets.io/v1
kind: ExternalSecret
metadata:
  name: db
spec:
  secretStoreRef: { kind: ClusterSecretStore, name: vault }
  target: { name: db }
  data:
    - secretKey: password
      remoteRef: { key: shop/db, property: password }`,
    },
    kinds: ['Secret'],
    check(object, { ref, report }) {
        if (!isKind(object, 'Secret'))
            return;
        // SOPS leaves some values unencrypted on purpose (unencrypted_suffix, encrypted_regex).
        if (hasSopsMetadata(object))
            return;
        const name = ref.name || '?';
        for (const field of ['data', 'stringData']) {
            const values = object[field];
            if (!isRecord(values))
                continue;
            const filled = Object.entries(values).filter(([, value]) => value !== null && value !== undefined && String(value) !== '');
            if (filled.length === 0 || filled.every(([, value]) => isSopsValue(value)))
                continue;
            const plain = filled
                .filter(([key, value]) => !isSopsValue(value) && !publicKeys.has(key))
                .filter(([, value]) => typeof value !== 'string' || !findPlaceholder(value))
                .map(([key]) => key);
            if (plain.length === 0)
                continue;
            const encoding = field === 'data' ? ' (base64 is an encoding, not encryption)' : '';
            report({
                path: [field],
                message: `Secret "${name}" holds ${plain.length === 1 ? 'a value' : `${plain.length} values`} in plain text under ` +
                    `${field}${encoding}: ${plain.length === 1 ? 'key' : 'keys'} ${quoteList(plain)}.`,
            });
        }
    },
});
