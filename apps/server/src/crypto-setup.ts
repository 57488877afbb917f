import type { Config } from './config.js';
import { type ChainKeys, chainKeys } from './modules/audit/audit.service.js';
import { type CryptoProfile, cryptoProfiles, type RekeyableFieldCipher } from './platform/crypto/profile.js';
import { fieldKeyrings, type Keys, resolveKeys } from './platform/secrets.js';
import { type CertificateSigner, createCertificateSigner } from './platform/signing/certificate-signature.js';

export interface ConfiguredCrypto {
  profile: CryptoProfile;
  keys: Keys;
  /** field encryption and lookup hashes: writes with the profile and current keys, reads every configured key */
  cipher: RekeyableFieldCipher;
  auditKeys: ChainKeys;
  /** certificate tokens: Ed25519 (intl) or SM2 (gm), refusing a key of the other type */
  signer(): CertificateSigner;
}

/**
 * Everything that encrypts, hashes and signs, from the configuration: CRYPTO_PROFILE and the keys (outside
 * production generated into DATA_DIR when not configured). The server and the command-line tools take it here.
 */
export function configuredCrypto(config: Config): ConfiguredCrypto {
  const profile = cryptoProfiles[config.cryptoProfile];
  const keys = resolveKeys(
    config.dataDir,
    {
      encryptionKey: config.encryptionKey,
      lookupKey: config.lookupKey,
      certificateSigningKey: config.certificateSigningKey,
      auditChainKey: config.auditChainKey,
    },
    profile,
  );
  return {
    profile,
    keys,
    cipher: profile.fieldCipher(fieldKeyrings(keys, config.fieldKeys)),
    auditKeys: chainKeys(keys.auditChainKey, profile.name),
    signer: () => createCertificateSigner(keys.certificateSigningKey, profile),
  };
}
