import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

type PropsOf<C> = C extends ComponentType<infer P> ? P : never;
type Lazy<M, K extends keyof M> = LazyExoticComponent<ComponentType<PropsOf<M[K]>>>;

/**
 * A component of its own chunk, fetched the first time it is drawn: `lazyComponent(() => import('./Forbidden'),
 * 'Forbidden')`. The pages of the site are such chunks, so a visit loads the code of the page it opens and not of
 * the whole site; so are big parts of a page that only some visits show.
 */
export function lazyComponent<M, K extends keyof M>(load: () => Promise<M>, name: K): Lazy<M, K> {
  return lazy(async () => ({ default: (await load())[name] as ComponentType<PropsOf<M[K]>> }));
}

/**
 * A page that reads from the server: fetched together with the query client (TanStack Query), which then
 * serves it and everything drawn inside it. The landing page reads nothing and loads without the client.
 */
export function lazyPage<M, K extends keyof M>(load: () => Promise<M>, name: K): Lazy<M, K> {
  return lazy(async () => {
    const [module, { withQueries }] = await Promise.all([load(), import('./api/queries')]);
    return { default: withQueries(module[name] as ComponentType<PropsOf<M[K]>>) };
  });
}
