import type { CompiledQuery, QueryResult } from 'kysely';

/**
 * A query of the hot paths built and compiled to SQL once, then run with new parameters: Kysely otherwise
 * rebuilds and recompiles the whole query tree at every request (for the application detail, with its four
 * JSON subqueries, that is as much CPU as the database's own work). `build` receives placeholder values in
 * place of the parameters; each is found by identity among the compiled query's parameters and replaced.
 */
export function compileOnce<P extends object, R>(
  build: (params: P) => { compile(): CompiledQuery<R> },
  names: readonly (keyof P)[],
) {
  const placeholders = Object.fromEntries(names.map((n) => [n, `\u0000placeholder:${String(n)}\u0000`])) as P;
  let compiled: CompiledQuery<R> | null = null;
  let slots: { index: number; name: keyof P }[] = [];
  return async (
    executor: { executeQuery<O>(query: CompiledQuery<O>): Promise<QueryResult<O>> },
    params: P,
  ): Promise<QueryResult<R>> => {
    if (!compiled) {
      const built = build(placeholders).compile();
      slots = built.parameters.flatMap((value, index) => {
        const name = names.find((n) => placeholders[n] === value);
        return name === undefined ? [] : [{ index, name }];
      });
      const missing = names.filter((n) => !slots.some((slot) => slot.name === n));
      // a parameter the builder inlined or transformed would otherwise run with its placeholder's text
      if (missing.length > 0)
        throw new Error(`compileOnce: no parameter for ${missing.map(String).join(', ')}`);
      compiled = built;
    }
    const parameters = [...compiled.parameters];
    for (const { index, name } of slots) parameters[index] = params[name];
    return executor.executeQuery<R>({ ...compiled, parameters });
  };
}

/**
 * `compileOnce` for a query module-level code builds from whichever database it is handed: one compiled query
 * per database (tests open many), kept as long as that database is.
 */
export function compileOncePerDatabase<D extends object, P extends object, R>(
  build: (db: D, params: P) => { compile(): CompiledQuery<R> },
  names: readonly (keyof P)[],
) {
  const byDatabase = new WeakMap<D, ReturnType<typeof compileOnce<P, R>>>();
  return (
    db: D,
    executor: { executeQuery<O>(query: CompiledQuery<O>): Promise<QueryResult<O>> },
    params: P,
  ): Promise<QueryResult<R>> => {
    let run = byDatabase.get(db);
    if (!run) {
      run = compileOnce<P, R>((p) => build(db, p), names);
      byDatabase.set(db, run);
    }
    return run(executor, params);
  };
}
