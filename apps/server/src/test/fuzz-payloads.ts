/**
 * The hostile requests of the fuzz suite (`http/fuzz.test.ts`), generated from one operation of the served
 * OpenAPI document: its path and query parameters, its JSON body schema, or its multipart body. Deterministic:
 * the only randomness is a seeded generator.
 */
import { MODULES, residentIdCheckChar, usccCheckChar } from '@rcpd/shared';
import { MINIMAL_JPG, MINIMAL_PDF } from './files.js';

export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  nullable?: boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
  default?: unknown;
}

export interface DocParameter {
  name: string;
  in: string;
  required?: boolean;
  schema: JsonSchema;
}

export interface DocOperation {
  method: string;
  path: string;
  policy: string | undefined;
  parameters: DocParameter[];
  /** the first content type of the request body, and its schema */
  body?: { type: string; schema: JsonSchema };
}

export interface FuzzRequest {
  /** what is hostile about it, for the failure report */
  variant: string;
  method: string;
  url: string;
  contentType?: string;
  payload?: string | Buffer;
  /** more headers; a `cookie` here is sent after the caller's own */
  headers?: Record<string, string>;
}

/** Real values the generator puts where a schema asks for an id, so that requests reach past the lookup. */
export interface RealValues {
  /** real ids for a path parameter: [the caller's or a resource it may see, someone else's] */
  path(op: DocOperation, param: string): string[];
  /** a real id for a body or query field named like `noticeId`, when there is one */
  field(key: string): string | undefined;
}

export type Rng = () => number;

/** mulberry32: small, fast and seeded, so every run sends the same requests. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rng: Rng, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length) out.push(...pool.splice(Math.floor(rng() * pool.length), 1));
  return out;
}

export const seededUuid = (rng: Rng) =>
  `${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-a${hex(rng, 3)}-${hex(rng, 12)}`;
const hex = (rng: Rng, n: number) =>
  Array.from({ length: n }, () => Math.floor(rng() * 16).toString(16)).join('');

/** A JSON value written as raw text: numbers JSON.stringify cannot write (1e309, 2^63), deep nesting. */
class Raw {
  constructor(readonly text: string) {}
}
const raw = (text: string) => new Raw(text);

/** JSON text of a value that may hold Raw parts. */
export function render(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_, v) => {
    if (v instanceof Raw) {
      raws.push(v.text);
      return `@@raw${raws.length - 1}@@`;
    }
    return v;
  });
  return (text ?? '').replace(/"@@raw(\d+)@@"/g, (_, i: string) => raws[Number(i)] ?? 'null');
}

const DEPTH = 10_000;
const deepArray = '['.repeat(DEPTH) + ']'.repeat(DEPTH);
const deepObject = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;
const HUGE = 'x'.repeat(100_000);
/** past the server's body limit */
const TWO_MB = 'y'.repeat(2 * 1024 * 1024);

/** Values of the wrong type for any field. */
const WRONG_TYPES: [string, unknown][] = [
  ['a number', 12345],
  ['a negative number', -1],
  ['2^63', raw('9223372036854775808')],
  ['1e309', raw('1e309')],
  ['an object', { $ne: null }],
  ['an array', ['a', 'b']],
  ['null', null],
  ['true', true],
  ['false', false],
  ['an array nested 10000 deep', raw(deepArray)],
];

/** Text no form would send. */
const NASTY_STRINGS: [string, string][] = [
  ['100k characters', HUGE],
  ['a NUL', 'a\u0000b'],
  ['a lone surrogate', 'a\ud800b'],
  ['SQL', "' or 1=1--"],
  ['%00', '%00'],
  ['a path', '../../etc/passwd'],
  ['markup', '<script>alert(1)</script>'],
  ['empty', ''],
  ['spaces', '   '],
  ['NaN', 'NaN'],
  ['"1e309"', '1e309'],
  ['"-1"', '-1'],
  ['20 nines', '99999999999999999999'],
  ['year 0', '0000-01-01'],
  ['year 9999', '9999-12-31T23:59:59Z'],
  ['a month 13', '2024-13-45T99:99:99Z'],
  ['garbage date', 'yesterday'],
  ['a formula', "=cmd|' /C calc'!A0"],
  ['a header injection', 'a\r\nSet-Cookie: x=1'],
  ['right-to-left override', '\u202etxt.exe'],
  ['__proto__', '__proto__'],
];

/** Values for a field that holds a number. */
const NASTY_NUMBERS: [string, unknown][] = [
  ['-1', -1],
  ['1.5', 1.5],
  ['2^31', 2 ** 31],
  ['2^53 + 1', raw('9007199254740993')],
  ['-1e309', raw('-1e309')],
  ['-0', raw('-0')],
  ['a numeric string', '1'],
  ['"NaN"', 'NaN'],
  ['100k characters', HUGE],
];

/** A 居民身份证 number no account has: the samples must not be anyone's credentials. */
const FIRST17 = '22010219850615123';
const ID_NUMBER = FIRST17 + residentIdCheckChar(FIRST17);
const USCC17 = '91220101MA17FU110';
const USCC = USCC17 + usccCheckChar(USCC17);
const PATTERN_SAMPLES = [
  '13800000000',
  ID_NUMBER,
  USCC,
  '123456',
  '王小明',
  'fuzzer01',
  '2024-01-01',
  'A',
  '10.0.0.1',
];

/** Fields whose meaning a schema cannot say (a checksum, a format checked in code): a value that passes. */
const KEY_SAMPLES: Record<string, unknown> = {
  idNumber: ID_NUMBER,
  uscc: USCC,
  phone: '13800000000',
  email: 'fuzz@example.cn',
  webhookUrl: null,
  confirmations: [true, true, true, true],
  module: 'education',
};

/** A value the schema accepts (as far as a schema can tell), to mutate one field at a time. */
export function sample(schema: JsonSchema, key: string, real: RealValues, module?: string): unknown {
  const known = real.field(key) ?? KEY_SAMPLES[key];
  if (known !== undefined) return schema.type === 'array' && !Array.isArray(known) ? [known] : known;
  const choice = schema.anyOf ?? schema.oneOf;
  if (choice?.[0]) return sample(choice[0], key, real, module);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.default !== undefined && schema.default !== null && schema.type !== 'object')
    return schema.default;
  switch (schema.type) {
    case 'string': {
      if (schema.format === 'uuid') return '3f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b';
      if (schema.format === 'date-time')
        return /end|to$/i.test(key) ? '2026-12-31T08:00:00+08:00' : '2026-03-01T08:00:00+08:00';
      if (/(date|on|from|to)$/i.test(key)) return '2024-01-01';
      if (/password/i.test(key)) return 'Fuzz#2026pw';
      if (schema.pattern) {
        const re = new RegExp(schema.pattern, 'u');
        return PATTERN_SAMPLES.find((s) => re.test(s)) ?? 'x';
      }
      return '测试'.padEnd(schema.minLength ?? 1, '测');
    }
    case 'integer':
    case 'number':
      return schema.minimum !== undefined && schema.minimum > -1e15 ? schema.minimum : 0;
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: schema.minItems ?? 1 }, () =>
        sample(schema.items ?? {}, key, real, module),
      );
    case 'object': {
      if (!schema.properties && schema.additionalProperties && module) return moduleValues(module, real);
      const out: Record<string, unknown> = {};
      for (const [k, s] of Object.entries(schema.properties ?? {})) out[k] = sample(s, k, real, module);
      return out;
    }
    default:
      return 'x';
  }
}

/** 申报 module values, from the module's own field list in packages/shared (the document says only "object"). */
function moduleValues(module: string, real: RealValues): Record<string, unknown> {
  const def = MODULES.find((m) => m.key === module);
  const out: Record<string, unknown> = {};
  for (const f of def?.fields ?? []) {
    out[f.key] =
      real.field(f.key) ??
      KEY_SAMPLES[f.key] ??
      (f.kind === 'date'
        ? '2020-01-01'
        : f.kind === 'number'
          ? (f.min ?? 1)
          : f.kind === 'catalogue'
            ? 'x'
            : (f.options?.[0] ?? '测试'));
  }
  return out;
}

/** The hostile values of one field, by what it holds. */
function hostileValues(schema: JsonSchema, rng: Rng, full: boolean): [string, unknown][] {
  const numeric = schema.type === 'integer' || schema.type === 'number';
  const text = schema.type === 'string' && !schema.enum;
  const own: [string, unknown][] = numeric
    ? NASTY_NUMBERS
    : text || full
      ? NASTY_STRINGS
      : pick(rng, NASTY_STRINGS, 6);
  return [...WRONG_TYPES, ...own];
}

/** The leaf fields of a sampled body, as paths, with their schemas (module values one level down). */
function fields(schema: JsonSchema, value: unknown, prefix: string[] = []): [string[], JsonSchema][] {
  const out: [string[], JsonSchema][] = [];
  if (schema.type !== 'object' || value === null || typeof value !== 'object') return out;
  const props = schema.properties ?? {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const s = props[k] ?? { type: typeof v === 'number' ? 'number' : 'string' };
    const path = [...prefix, k];
    out.push([path, s]);
    if (s.type === 'object' && prefix.length === 0 && v && typeof v === 'object')
      out.push(...fields({ type: 'object', properties: s.properties }, v, path));
  }
  return out;
}

function setAt(value: unknown, path: string[], to: unknown): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  let at = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string, unknown>;
  at[path.at(-1) ?? ''] = to;
  return copy;
}

/** The module whose values a body holds: the path's `{module}`, the body's `module`, else the seeded entry's. */
const moduleOf = (op: DocOperation) =>
  op.path.includes('{module}') ? 'basic' : op.path.includes('/entries') ? 'education' : undefined;

const PATH_VALUES: [string, string][] = [
  ['0', '0'],
  ['-1', '-1'],
  ['20 nines', '99999999999999999999'],
  ['abc', 'abc'],
  ['%2e%2e', '%2e%2e'],
  ['a path', '..%2F..%2Fetc%2Fpasswd'],
  ['%00', '%00'],
  ['a lone surrogate', '%ED%A0%80'],
  ['a broken escape', '%E0%A4%A'],
  ['the nil uuid', '00000000-0000-0000-0000-000000000000'],
  ['the max uuid', 'ffffffff-ffff-ffff-ffff-ffffffffffff'],
  ['500 characters', 'x'.repeat(500)],
  ['__proto__', '__proto__'],
  ['constructor', 'constructor'],
  ['SQL', encodeURIComponent("' or 1=1--")],
];

const QUERY_VALUES: [string, string][] = [
  ['empty', ''],
  ['abc', 'abc'],
  ['-1', '-1'],
  ['0', '0'],
  ['20 nines', '99999999999999999999'],
  ['1e309', '1e309'],
  ['NaN', 'NaN'],
  ['%00', '%00'],
  ['a lone surrogate', '%ED%A0%80'],
  ['a broken escape', '%E0%A4%A'],
  ['10k characters', 'x'.repeat(10_000)],
  ['SQL', encodeURIComponent("' or 1=1--")],
  ['a path', '..%2F..%2Fetc%2Fpasswd'],
  ['year 0', '0000-01-01'],
  ['year 9999', '9999-12-31'],
  ['Feb 30', '2024-02-30'],
  ['true', 'true'],
];

/** Every hostile request of one operation; `full` false: a smaller, seeded share of the field mutations. */
export function fuzzRequests(op: DocOperation, real: RealValues, rng: Rng, full: boolean): FuzzRequest[] {
  const out: FuzzRequest[] = [];
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const realPath: Record<string, string> = {};
  for (const p of pathParams) realPath[p.name] = real.path(op, p.name)[0] ?? seededUuid(rng);
  const urlWith = (params: Record<string, string>, query: string) =>
    op.path.replace(/\{(\w+)\}/g, (_, n: string) => params[n] ?? '') + (query ? `?${query}` : '');
  const baseQuery = queryParams
    .filter((p) => p.required)
    .map((p) => `${p.name}=${encodeURIComponent(String(sample(p.schema, p.name, real)))}`);
  const url = (query = baseQuery) => urlWith(realPath, query.join('&'));
  const bodySample = op.body?.schema ? sample(op.body.schema, '', real, moduleOf(op)) : undefined;
  const json = op.body?.type === 'application/json';
  const multipartBody = op.body?.type === 'multipart/form-data';
  const valid = (): Omit<FuzzRequest, 'variant'> =>
    json
      ? { method: op.method, url: url(), contentType: 'application/json', payload: render(bodySample) }
      : multipartBody
        ? { method: op.method, url: url(), ...form([file('file', '证明.pdf', MINIMAL_PDF)]) }
        : { method: op.method, url: url() };
  const withUrl = (variant: string, u: string) => out.push({ ...valid(), variant, url: u });

  out.push({ ...valid(), variant: 'the sample request' });

  for (const p of pathParams) {
    const reals = real.path(op, p.name);
    const values: [string, string][] = [
      ...PATH_VALUES,
      ['a random uuid', seededUuid(rng)],
      ...reals.slice(1).map((id, i): [string, string] => [`a real id of another (${i + 1})`, id]),
      ...(reals[0] ? [['the real id in capitals', reals[0].toUpperCase()] as [string, string]] : []),
    ];
    for (const [label, v] of full ? values : pick(rng, values, 4))
      withUrl(`path ${p.name}: ${label}`, urlWith({ ...realPath, [p.name]: v }, baseQuery.join('&')));
  }

  for (const p of queryParams) {
    const others = baseQuery.filter((q) => !q.startsWith(`${p.name}=`));
    const values: [string, string[]][] = [
      ...QUERY_VALUES.map(([label, v]): [string, string[]] => [label, [`${p.name}=${v}`]]),
      ['twice', [`${p.name}=a`, `${p.name}=b`]],
      ['as an array', [`${p.name}[]=a`]],
      ['as an object', [`${p.name}[k]=a`]],
    ];
    for (const [label, q] of full ? values : pick(rng, values, 3))
      withUrl(`query ${p.name}: ${label}`, url([...others, ...q]));
  }
  for (const [label, q] of [
    ['an unknown query key', 'zz=1'],
    ['__proto__ in the query', '__proto__[x]=1'],
    ['constructor in the query', 'constructor[prototype][x]=1'],
    ['a query of ampersands', '&&&=&'],
  ] as const)
    withUrl(label, url([...baseQuery, q]));

  out.push(
    {
      ...valid(),
      variant: 'hostile headers',
      headers: {
        cookie: 'x=%E0%A4%A; y="unterminated; rcpd_csrf=../../etc',
        'x-forwarded-for': 'garbage, , ::::, 999.1.1.1',
        'x-request-id': '../../etc/passwd',
        'accept-language': '9999',
        accept: 'application/xml',
        'user-agent': HUGE.slice(0, 8000),
      },
    },
    { ...valid(), variant: 'a cookie of 8 KB', headers: { cookie: `big=${'c'.repeat(8 * 1024)}` } },
    {
      ...valid(),
      variant: 'a malformed bearer credential',
      headers: { authorization: `Bearer ic_.${HUGE.slice(0, 5000)}` },
    },
    { ...valid(), variant: 'Basic credentials', headers: { authorization: 'Basic Og==' } },
    { ...valid(), variant: 'a trailing slash', url: url().replace(/(\?|$)/, '/$1') },
    { ...valid(), variant: 'a doubled slash', url: url().replace('/api/', '/api//') },
    // a HEAD of a file answer must not leave its stream (a blob, an S3 object) open; OPTIONS has no route
    { variant: 'HEAD', method: 'HEAD', url: url() },
    { variant: 'OPTIONS', method: 'OPTIONS', url: url() },
  );

  if (op.method === 'GET') return out;

  if (json && bodySample !== undefined) {
    for (const [path, schema] of fields(op.body?.schema ?? {}, bodySample)) {
      for (const [label, value] of hostileValues(schema, rng, full))
        out.push({
          ...valid(),
          variant: `body ${path.join('.')}: ${label}`,
          payload: render(setAt(bodySample, path, value)),
        });
    }
    const body = render(bodySample);
    const extra = (text: string) => `${body.slice(0, -1)}${body.length > 2 ? ',' : ''}${text}}`;
    out.push(
      { ...valid(), variant: 'body: an unknown key', payload: extra('"zz":1') },
      { ...valid(), variant: 'body: __proto__', payload: extra('"__proto__":{"polluted":1}') },
      {
        ...valid(),
        variant: 'body: constructor.prototype',
        payload: extra('"constructor":{"prototype":{"x":1}}'),
      },
      { ...valid(), variant: 'body: the same key twice', payload: extra(`${body.slice(1, -1) || '"a":1'}`) },
      { ...valid(), variant: 'body: a 2 MB key', payload: extra(`"zz":"${TWO_MB}"`) },
    );
  }
  if (!multipartBody) {
    const jsonOf = (variant: string, payload: string) =>
      out.push({ ...valid(), variant, contentType: 'application/json', payload });
    jsonOf('body: empty', '');
    jsonOf('body: invalid JSON', '{"a":');
    jsonOf('body: null', 'null');
    jsonOf('body: an array', '[]');
    jsonOf('body: a string', '"x"');
    jsonOf('body: a number', '1e309');
    jsonOf('body: an object nested 10000 deep', deepObject);
    jsonOf('body: an array nested 10000 deep', deepArray);
    jsonOf('body: a byte order mark', `\ufeff${render(bodySample ?? {})}`);
    const typed = (variant: string, contentType: string | undefined, payload: string | Buffer) =>
      out.push({ ...valid(), variant, contentType, payload });
    typed('no content type', undefined, render(bodySample ?? {}));
    typed('text/plain', 'text/plain', render(bodySample ?? {}));
    typed('a form', 'application/x-www-form-urlencoded', 'a=1&b=2');
    typed('JSON in UTF-16', 'application/json; charset=utf-16', render(bodySample ?? {}));
    const wrong = form([file('file', 'a.pdf', MINIMAL_PDF)]);
    typed('multipart on a JSON route', wrong.contentType, wrong.payload);
  } else {
    for (const [variant, body] of multipartVariants(full)) out.push({ ...valid(), variant, ...body });
  }
  return out;
}

const BOUNDARY = '----rcpdfuzz7b1e';
interface Part {
  head: string;
  content: Buffer;
}
const file = (name: string, fileName: string, content: Buffer, type = 'application/octet-stream'): Part => ({
  head: `Content-Disposition: form-data; name="${name}"; filename="${fileName}"\r\nContent-Type: ${type}`,
  content,
});
const field = (name: string, value: string): Part => ({
  head: `Content-Disposition: form-data; name="${name}"`,
  content: Buffer.from(value),
});
function form(parts: Part[], close = true): { contentType: string; payload: Buffer } {
  const chunks = parts.flatMap((p) => [
    Buffer.from(`--${BOUNDARY}\r\n${p.head}\r\n\r\n`),
    p.content,
    Buffer.from('\r\n'),
  ]);
  if (close) chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return { contentType: `multipart/form-data; boundary=${BOUNDARY}`, payload: Buffer.concat(chunks) };
}

/** A part larger than any upload allows (20 MB for a notice's files). */
let huge: Buffer | undefined;

function multipartVariants(full: boolean): [string, { contentType?: string; payload: Buffer }][] {
  const pdf = (fileName: string) => form([file('file', fileName, MINIMAL_PDF, 'application/pdf')]);
  const valid = pdf('证明.pdf');
  const variants: [string, { contentType?: string; payload: Buffer }][] = [
    ['multipart: a jpg', form([file('file', '照片.jpg', MINIMAL_JPG, 'image/jpeg')])],
    ['multipart: no boundary', { contentType: 'multipart/form-data', payload: valid.payload }],
    [
      'multipart: a boundary that is not the body’s',
      { contentType: 'multipart/form-data; boundary=other', payload: valid.payload },
    ],
    ['multipart: cut off', { ...valid, payload: valid.payload.subarray(0, valid.payload.length - 60) }],
    ['multipart: cut off in the headers', { ...valid, payload: valid.payload.subarray(0, 30) }],
    ['multipart: empty', { ...valid, payload: Buffer.alloc(0) }],
    ['multipart: only the closing boundary', { ...valid, payload: Buffer.from(`--${BOUNDARY}--\r\n`) }],
    [
      'multipart: a part without headers',
      { ...valid, payload: Buffer.from(`--${BOUNDARY}\r\n\r\nhello\r\n--${BOUNDARY}--\r\n`) },
    ],
    ['multipart: a hundred parts', form(Array.from({ length: 100 }, (_, i) => field(`f${i}`, 'x')))],
    ['multipart: two files', form([file('file', 'a.pdf', MINIMAL_PDF), file('file', 'b.pdf', MINIMAL_PDF)])],
    [
      'multipart: a field before the file',
      form([field('slot', 'photo'), file('file', 'a.pdf', MINIMAL_PDF)]),
    ],
    ['multipart: the wrong field name', form([file('upload', 'a.pdf', MINIMAL_PDF)])],
    ['multipart: no file, a text field', form([field('file', 'not a file')])],
    ['multipart: an empty file', form([file('file', 'empty.pdf', Buffer.alloc(0))])],
    [
      'multipart: text named .pdf',
      form([file('file', 'a.pdf', Buffer.from('just text'), 'application/pdf')]),
    ],
    ['multipart: a file name with a path', pdf('../../etc/passwd.pdf')],
    ['multipart: a file name with a NUL', pdf('a\u0000.pdf')],
    ['multipart: a 10k file name', pdf(`${'名'.repeat(10_000)}.pdf`)],
    ['multipart: a file name with a quote and CRLF', pdf('a".pdf\r\nContent-Type: text/html')],
    [
      'multipart: no file name',
      form([{ head: 'Content-Disposition: form-data; name="file"', content: MINIMAL_PDF }]),
    ],
    ['multipart: JSON instead', { contentType: 'application/json', payload: Buffer.from('{"file":"x"}') }],
  ];
  if (full) {
    huge ??= Buffer.alloc(21 * 1024 * 1024, 0x25);
    variants.push(['multipart: a 21 MB part', form([file('file', 'big.pdf', huge, 'application/pdf')])]);
  }
  return variants;
}
