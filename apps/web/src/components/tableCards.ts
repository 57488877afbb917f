import type { TableColumnsType } from 'antd';
import type { TdHTMLAttributes } from 'react';

/** The class of a table that shows as cards on a phone (styles.css, `.table-cards`). */
export const TABLE_CARDS = 'table-cards';

/**
 * The columns with each cell naming its column (`data-label`), so that on a phone, where `.table-cards` hides
 * the header and stacks the cells of a row into a card, every value still reads with its title.
 */
export function withCardLabels<T>(columns: TableColumnsType<T>): TableColumnsType<T> {
  return columns.map((column) => {
    const label = typeof column.title === 'string' ? column.title : undefined;
    return {
      ...column,
      onCell: (record: T, index?: number) =>
        ({ ...column.onCell?.(record, index), 'data-label': label }) as TdHTMLAttributes<HTMLElement>,
    };
  });
}
