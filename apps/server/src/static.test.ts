/**
 * The web app's files: the precompressed .br / .gz variants the build writes, chosen by Accept-Encoding, and
 * the cache rules. Runs on a small stand-in of apps/web/dist, so it needs no build.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from './test/harness.js';

const INDEX = `<!doctype html><html lang="zh-CN"><head><title>人才分类定级评定系统</title>
<script type="module" crossorigin src="/assets/index-AbC123.js"></script></head>
<body><div id="root"></div>${'<!-- padding -->'.repeat(80)}</body></html>`;
const SCRIPT = `export const pages = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `page-${i}`))};`;
const SMALL = 'export const x = 1;';

let ctx: TestContext;
let webDist: string;

/** A file with its brotli and gzip variants beside it, as the web build writes them. */
function writeCompressed(file: string, text: string): void {
  writeFileSync(file, text);
  writeFileSync(`${file}.br`, brotliCompressSync(text));
  writeFileSync(`${file}.gz`, gzipSync(text));
}

beforeAll(async () => {
  webDist = mkdtempSync(path.join(os.tmpdir(), 'rcpd-test-web-'));
  mkdirSync(path.join(webDist, 'assets'));
  writeCompressed(path.join(webDist, 'index.html'), INDEX);
  writeCompressed(path.join(webDist, 'assets', 'index-AbC123.js'), SCRIPT);
  // under 1 KB: the build leaves it uncompressed
  writeFileSync(path.join(webDist, 'assets', 'small-XyZ789.js'), SMALL);
  // the build's own bookkeeping (scripts/build-web-if-changed.mjs), never served
  writeFileSync(path.join(webDist, '.inputs.sha256'), 'f00d\n');
  ctx = await createTestApp({ WEB_DIST: webDist });
});
afterAll(async () => {
  await ctx.close();
  rmSync(webDist, { recursive: true, force: true });
});

function get(url: string, acceptEncoding?: string): Promise<LightMyRequestResponse> {
  return ctx.app.inject({
    method: 'GET',
    url,
    headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
  });
}

/** The body as the browser reads it after undoing the content encoding. */
function decoded(response: LightMyRequestResponse): string {
  const raw = response.rawPayload;
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(raw).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(raw).toString('utf8');
  return raw.toString('utf8');
}

describe('hashed assets', () => {
  it('sends brotli to a browser that accepts it', async () => {
    const response = await get('/assets/index-AbC123.js', 'gzip, deflate, br, zstd');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.rawPayload.length).toBeLessThan(SCRIPT.length);
    expect(decoded(response)).toBe(SCRIPT);
  });

  it('sends gzip when only gzip is accepted', async () => {
    const response = await get('/assets/index-AbC123.js', 'gzip');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(decoded(response)).toBe(SCRIPT);
  });

  it('sends the plain file when no encoding is accepted', async () => {
    for (const accept of [undefined, 'identity']) {
      const response = await get('/assets/index-AbC123.js', accept);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.headers.vary).toMatch(/accept-encoding/i);
      expect(response.body).toBe(SCRIPT);
    }
  });

  it('sends a file without compressed variants as it is', async () => {
    const response = await get('/assets/small-XyZ789.js', 'br, gzip');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body).toBe(SMALL);
  });

  it('are cached for a year and never revalidated, whatever the encoding', async () => {
    for (const accept of ['br', 'gzip', undefined]) {
      const response = await get('/assets/index-AbC123.js', accept);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });
});

describe('the index page', () => {
  it('is compressed and revalidated on every visit', async () => {
    for (const [accept, encoding] of [
      ['br', 'br'],
      ['gzip', 'gzip'],
      [undefined, undefined],
    ] as const) {
      const response = await get('/index.html', accept);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(decoded(response)).toBe(INDEX);
    }
  });

  it("answers the web app's own routes (/, /login, /person/…), compressed as the browser accepts", async () => {
    for (const url of ['/', '/login?type=person', '/person/rcpd/applications/12', '/admin/results']) {
      for (const [accept, encoding] of [
        ['gzip, deflate, br', 'br'],
        ['gzip', 'gzip'],
        [undefined, undefined],
      ] as const) {
        const response = await get(url, accept);
        expect(response.statusCode, url).toBe(200);
        expect(response.headers['content-encoding'], `${url} ${accept}`).toBe(encoding);
        expect(response.headers['content-type']).toMatch(/^text\/html/);
        expect(response.headers['cache-control']).toBe('no-cache');
        expect(response.headers.vary).toMatch(/accept-encoding/i);
        expect(decoded(response)).toBe(INDEX);
      }
    }
  });

  it('answers HEAD as GET, without a body', async () => {
    const response = await ctx.app.inject({
      method: 'HEAD',
      url: '/login',
      headers: { 'accept-encoding': 'br' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.rawPayload.length).toBe(0);
  });

  it('answers a folder, a dotfile and a missing file of the build as a route of the web app', async () => {
    for (const url of ['/assets', '/assets/', '/assets/gone-Old123.js', '/.inputs.sha256']) {
      const response = await get(url, 'br');
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type'], url).toMatch(/^text\/html/);
      expect(decoded(response), url).toBe(INDEX);
    }
  });

  it('is not the answer to an unknown API path', async () => {
    const response = await get('/api/nothing-here', 'br');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
  });
});
