import type { InfiniteData, QueryClient, QueryKey } from '@tanstack/react-query';
import { Button, Input } from 'antd';

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

/** The search box of a list's toolbar: the trimmed text on 查询 or Enter, nothing once cleared. */
export function SearchBox({
  label,
  placeholder,
  onSearch,
  width = 320,
}: {
  label: string;
  placeholder: string;
  onSearch: (text: string) => void;
  width?: number;
}) {
  return (
    <Input.Search
      aria-label={label}
      placeholder={placeholder}
      allowClear
      maxLength={50}
      enterButton="查询"
      onSearch={(value) => onSearch(value.trim())}
      style={{ maxWidth: width }}
    />
  );
}

/** 共 N 条 (or 人, 张) of a keyset-paged list, once its first page is in. */
export function ListTotal({ total, unit = '条' }: { total: number | undefined; unit?: string }) {
  if (total === undefined) return null;
  return (
    <span className="muted">
      共 {total} {unit}
    </span>
  );
}
