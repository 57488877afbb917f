import type { Config } from '../config.js';
import { createEncryptedBlobStore, type EncryptedBlobStore } from './blob-crypto.js';
import { createS3BlobStore } from './blob-s3.js';
import { createLocalBlobStore } from './blob-store.js';

/**
 * The store `config` names (`BLOB_STORE`: the local folder or an S3-compatible bucket), encrypting what it
 * holds under `config.blobKeys`. main.ts fills in a key derived from the data key when none is configured.
 */
export function createBlobStore(
  config: Pick<Config, 'blobStore' | 'blobDir' | 's3' | 'blobKeys'> & Partial<Pick<Config, 'cryptoProfile'>>,
): EncryptedBlobStore {
  const inner =
    config.blobStore === 's3' && config.s3
      ? createS3BlobStore(config.s3)
      : createLocalBlobStore(config.blobDir);
  if (!config.blobKeys.current) throw new Error('no blob encryption key: set BLOB_ENCRYPTION_KEY');
  return createEncryptedBlobStore(
    inner,
    { current: config.blobKeys.current, old: config.blobKeys.old },
    { profile: config.cryptoProfile },
  );
}
