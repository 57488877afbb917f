import { z } from 'zod';

/**
 * Building blocks of the answers the API gives (its 2xx response schemas). Every answer is a zod schema in this
 * package: the server serializes through it (keys it does not name never leave the server), the OpenAPI document
 * describes it, and the web app's typed client is generated from that document (README, "The API an integrator
 * can use").
 */

/** `{ ok: true }`: a change that has nothing more to say. */
export const okAnswerSchema = z.object({ ok: z.literal(true) });
export type OkAnswer = z.infer<typeof okAnswerSchema>;

/** `{ items: [...] }`: a list that is not paged. */
export function itemsAnswer<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}

/** `{ items, total, page, pageSize }`: one page of a list that is paged by number. */
export function pagedAnswer<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });
}

/** `{ items, next, total }`: one page of a list paged by keyset; `next` is the `after` of the page that follows. */
export function keysetAnswer<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    next: z.string().nullable().describe('下一页的 after 参数；最后一页为 null'),
    /** how many the filter finds in all */
    total: z.number().int(),
  });
}

/** `limit` and `after` of a list paged by keyset (`after` is the `next` of the page before). */
export const keysetPageFields = {
  limit: z.coerce
    .number({ error: '分页参数不正确' })
    .int('分页参数不正确')
    .min(1, '分页参数不正确')
    .max(100, '分页参数不正确')
    .default(20),
  after: z.string().max(200, '分页参数不正确').optional(),
};

/** The `q` of a list's search box: trimmed, at most 50 characters (`message` names what it searches), empty = none. */
export function searchField(message: string) {
  return z
    .string()
    .trim()
    .max(50, message)
    .optional()
    .transform((v) => v || undefined);
}

/** `q`, `limit` and `after` of a list paged by keyset and searched by 姓名 (its start) or a full 证件号码. */
export const personSearchPageFields = {
  q: searchField('姓名或证件号码不超过50个字符'),
  ...keysetPageFields,
};

/** The rows an all-or-nothing Excel import refused, each with its row number and why. */
export const importErrorsSchema = z.array(z.object({ row: z.number().int(), message: z.string() }));

/** A moment in time as the API writes it: ISO 8601 with the zone (`2026-12-03T08:00:00.000Z`). */
export const isoDateTime = z.string().describe('ISO 8601 时间');
/** A calendar day: `2026-12-03`. */
export const isoDate = z.string().describe('日期 YYYY-MM-DD');

/**
 * `{ <key>: <count> }` for every key of a fixed list (the counts per state above a list): an object with each key
 * required, so that a client generated from the OpenAPI document knows every key is there (a `z.record` over an
 * enum reads there as any string key).
 */
export function countsOf<const K extends readonly [string, ...string[]]>(keys: K) {
  return z.object(
    Object.fromEntries(keys.map((key) => [key, z.number().int()])) as { [P in K[number]]: z.ZodNumber },
  );
}
