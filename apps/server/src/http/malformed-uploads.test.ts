import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadRoutes } from '../test/applications.js';
import { MINIMAL_PDF } from '../test/files.js';
import { type Client, createTestApp, type TestContext } from '../test/harness.js';
import { CJK } from '../test/helpers.js';

/**
 * Every upload route of the service, sent the multipart bodies a broken client or an attacker sends: each one
 * is answered at once with a 4xx in Chinese, and leaves no row and no file (no `.part` either).
 */
let ctx: TestContext;
const routes: { name: string; client: Client; url: string }[] = [];

beforeAll(async () => {
  ctx = await createTestApp();
  routes.push(...(await uploadRoutes(ctx)));
});
afterAll(() => ctx.close());

const B = '----rcpdfuzz';
const head = (name = 'file', fileName = '文件.pdf') =>
  `--${B}\r\nContent-Disposition: form-data; name="${name}"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`;

const BODIES: [string, string, Buffer][] = [
  [
    'no boundary in the content type',
    'multipart/form-data',
    Buffer.concat([Buffer.from(head()), MINIMAL_PDF]),
  ],
  ['an empty body', `multipart/form-data; boundary=${B}`, Buffer.alloc(0)],
  ['only the closing boundary', `multipart/form-data; boundary=${B}`, Buffer.from(`--${B}--\r\n`)],
  [
    'a broken closing boundary',
    `multipart/form-data; boundary=${B}`,
    Buffer.concat([Buffer.from(head()), MINIMAL_PDF, Buffer.from(`\r\n--${B}-x`)]),
  ],
  [
    'cut off halfway (no closing boundary)',
    `multipart/form-data; boundary=${B}`,
    Buffer.concat([Buffer.from(head()), MINIMAL_PDF.subarray(0, 40)]),
  ],
  [
    'a part with no headers',
    `multipart/form-data; boundary=${B}`,
    Buffer.from(`--${B}\r\n\r\nhello\r\n--${B}--\r\n`),
  ],
  [
    'a hundred parts',
    `multipart/form-data; boundary=${B}`,
    Buffer.concat([
      ...Array.from({ length: 100 }, (_, i) =>
        Buffer.from(`--${B}\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nx\r\n`),
      ),
      Buffer.from(`--${B}--\r\n`),
    ]),
  ],
  [
    'a part larger than any upload allows (60 MB)',
    `multipart/form-data; boundary=${B}`,
    Buffer.concat([
      Buffer.from(head()),
      Buffer.alloc(60 * 1024 * 1024, 0x25),
      Buffer.from(`\r\n--${B}--\r\n`),
    ]),
  ],
];

async function rowCounts() {
  const count = async (
    table:
      | 'application_attachments'
      | 'notice_attachments'
      | 'review_results'
      | 'employers'
      | 'supervisors'
      | 'work_calendar',
  ) =>
    Number(
      (
        await ctx.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    attachments: await count('application_attachments'),
    noticeAttachments: await count('notice_attachments'),
    results: await count('review_results'),
    supervisors: await count('supervisors'),
    calendarDays: await count('work_calendar'),
    // an import assigns employers: their 主管部门 must not change
    assigned: Number(
      (
        await ctx.database.db
          .selectFrom('employers')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('supervisor_id', 'is not', null)
          .executeTakeFirstOrThrow()
      ).n,
    ),
  };
}

describe('a malformed multipart body', () => {
  it.each(BODIES)(
    '(%s) is a 4xx in Chinese on every upload route, and leaves no row and no file',
    async (_, type, payload) => {
      for (const route of routes) {
        const rows = await rowCounts();
        const files = await ctx.storedBlobs();
        const response = await route.client.request({
          method: 'POST',
          url: route.url,
          headers: { 'x-csrf-token': route.client.csrfToken ?? '', 'content-type': type },
          payload,
        });
        const label = `${route.name}: ${response.statusCode} ${response.body.slice(0, 120)}`;
        expect(response.statusCode, label).toBeGreaterThanOrEqual(400);
        expect(response.statusCode, label).toBeLessThan(500);
        expect(response.json<{ message: string }>().message, label).toMatch(CJK);
        expect(await rowCounts(), label).toEqual(rows);
        expect(await ctx.storedBlobs(), label).toEqual(files);
      }
    },
  );
});
