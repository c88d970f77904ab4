import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  scryptSync,
  sign,
  verify,
  type KeyObject
} from 'node:crypto'

// Each signer's Ed25519 key pair. The private key is kept only sealed with a key derived from the
// signer's PIN (scrypt, then AES-256-GCM): the database alone cannot sign, and a wrong PIN fails
// the GCM tag instead of yielding a wrong key. The public key travels in the bureau profile.

export type SealedKey = {
  public_key: string
  salt: string
  iv: string
  tag: string
  sealed: string
}

function pinKey(pin: string, salt: Buffer): Buffer {
  return scryptSync(pin.normalize('NFC'), salt, 32)
}

export function publicKeyText(key: KeyObject): string {
  return key.export({ type: 'spki', format: 'der' }).toString('base64')
}

/** Seals an existing private key under a (new) PIN. */
export function sealKey(privateKey: KeyObject, pin: string): SealedKey {
  const salt = randomBytes(16)
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', pinKey(pin, salt), iv)
  const der = privateKey.export({ type: 'pkcs8', format: 'der' })
  const sealed = Buffer.concat([cipher.update(der), cipher.final()])
  return {
    public_key: publicKeyText(createPublicKey(privateKey)),
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    sealed: sealed.toString('base64')
  }
}

export function newSealedKey(pin: string): SealedKey {
  return sealKey(generateKeyPairSync('ed25519').privateKey, pin)
}

/** The private key, or null when the PIN is not the one it was sealed with. */
export function unsealKey(key: SealedKey, pin: string): KeyObject | null {
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      pinKey(pin, Buffer.from(key.salt, 'base64')),
      Buffer.from(key.iv, 'base64')
    )
    decipher.setAuthTag(Buffer.from(key.tag, 'base64'))
    const der = Buffer.concat([
      decipher.update(Buffer.from(key.sealed, 'base64')),
      decipher.final()
    ])
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })
  } catch {
    return null
  }
}

export function signText(privateKey: KeyObject, text: string): string {
  return sign(null, Buffer.from(text, 'utf8'), privateKey).toString('base64')
}

/** False for a bad signature, a malformed key or a malformed signature alike. */
export function verifyText(publicKey: string, text: string, signature: string): boolean {
  try {
    const key = createPublicKey({
      key: Buffer.from(publicKey, 'base64'),
      format: 'der',
      type: 'spki'
    })
    if (key.asymmetricKeyType !== 'ed25519') return false
    return verify(null, Buffer.from(text, 'utf8'), key, Buffer.from(signature, 'base64'))
  } catch {
    return false
  }
}
