import { categoryText } from '../../../components/format';
import type { RecordedItem } from './api';

/** The results a 公示 or 发布 acts on, named, so nobody acts on the wrong rows. */
export function SelectedNames({ items }: { items: RecordedItem[] }) {
  return (
    <section className="modal-section" aria-labelledby="selected-results-title">
      <h2 id="selected-results-title" className="upload-heading">
        已选择{items.length}条评审结果
      </h2>
      <ul className="selected-names">
        {items.map((item) => (
          <li key={item.applicationId}>
            {item.applicantName}（{item.result.outcome}
            {item.result.category ? `，${categoryText(item.result.category)}` : ''}）
          </li>
        ))}
      </ul>
    </section>
  );
}
