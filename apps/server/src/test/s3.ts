/**
 * A real S3-compatible server for the tests (s3rver, files in a folder): the blob store contract runs against
 * it, and so does the whole integration suite when TEST_BLOB_STORE=s3.
 */
import { CreateBucketCommand, DeleteObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { createS3Client, type S3Config } from '../platform/blob-s3.js';

/** s3rver's own credentials */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export interface RunningS3 {
  endpoint: string;
  /** stops it at once, dropping open connections (an S3 outage) */
  stop(): Promise<void>;
  /** starts it again on the same port and folder */
  start(): Promise<void>;
}

export async function startS3(directory: string, port = 0): Promise<RunningS3> {
  let server: S3rver | undefined;
  let bound = port;
  const start = async () => {
    server = new S3rver({ port: bound, address: '127.0.0.1', directory, silent: true });
    bound = (await server.run()).port;
  };
  await start();
  return {
    endpoint: `http://127.0.0.1:${bound}`,
    async stop() {
      const running = server;
      server = undefined;
      if (!running) return;
      const closed = running.close();
      running.httpServer?.closeAllConnections();
      await closed;
    },
    start,
  };
}

export function s3Config(endpoint: string, bucket: string): S3Config {
  return { endpoint, region: 'us-east-1', bucket, forcePathStyle: true, ...S3RVER_CREDENTIALS };
}

export async function createBucket(endpoint: string, bucket: string): Promise<void> {
  const client = createS3Client(s3Config(endpoint, bucket));
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  client.destroy();
}

/** Every key the bucket holds. */
export async function bucketKeys(endpoint: string, bucket: string): Promise<string[]> {
  const client = createS3Client(s3Config(endpoint, bucket));
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
    for (const o of page.Contents ?? []) if (o.Key) keys.push(o.Key);
    token = page.NextContinuationToken;
  } while (token);
  client.destroy();
  return keys;
}

/** Removes every object of the bucket (files lost from the store). */
export async function emptyBucket(endpoint: string, bucket: string): Promise<void> {
  const client = createS3Client(s3Config(endpoint, bucket));
  for (const Key of await bucketKeys(endpoint, bucket)) {
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key }));
  }
  client.destroy();
}
