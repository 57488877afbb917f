import type { ReactNode } from 'react';

export interface FieldCard {
  key: string;
  title: ReactNode;
  fields: [label: string, value: ReactNode][];
  actions?: ReactNode;
}

/** Phones: one block per row of a table, its fields as a list of terms, the actions below them. */
export function FieldCards({ label, items, empty }: { label: string; items: FieldCard[]; empty: string }) {
  if (items.length === 0) return <p className="muted entry-empty">{empty}</p>;
  return (
    <ol className="entry-cards" aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className="entry-card-item">
          <div className="entry-card-head">{item.title}</div>
          <dl className="entry-card-fields">
            {item.fields.map(([term, value]) => (
              <div key={term}>
                <dt>{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {item.actions && <div className="row-actions">{item.actions}</div>}
        </li>
      ))}
    </ol>
  );
}
