import type { PGlite } from '@electric-sql/pglite';
import { isStalePlan } from '../platform/db-errors.js';

/**
 * Named prepared statements on PGlite. `PGlite.query()` parses, describes and plans every statement again at
 * every call, each step a separate trip into the WebAssembly module: the session read costs 1.6 ms that way
 * and 0.2 ms prepared. Here a statement is parsed and described once (its parameter and result types kept),
 * and every later call is one Bind + Execute + Sync exchange; PostgreSQL's own plan cache then keeps the plan.
 * Results are the same objects `query()` gives (the instance's own type parsers, rows keyed by column name).
 */

interface Prepared {
  name: string;
  paramTypes: number[];
  fields: { name: string; dataTypeID: number }[];
}

interface BackendMessage {
  name: string;
  dataTypeIDs?: number[];
  fields?: ({ name: string; dataTypeID: number } | string | null)[];
  text?: string;
}

export interface PreparedResult<R> {
  rows: R[];
  affectedRows?: number;
}

const encoder = new TextEncoder();

/** One frontend message: a type byte, its length, then the body. */
class Writer {
  private parts: Uint8Array[] = [];
  private size = 0;
  private push(bytes: Uint8Array) {
    this.parts.push(bytes);
    this.size += bytes.length;
  }
  int16(n: number) {
    const b = new Uint8Array(2);
    new DataView(b.buffer).setInt16(0, n);
    this.push(b);
    return this;
  }
  int32(n: number) {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setInt32(0, n);
    this.push(b);
    return this;
  }
  cstring(s: string) {
    this.push(encoder.encode(s));
    this.push(new Uint8Array([0]));
    return this;
  }
  bytes(b: Uint8Array) {
    this.push(b);
    return this;
  }
  message(type: string): Uint8Array {
    const out = new Uint8Array(5 + this.size);
    out[0] = type.charCodeAt(0);
    new DataView(out.buffer).setInt32(1, 4 + this.size);
    let at = 5;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }
}

const concat = (messages: Uint8Array[]) => {
  const out = new Uint8Array(messages.reduce((n, m) => n + m.length, 0));
  let at = 0;
  for (const m of messages) {
    out.set(m, at);
    at += m.length;
  }
  return out;
};

const parse = (name: string, text: string) => new Writer().cstring(name).cstring(text).int16(0).message('P');
const describeStatement = (name: string) =>
  new Writer()
    .bytes(new Uint8Array([83]))
    .cstring(name)
    .message('D');
const closeStatement = (name: string) =>
  new Writer()
    .bytes(new Uint8Array([83]))
    .cstring(name)
    .message('C');
const execute = () => new Writer().cstring('').int32(0).message('E');
const sync = () => new Writer().message('S');

function bind(name: string, values: (string | null)[]): Uint8Array {
  const w = new Writer().cstring('').cstring(name).int16(0).int16(values.length);
  for (const v of values) {
    if (v === null) w.int32(-1);
    else {
      const b = encoder.encode(v);
      w.int32(b.length).bytes(b);
    }
  }
  return w.int16(0).message('B');
}

export function createPreparedStatements(pg: PGlite, { max = 500 }: { max?: number } = {}) {
  // insertion order is use order: a hit moves its statement to the end, the first one is the least used
  const cache = new Map<string, Prepared>();
  let counter = 0;

  async function prepare(text: string): Promise<Prepared> {
    const name = `rcpd_${++counter}`;
    const { messages } = (await pg.execProtocol(
      concat([parse(name, text), describeStatement(name), sync()]),
      {
        syncToFs: false,
      },
    )) as { messages: BackendMessage[] };
    const params = messages.find((m) => m.name === 'parameterDescription');
    const rows = messages.find((m) => m.name === 'rowDescription');
    const prepared: Prepared = {
      name,
      paramTypes: params?.dataTypeIDs ?? [],
      fields: ((rows?.fields ?? []) as { name: string; dataTypeID: number }[]).map((f) => ({
        name: f.name,
        dataTypeID: f.dataTypeID,
      })),
    };
    cache.set(text, prepared);
    if (cache.size > max) {
      const [oldestText, oldest] = cache.entries().next().value as [string, Prepared];
      cache.delete(oldestText);
      await pg.execProtocol(concat([closeStatement(oldest.name), sync()]), { syncToFs: false });
    }
    return prepared;
  }

  function serialize(prepared: Prepared, values: readonly unknown[]): (string | null)[] {
    const serializers = pg.serializers as Record<number, ((x: unknown) => string) | undefined>;
    return values.map((value, i) => {
      if (value === null || value === undefined) return null;
      if (value instanceof Date) return timestampText(value);
      const serializer = serializers[prepared.paramTypes[i] ?? 0];
      return serializer ? serializer(value) : String(value);
    });
  }

  function collect<R>(prepared: Prepared, messages: BackendMessage[]): PreparedResult<R> {
    const parsers = pg.parsers as Record<number, ((x: string, type: number) => unknown) | undefined>;
    const rows: R[] = [];
    let affectedRows: number | undefined;
    for (const m of messages) {
      if (m.name === 'dataRow') {
        const row: Record<string, unknown> = {};
        const fields = m.fields as (string | null)[];
        for (let i = 0; i < fields.length; i++) {
          const f = prepared.fields[i] as { name: string; dataTypeID: number };
          const raw = fields[i] ?? null;
          const parser = parsers[f.dataTypeID];
          row[f.name] = raw === null ? null : parser ? parser(raw, f.dataTypeID) : raw;
        }
        rows.push(row as R);
      } else if (m.name === 'commandComplete') {
        const words = (m.text ?? '').split(' ');
        const n = Number.parseInt(words[words.length - 1] ?? '', 10);
        if (['INSERT', 'UPDATE', 'DELETE', 'MERGE', 'COPY'].includes(words[0] ?? '') && !Number.isNaN(n)) {
          affectedRows = n;
        }
      }
    }
    return { rows, affectedRows };
  }

  async function run<R>(
    text: string,
    values: readonly unknown[],
    retried = false,
  ): Promise<PreparedResult<R>> {
    let prepared = cache.get(text);
    if (prepared) {
      cache.delete(text);
      cache.set(text, prepared);
    } else prepared = await prepare(text);
    try {
      const { messages } = (await pg.execProtocol(
        concat([bind(prepared.name, serialize(prepared, values)), execute(), sync()]),
      )) as { messages: BackendMessage[] };
      return collect<R>(prepared, messages);
    } catch (error) {
      if (retried || !isStalePlan(error)) throw error;
      cache.delete(text);
      return run<R>(text, values, true);
    }
  }

  return {
    /** Runs one parameterised statement, preparing it at its first use; the caller holds the connection. */
    query<R>(text: string, values: readonly unknown[]): Promise<PreparedResult<R>> {
      return pg.runExclusive(() => run<R>(text, values));
    },
    get size() {
      return cache.size;
    },
  };
}

/**
 * A Date as PostgreSQL reads it, as `pg` writes it: PGlite's own serializer uses toISOString(), whose years
 * before 1 and after 9999 (`-000001-12-31T…`, `+010000-…`) PostgreSQL refuses, so a day like 0000-01-01 in a
 * query was a 500 on PGlite and a plain answer on PostgreSQL.
 */
export function timestampText(date: Date): string {
  const year = date.getUTCFullYear();
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const text = `${pad(year < 1 ? 1 - year : year, 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${pad(
    date.getUTCHours(),
  )}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}.${pad(date.getUTCMilliseconds(), 3)}+00:00`;
  return year < 1 ? `${text} BC` : text;
}
