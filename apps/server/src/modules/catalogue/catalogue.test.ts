import { randomBytes } from 'node:crypto';
import { type CatalogueCategory, type CatalogueItem, DEFAULT_CATEGORY_NAMES } from '@rcpd/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NOTICE_TITLE, seedDemo } from '../../seed/demo.js';
import { Client, createTestApp, type TestContext } from '../../test/harness.js';
import {
  auditRows,
  expectError,
  signedInBusiness,
  signedInEmployer,
  signedInPerson,
} from '../../test/helpers.js';

let ctx: TestContext;
let admin: Client;
let applicant: Client;
beforeAll(async () => {
  ctx = await createTestApp();
  admin = await signedInBusiness(ctx);
  applicant = (await signedInPerson(ctx)).client;
});
afterAll(() => ctx.close());

const code = (category = 'C') => `${category}-${randomBytes(3).toString('hex')}`;
const catalogue = async (client: Client) =>
  (await client.get('/api/catalogue')).json<{ categories: CatalogueCategory[] }>().categories;
const itemsOf = (categories: CatalogueCategory[], category: string) =>
  categories.find((c) => c.code === category)?.items ?? [];

async function createItem(body: Record<string, unknown>) {
  const response = await admin.post('/api/department/catalogue/items', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<CatalogueItem>();
}

describe('人才分类目录', () => {
  it('has categories A–E in order, with the demo items of the first seed', async () => {
    const categories = await catalogue(applicant);
    expect(categories.map((c) => c.code)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(categories.map((c) => c.name)).toEqual(Object.values(DEFAULT_CATEGORY_NAMES));
    expect(itemsOf(categories, 'B')[0]).toMatchObject({ code: 'B-1', enabled: true });
    for (const c of categories) expect(c.items.length).toBeGreaterThanOrEqual(2);
  });

  it('adds, edits, disables and enables an item, each audited; applicants see only enabled items', async () => {
    const c = code('D');
    const item = await createItem({ category: 'D', code: c, text: '省级以上教学名师。', sort: 50 });
    expect(item).toMatchObject({ category: 'D', code: c, sort: 50, enabled: true });
    expect(await auditRows(ctx, 'catalogue.item.create', item.id)).toHaveLength(1);

    const edited = await admin.send('PUT', `/api/department/catalogue/items/${item.id}`, {
      category: 'D',
      code: c,
      text: '省级以上教学名师、优秀教师。',
      sort: 60,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<CatalogueItem>()).toMatchObject({ text: '省级以上教学名师、优秀教师。', sort: 60 });

    const disabled = await admin.send('PATCH', `/api/department/catalogue/items/${item.id}`, {
      enabled: false,
    });
    expect(disabled.json<CatalogueItem>().enabled).toBe(false);
    expect(itemsOf(await catalogue(applicant), 'D').map((i) => i.id)).not.toContain(item.id);
    expect(itemsOf(await catalogue(admin), 'D').find((i) => i.id === item.id)?.enabled).toBe(false);
    await admin.send('PATCH', `/api/department/catalogue/items/${item.id}`, { enabled: true });
    expect(itemsOf(await catalogue(applicant), 'D').map((i) => i.id)).toContain(item.id);
    expect(await auditRows(ctx, 'catalogue.item.disable', item.id)).toHaveLength(1);
    expect(await auditRows(ctx, 'catalogue.item.enable', item.id)).toHaveLength(1);
    expectError(
      await admin.send('PATCH', `/api/department/catalogue/items/${crypto.randomUUID()}`, { enabled: true }),
      404,
      'NOT_FOUND',
    );
  });

  it('refuses a duplicate code in one category (409 on code) but allows it in another', async () => {
    const c = code('C');
    await createItem({ category: 'C', code: c, text: '条款一' });
    const dup = expectError(
      await admin.post('/api/department/catalogue/items', { category: 'C', code: c, text: '条款二' }),
      409,
      'CONFLICT',
      'code',
    );
    expect(dup.message).toBe('该类别下已有相同编号的条款');
    const other = await createItem({ category: 'E', code: c, text: '条款三' });
    const moved = await admin.send('PUT', `/api/department/catalogue/items/${other.id}`, {
      category: 'C',
      code: c,
      text: '条款三',
    });
    expectError(moved, 409, 'CONFLICT', 'code');
    expectError(
      await admin.post('/api/department/catalogue/items', { category: 'F', code: 'x', text: 'y' }),
      400,
      'VALIDATION_FAILED',
      'category',
    );
  });

  it('renames a category, audited', async () => {
    const response = await admin.send('PUT', '/api/department/catalogue/categories/E', {
      name: '青年后备人才（试行）',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<CatalogueCategory>()).toMatchObject({ code: 'E', name: '青年后备人才（试行）' });
    expect((await catalogue(applicant)).find((c) => c.code === 'E')?.name).toBe('青年后备人才（试行）');
    expect(await auditRows(ctx, 'catalogue.category.update', 'E')).toHaveLength(1);
    expectError(
      await admin.send('PUT', '/api/department/catalogue/categories/F', { name: '不存在' }),
      400,
      'VALIDATION_FAILED',
    );
    await admin.send('PUT', '/api/department/catalogue/categories/E', { name: DEFAULT_CATEGORY_NAMES.E });
  });

  it('keeps editing to the administrator; reading needs a sign-in', async () => {
    const employer = (await signedInEmployer(ctx)).client;
    for (const client of [applicant, employer]) {
      expectError(
        await client.post('/api/department/catalogue/items', { category: 'C', code: 'x', text: 'y' }),
        403,
        'FORBIDDEN',
      );
      expectError(
        await client.send('PUT', '/api/department/catalogue/categories/A', { name: 'x' }),
        403,
        'FORBIDDEN',
      );
    }
    expect((await employer.get('/api/catalogue')).statusCode).toBe(200);
    expectError(await new Client(ctx.app).get('/api/catalogue'), 401, 'UNAUTHENTICATED');
  });
});

describe('demo content', () => {
  it('is written once, with the first seed, and a second seed adds nothing', async () => {
    expect(await seedDemo(ctx.database.db, ctx.cipher)).toBe(false);
    const notices = await ctx.database.db
      .selectFrom('notices')
      .select(['status', 'service_types'])
      .where('title', '=', DEMO_NOTICE_TITLE)
      .execute();
    expect(notices).toEqual([{ status: '已发布', service_types: ['首次认定', '晋升认定'] }]);
    const guide = await applicant.get('/api/declaration-guide');
    expect(guide.json<{ text: string }>().text).toMatch(/^1\. 申报条件/);
  });
});
