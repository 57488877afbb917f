import type { EntryChange, SnapshotDiff } from '@rcpd/shared';
import { Card, Tag } from 'antd';

const KIND_CLASS: Record<EntryChange['kind'], string> = {
  新增: 'status-tag status-tag-success',
  删除: 'status-tag status-tag-danger',
  修改: 'status-tag status-tag-info',
};

function FieldTable({ change }: { change: EntryChange }) {
  if (change.fields.length === 0) return null;
  return (
    <table className="plain-table diff-table">
      <thead>
        <tr>
          <th scope="col">项目</th>
          <th scope="col">修改前</th>
          <th scope="col">修改后</th>
        </tr>
      </thead>
      <tbody>
        {change.fields.map((field) => (
          <tr key={field.label}>
            <th scope="row" className="diff-field">
              {field.label}
            </th>
            <td className="diff-before" data-label="修改前">
              {field.before}
            </td>
            <td className="diff-after" data-label="修改后">
              {field.after}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * 本次修改内容: what the applicant changed after the 退回, module by module, each field before → after. The
 * modules themselves follow below as they stand now.
 */
export function ChangesCard({ changes }: { changes: SnapshotDiff }) {
  return (
    <Card
      className="changes-card"
      role="region"
      aria-labelledby="changes-title"
      title={
        <h2 id="changes-title" className="card-title">
          本次修改内容
        </h2>
      }
    >
      <p className="muted changes-lead">退回后申报人重新提交时修改的内容（与退回前提交的版本相比）：</p>
      <div className="changes-list">
        {changes.map((module) => (
          <div key={module.section}>
            <h3 className="changes-module">{module.label}</h3>
            {module.changes.map((change) => (
              <div key={`${change.kind}-${change.title}`} className="changes-entry">
                {/* a single module's one change is titled by the module itself: said once, above */}
                {change.title !== module.label && (
                  <p className="changes-entry-title">
                    <Tag className={KIND_CLASS[change.kind]}>{change.kind}</Tag>
                    {change.title}
                  </p>
                )}
                <FieldTable change={change} />
              </div>
            ))}
          </div>
        ))}
      </div>
    </Card>
  );
}
