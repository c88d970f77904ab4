import type { Handlers } from '../../../../electron/contract'

export const SIGNER_PIN = '2468'

/**
 * Setup for a sign-off: the admin gives `name` 签发 rights in the profile (adding them to the
 * leaders when they are not listed), then they set a PIN, which makes their key pair, and sign in.
 */
export async function grantSigning(api: Handlers, name: string, pin = SIGNER_PIN) {
  const profile = await api['profile:get']({})
  const listed = profile.leaders.some((p) => p.name === name)
  const leaders = listed
    ? profile.leaders.map((p) => (p.name === name ? { ...p, signer: true } : p))
    : [...profile.leaders, { name, phone: '', title: '局长', signer: true }]
  await api['profile:save']({ profile: { ...profile, leaders } })
  await api['review:setPin']({ name, pin })
  return api['review:signIn']({ name, pin })
}

/** The bureau's profile (and the signers' public keys in it) carried to another PC. */
export async function shareProfile(from: Handlers, to: Handlers) {
  const file = await from['profile:export']({})
  await to['profile:import']({ text: Buffer.from(file.base64, 'base64').toString('utf8') })
}
