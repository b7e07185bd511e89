import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { CommandError } from '../../src-shared/api/errors';
import { ARCHIVE_FORMAT, FORMAT_VERSION, type EncryptedManifest } from './manifest';

const KDF = { N: 2 ** 15, r: 8, p: 1 } as const;
const AAD = Buffer.from(`${ARCHIVE_FORMAT}/${FORMAT_VERSION}`);

function deriveKey(password: string, kdf: EncryptedManifest['kdf']): Buffer {
  return scryptSync(password.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), 32, {
    N: kdf.N,
    r: kdf.r,
    p: kdf.p,
    maxmem: 256 * kdf.N * kdf.r + 1024 * 1024,
  });
}

/** AES-256-GCM with a key from scrypt (random salt and IV); the tag is appended to the ciphertext. */
export function encrypt(plain: Uint8Array, password: string): { manifest: EncryptedManifest; payload: Uint8Array } {
  const kdf = { name: 'scrypt' as const, ...KDF, salt: randomBytes(16).toString('base64') };
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(password, kdf), iv);
  cipher.setAAD(AAD);
  const payload = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  return {
    manifest: { format: ARCHIVE_FORMAT, formatVersion: FORMAT_VERSION, encrypted: true, cipher: 'aes-256-gcm', kdf, iv: iv.toString('base64') },
    payload,
  };
}

/** A wrong password and a damaged payload look alike to GCM: both fail authentication. */
export function decrypt(payload: Uint8Array, manifest: EncryptedManifest, password: string | undefined): Uint8Array {
  if (!password) throw new CommandError('archive_encrypted', 'This archive is protected by a password.');
  if (payload.length < 16) throw new CommandError('archive_invalid', 'The encrypted content is truncated.');
  const iv = Buffer.from(manifest.iv, 'base64');
  if (iv.length !== 12) throw new CommandError('archive_invalid', 'The encryption parameters are not valid.');
  const decipher = createDecipheriv('aes-256-gcm', deriveKey(password, manifest.kdf), iv);
  decipher.setAAD(AAD);
  decipher.setAuthTag(payload.subarray(payload.length - 16));
  try {
    return Buffer.concat([decipher.update(payload.subarray(0, payload.length - 16)), decipher.final()]);
  } catch {
    throw new CommandError('archive_wrong_password', 'The password is wrong (or the file is damaged).');
  }
}
