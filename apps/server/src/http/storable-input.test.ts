import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicValues, draftApplication, isoDays, saveModule } from '../test/applications.js';
import { Client, createTestApp, type TestContext } from '../test/harness.js';
import { expectError, signedInBusiness, signedInEmployer } from '../test/helpers.js';

/** What the check before every route's schema says of text a database cannot hold (errors.ts). */
const UNSTORABLE = '包含无法识别的字符，请检查后重新输入';

/**
 * Values a database cannot hold are refused by the schema, the same 400 on both databases, and change nothing:
 * a NUL in any string, a day outside 1900–2100, an integer past its column's range.
 */
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const noticeCount = async () =>
  Number(
    (
      await ctx.database.db
        .selectFrom('notices')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const notice = (overrides: Record<string, unknown>) => ({
  title: '2026年度人才分类定级评定申报通知',
  body: '各有关单位：现将有关事项通知如下……',
  startAt: isoDays(-1),
  endAt: isoDays(30),
  serviceTypes: ['首次认定'],
  ...overrides,
});

describe('a notice the database could not hold', () => {
  it.each([
    [
      'a start in year 0',
      { startAt: '0000-01-01T00:00:00Z' },
      'startAt',
      '申报开始时间应在1900年至2100年之间',
    ],
    [
      'a close after 2100',
      { endAt: '2101-01-02T00:00:00+08:00' },
      'endAt',
      '申报截止时间应在1900年至2100年之间',
    ],
    ['a NUL in the title', { title: '申报\u0000通知' }, 'title', UNSTORABLE],
    ['a NUL in a service type', { serviceTypes: ['首次\u0000认定'] }, 'serviceTypes.0', UNSTORABLE],
  ])('is refused with the field named (%s), and nothing is saved', async (_, overrides, field, message) => {
    const admin = await signedInBusiness(ctx);
    const before = await noticeCount();
    const body = expectError(
      await admin.post('/api/department/notices', notice(overrides)),
      400,
      'VALIDATION_FAILED',
      field,
    );
    expect(body.fields?.find((f) => f.path === field)?.message).toBe(message);
    expect(await noticeCount()).toBe(before);
  });

  it('with a version past an integer column is refused, not a 500', async () => {
    const admin = await signedInBusiness(ctx);
    const created = (await admin.post('/api/department/notices', notice({}))).json<{ id: string }>();
    const response = await admin.send(
      'PUT',
      `/api/department/notices/${created.id}`,
      notice({ version: 2 ** 40 }),
    );
    expectError(response, 400, 'VALIDATION_FAILED', 'version');
  });
});

describe('an application save the database could not hold', () => {
  it('a NUL inside a value (a jsonb document) or past the version’s range is refused; the module is unchanged', async () => {
    const draft = await draftApplication(ctx);
    const saved = await saveModule(draft, 'basic', basicValues(draft));
    expect(saved.statusCode, saved.body).toBe(200);
    const nul = await saveModule(draft, 'basic', basicValues(draft, { position: '软件\u0000研发' }), 1);
    expectError(nul, 400, 'VALIDATION_FAILED', 'values.position');
    const huge = await saveModule(draft, 'basic', basicValues(draft), 2 ** 40);
    expectError(huge, 400, 'VALIDATION_FAILED', 'version');
    const detail = (await draft.client.get(`/api/person/applications/${draft.id}`)).json<{
      modules: { basic: { version: number; values: Record<string, unknown> } };
    }>();
    expect(detail.modules.basic.version).toBe(1);
    expect(detail.modules.basic.values.position).toBe(basicValues(draft).position);
  });

  it('a birth or graduation day outside 1900–2100 is not a day', async () => {
    const draft = await draftApplication(ctx);
    const response = await saveModule(draft, 'basic', basicValues(draft, { birthDate: '1899-12-31' }));
    expect(response.statusCode).toBe(400);
  });
});

describe('a query the database could not hold', () => {
  it('a NUL in the review queue’s search is refused as bad input', async () => {
    const { client } = await signedInEmployer(ctx);
    const response = await client.get('/api/review/queue?q=%00');
    expectError(response, 400, 'VALIDATION_FAILED', 'q');
  });

  it('a NUL in a public query is refused as bad input too', async () => {
    const response = await new Client(ctx.app).get('/api/public/certificates/verify?t=%00abc');
    expectError(response, 400, 'VALIDATION_FAILED', 't');
  });
});
