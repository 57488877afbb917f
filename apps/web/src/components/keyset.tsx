import type { InfiniteData, QueryClient, QueryKey } from '@tanstack/react-query';
import { Button } from 'antd';

/**
 * Lists the server pages by keyset (`{ items, next, total }`): the page shows what it has loaded and a
 * 加载更多 button while there is more; a write answers with the rows it changed and they are put in place here.
 */

/** 加载更多 under a keyset-paged list, while the server has another page. */
export function LoadMore({
  query,
}: {
  query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => Promise<unknown> };
}) {
  if (!query.hasNextPage) return null;
  return (
    <div className="load-more">
      <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
        加载更多
      </Button>
    </div>
  );
}

type Page<T> = { items: T[]; next: string | null; total: number };

/**
 * The rows a write changed, replaced in every loaded page of the lists under `key` (each filter keeps its own
 * pages), without reading the lists again; `removed` ids leave them and lower their totals.
 */
export function patchPages<T>(
  queryClient: QueryClient,
  key: QueryKey,
  idOf: (item: T) => string,
  changed: readonly T[],
  removed: readonly string[] = [],
) {
  const byId = new Map(changed.map((item) => [idOf(item), item]));
  queryClient.setQueriesData<InfiniteData<Page<T>>>({ queryKey: key }, (data) => {
    if (!data?.pages) return data;
    const gone = data.pages
      .flatMap((page) => page.items)
      .filter((item) => removed.includes(idOf(item))).length;
    return {
      ...data,
      pages: data.pages.map((page) => ({
        ...page,
        items: page.items
          .filter((item) => !removed.includes(idOf(item)))
          .map((item) => byId.get(idOf(item)) ?? item),
        total: page.total - gone,
      })),
    };
  });
}
