import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Encryption of personal fields at rest, in the application (AES-256-GCM, an AEAD cipher from node:crypto).
 * A stored value is `<key version>:<base64 of iv(12) | tag(16) | ciphertext>`; the field's name is bound in as
 * associated data, so a value copied into another column does not decrypt. Keys carry versions: new values use the
 * first (current) key, older values still decrypt with the key of their version, so a key can be rotated by adding
 * a new one first and re-encrypting before the old one is removed.
 *
 * Lookup hashes (HMAC-SHA-256 with a key derived from the oldest listed key by HKDF) let an administrator find every
 * record holding a given phone number or address without decrypting anything.
 */
export interface DataKey {
  /** Letters and digits, e.g. "k1". */
  version: string;
  /** 32 bytes. */
  key: Buffer;
}

export interface FieldCipher {
  encrypt(plain: string, field: string): string;
  decrypt(stored: string, field: string): string;
  /** Encrypts a value that may be null or empty (stored as null). */
  encryptOptional(plain: string | null | undefined, field: string): string | null;
  decryptOptional(stored: string | null, field: string): string | null;
  /** A keyed hash of a normalised value, for look-ups (the same value always gives the same hash). */
  lookupHash(normalisedValue: string): string;
  /** The version of the key new values are encrypted with. */
  readonly currentVersion: string;
}

const VERSION = /^[A-Za-z0-9]{1,16}$/;

export function createFieldCipher(keys: readonly DataKey[]): FieldCipher {
  if (keys.length === 0) throw new Error('at least one data key is needed');
  const byVersion = new Map<string, Buffer>();
  for (const k of keys) {
    if (!VERSION.test(k.version)) throw new Error(`bad data key version "${k.version}"`);
    if (k.key.length !== 32) throw new Error(`data key ${k.version} must be 32 bytes`);
    if (byVersion.has(k.version)) throw new Error(`data key version ${k.version} is listed twice`);
    byVersion.set(k.version, k.key);
  }
  const current = keys[0]!;
  const lookupKey = Buffer.from(hkdfSync('sha256', keys[keys.length - 1]!.key, Buffer.alloc(0), 'tarjotin lookup hash v1', 32));

  const encrypt = (plain: string, field: string): string => {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', current.key, iv);
    cipher.setAAD(Buffer.from(field, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${current.version}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  };
  const decrypt = (stored: string, field: string): string => {
    const colon = stored.indexOf(':');
    const key = colon > 0 ? byVersion.get(stored.slice(0, colon)) : undefined;
    if (!key) throw new Error('encrypted value with an unknown key version');
    const raw = Buffer.from(stored.slice(colon + 1), 'base64');
    if (raw.length < 28) throw new Error('encrypted value is too short');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(field, 'utf8'));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  };
  return {
    encrypt,
    decrypt,
    encryptOptional: (plain, field) => (plain == null || plain === '' ? null : encrypt(plain, field)),
    decryptOptional: (stored, field) => (stored == null ? null : decrypt(stored, field)),
    lookupHash: (value) => createHmac('sha256', lookupKey).update(value, 'utf8').digest('base64url'),
    currentVersion: current.version,
  };
}

/** Parses `k2:<base64 32 bytes>,k1:<base64>` (current key first). */
export function parseDataKeys(text: string): DataKey[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const colon = entry.indexOf(':');
      if (colon <= 0) throw new Error('each data key is <version>:<base64 of 32 bytes>');
      return { version: entry.slice(0, colon), key: Buffer.from(entry.slice(colon + 1), 'base64') };
    });
}

export function formatDataKeys(keys: readonly DataKey[]): string {
  return keys.map((k) => `${k.version}:${k.key.toString('base64')}`).join(',');
}

export function newDataKey(version: string): DataKey {
  return { version, key: randomBytes(32) };
}
