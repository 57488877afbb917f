import { PassThrough, pipeline, type Readable, Transform } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  ListMultipartUploadsCommand,
  ListObjectsCommand,
  type ListObjectsCommandOutput,
  S3Client,
  type S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { type BlobStore, checkKey, checkPrefix, isKey, StorageUnavailableError } from './blob-store.js';

export interface S3Config {
  /** an S3-compatible endpoint (MinIO, Ceph RGW, …); AWS S3 itself when undefined */
  endpoint: string | undefined;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `http://host/bucket/key` instead of `http://bucket.host/key`: what MinIO and most gateways expect */
  forcePathStyle: boolean;
}

export function createS3Client(config: S3Config): S3Client {
  return new S3Client({
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    region: config.region,
    forcePathStyle: config.forcePathStyle,
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
    // The SDK's newer default checksums (aws-chunked bodies with trailers) are not understood by every
    // S3-compatible store (older MinIO and Ceph, s3rver); the content is authenticated by blob-crypto anyway.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    // an unreachable store answers the user within seconds, not when the operating system gives up
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
  });
}

const notFound = (error: unknown) => {
  const e = error as Partial<S3ServiceException> | null;
  return e?.name === 'NoSuchKey' || e?.$metadata?.httpStatusCode === 404;
};
/** a store that does not implement an operation at all (s3rver lists no multipart uploads) */
const notImplemented = (error: unknown) => {
  const e = error as Partial<S3ServiceException> | null;
  return e?.name === 'NotImplemented' || e?.$metadata?.httpStatusCode === 501;
};

/**
 * A bucket of an S3-compatible store. Uploads stream as multipart uploads of `partSize` bytes, at most
 * `queueSize` parts in flight: memory per upload stays near partSize × queueSize whatever the file's size.
 * A failed upload is aborted (its parts removed); a bucket lifecycle rule that aborts incomplete multipart
 * uploads after a day covers a store that went away before the abort reached it.
 */
export function createS3BlobStore(
  config: S3Config,
  options: { partSize?: number; queueSize?: number; listPageSize?: number } = {},
): BlobStore {
  const client = createS3Client(config);
  const Bucket = config.bucket;
  const partSize = options.partSize ?? 5 * 1024 * 1024;
  const queueSize = options.queueSize ?? 2;
  // S3's own maximum page; smaller only in tests, to walk several pages
  const MaxKeys = options.listPageSize ?? 1000;

  return {
    async put(key, stream) {
      const Key = checkKey(key);
      // the stream's own failure (a refused file, a client gone) is passed on as it is; watched from the start
      let sourceError: { error: unknown } | undefined = stream.errored
        ? { error: stream.errored }
        : undefined;
      stream.once('error', (error) => {
        sourceError ??= { error };
      });
      let size = 0;
      const counted = pipeline(
        stream,
        new Transform({
          transform(chunk: Buffer, _encoding, callback) {
            size += chunk.length;
            callback(null, chunk);
          },
        }),
        () => {},
      );
      const upload = new Upload({
        client,
        params: { Bucket, Key, Body: counted },
        partSize,
        queueSize,
        leavePartsOnError: false,
      });
      try {
        await upload.done();
      } catch (error) {
        if (sourceError) throw sourceError.error;
        counted.destroy();
        throw new StorageUnavailableError(error);
      }
      return { size };
    },

    async get(key) {
      let body: Readable;
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: checkKey(key) }));
        body = object.Body as Readable;
      } catch (error) {
        if (notFound(error)) return null;
        throw new StorageUnavailableError(error);
      }
      // a connection lost half way is the store's failure too; a reader that stops early frees the connection
      const out = new PassThrough();
      body.once('error', (error) => out.destroy(new StorageUnavailableError(error)));
      out.once('close', () => body.destroy());
      return body.pipe(out);
    },

    async delete(key) {
      try {
        await client.send(new DeleteObjectCommand({ Bucket, Key: checkKey(key) }));
      } catch (error) {
        if (notFound(error)) return;
        throw new StorageUnavailableError(error);
      }
    },

    async check() {
      try {
        await client.send(new HeadBucketCommand({ Bucket }));
      } catch (error) {
        throw new StorageUnavailableError(error);
      }
    },

    async *list(prefix) {
      const Prefix = checkPrefix(prefix);
      // ListObjects (v1) paged by Marker, the last key seen: every S3-compatible store answers it, s3rver
      // included (its v2 continuation tokens need DES, which Node's OpenSSL 3 no longer has)
      let Marker: string | undefined;
      for (;;) {
        let page: ListObjectsCommandOutput;
        try {
          page = await client.send(new ListObjectsCommand({ Bucket, Prefix, MaxKeys, Marker }));
        } catch (error) {
          throw new StorageUnavailableError(error);
        }
        const contents = page.Contents ?? [];
        for (const object of contents) {
          // a key this service could not have written is none of its business
          if (object.Key && object.LastModified && isKey(object.Key))
            yield { key: object.Key, lastModified: object.LastModified };
        }
        const next = page.NextMarker ?? contents.at(-1)?.Key;
        if (!page.IsTruncated || !next || next === Marker) return;
        Marker = next;
      }
    },

    async removeIncomplete(prefix, before) {
      const Prefix = checkPrefix(prefix);
      let removed = 0;
      let KeyMarker: string | undefined;
      let UploadIdMarker: string | undefined;
      try {
        do {
          const page = await client.send(
            new ListMultipartUploadsCommand({
              Bucket,
              Prefix,
              MaxUploads: MaxKeys,
              KeyMarker,
              UploadIdMarker,
            }),
          );
          for (const upload of page.Uploads ?? []) {
            if (!upload.Key || !upload.UploadId || !upload.Initiated || upload.Initiated >= before) continue;
            try {
              await client.send(
                new AbortMultipartUploadCommand({ Bucket, Key: upload.Key, UploadId: upload.UploadId }),
              );
              removed++;
            } catch (error) {
              // aborted meanwhile by another instance, or completed: nothing left to remove
              if (!notFound(error)) throw error;
            }
          }
          KeyMarker = page.IsTruncated ? page.NextKeyMarker : undefined;
          UploadIdMarker = page.IsTruncated ? page.NextUploadIdMarker : undefined;
        } while (KeyMarker);
      } catch (error) {
        // a store that keeps no list of uploads (s3rver) leaves them to the bucket's lifecycle rule (README)
        if (notImplemented(error)) return removed;
        throw new StorageUnavailableError(error);
      }
      return removed;
    },
  };
}
