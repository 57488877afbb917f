import { CheckCircleFilled } from '@ant-design/icons';
import { SECTION_LABELS, type ValidationIssue, type ValidationSection } from '@rcpd/shared';
import { Alert } from 'antd';
import { Link } from 'react-router';
import { applicationPaths } from './api';

const SECTIONS = Object.keys(SECTION_LABELS) as ValidationSection[];

/** Where an issue is fixed: the module's card, the field, the entry's editor or files, or the 材料附件 row. */
export function issueLink(applicationId: string, issue: ValidationIssue): string {
  const page = applicationPaths.page(applicationId);
  if (issue.section === 'attachments') {
    return `${applicationPaths.submitPage(applicationId)}#slot-${issue.field ?? 'idCard'}`;
  }
  if (issue.section === 'eligibility') return `${page}#module-basic`;
  if (issue.entryId) {
    // An entry's issue without a field is about its files: open its 上传附件 dialog instead of its editor.
    const query = issue.field
      ? new URLSearchParams({ entry: issue.entryId, field: issue.field })
      : new URLSearchParams({ upload: issue.entryId });
    return `${page}?${query}#module-${issue.section}`;
  }
  if (issue.field) return `${page}#field-${issue.field}`;
  return `${page}#module-${issue.section}`;
}

/** 数据验证信息 (manual 3.2.3): every failing rule, grouped by module, each a link to where it is fixed. */
export function ValidationList({
  applicationId,
  issues,
}: {
  applicationId: string;
  issues: readonly ValidationIssue[];
}) {
  if (issues.length === 0) {
    return (
      <p className="validation-passed" role="status">
        <CheckCircleFilled aria-hidden /> 数据验证通过
      </p>
    );
  }
  return (
    <>
      <Alert
        type="error"
        showIcon
        title={`数据验证未通过：共${issues.length}项，请根据提示补充修改后再提交`}
        className="form-alert"
      />
      <div className="validation-groups">
        {SECTIONS.filter((s) => issues.some((i) => i.section === s)).map((section) => (
          <section key={section} className="validation-group" aria-labelledby={`issues-${section}`}>
            <h3 id={`issues-${section}`} className="validation-title">
              {SECTION_LABELS[section]}
            </h3>
            <ul className="validation-items">
              {issues
                .filter((i) => i.section === section)
                .map((issue) => (
                  <li key={`${issue.entryId ?? ''}|${issue.field ?? ''}|${issue.message}`}>
                    <Link to={issueLink(applicationId, issue)} className="underline-link">
                      {issue.message}
                    </Link>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
