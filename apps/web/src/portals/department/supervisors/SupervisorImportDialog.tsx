import { SUPERVISOR_IMPORT_MAX_ROWS, type SupervisorImportReport } from '@rcpd/shared';
import { Alert, Button, Modal, Table, Upload, type UploadProps } from 'antd';
import { useState } from 'react';
import { XlsxDropZone } from '../../../components/XlsxDropZone';
import { errorMessage } from '../../../forms/errors';
import { importErrorsOf, PATH, useImportAssignments } from './api';

const MAX_BYTES = 5 * 1024 * 1024;

const COLUMNS: [string, string][] = [
  ['统一社会信用代码', '必填，已在本系统注册的单位的18位统一社会信用代码'],
  ['主管部门名称', '必填，与主管部门列表中的名称完全一致（须先添加主管部门）'],
  ['单位名称', '选填，仅供核对，不导入'],
];

type Outcome =
  | { kind: 'done'; updated: number; unchanged: number }
  | { kind: 'failed'; message: string; rows: SupervisorImportReport['errors'] };

/**
 * 导入 of employers' 主管部门 from an Excel sheet. The server applies all rows or none: a sheet with any bad
 * row is refused and its errors are listed row by row, to be corrected and imported again.
 */
export function SupervisorImportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const mutation = useImportAssignments();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const close = () => {
    setOutcome(null);
    onClose();
  };

  const beforeUpload: UploadProps['beforeUpload'] = (file) => {
    if (!file.name.toLowerCase().endsWith('.xlsx')) {
      setOutcome({ kind: 'failed', message: `“${file.name}”不是Excel文件（.xlsx）`, rows: [] });
      return Upload.LIST_IGNORE;
    }
    if (file.size > MAX_BYTES) {
      setOutcome({ kind: 'failed', message: `“${file.name}”过大：导入文件不能超过5MB`, rows: [] });
      return Upload.LIST_IGNORE;
    }
    return true;
  };

  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError }) => {
    setOutcome(null);
    mutation.mutate(file as File, {
      onSuccess: (report) => {
        setOutcome({ kind: 'done', updated: report.updated, unchanged: report.unchanged });
        onSuccess?.(report);
      },
      onError: (error) => {
        setOutcome({ kind: 'failed', message: errorMessage(error), rows: importErrorsOf(error) ?? [] });
        onError?.(error);
      },
    });
  };

  return (
    <Modal
      open={open}
      title="导入单位的主管部门"
      onCancel={close}
      width={720}
      destroyOnHidden
      footer={[
        <Button key="close" onClick={close}>
          完成
        </Button>,
      ]}
    >
      <p>
        上传 Excel 文件（.xlsx，不超过5MB，最多{SUPERVISOR_IMPORT_MAX_ROWS}
        行），第一行为列名，从第二行起每行一家单位。全部行正确才会导入；有错误时不导入任何数据，请按错误报告改正后重新导入。不需要调整的单位请删除该行。
      </p>
      <table className="plain-table import-columns">
        <caption className="sr-only">导入文件的列</caption>
        <thead>
          <tr>
            <th scope="col">列名</th>
            <th scope="col">填写说明</th>
          </tr>
        </thead>
        <tbody>
          {COLUMNS.map(([name, text]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{text}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <a className="underline-link" href={`${PATH}/import-template.xlsx`} download>
          下载导入模板
        </a>
        （已列出当前未分配主管部门的单位）
      </p>
      <XlsxDropZone busy={mutation.isPending} beforeUpload={beforeUpload} customRequest={customRequest} />
      <div aria-live="polite">
        {outcome?.kind === 'done' && (
          <Alert
            className="modal-alert"
            type="success"
            showIcon
            title={`导入成功：${outcome.updated}家单位调整了主管部门${outcome.unchanged ? `，${outcome.unchanged}家单位原已属于该主管部门` : ''}`}
          />
        )}
        {outcome?.kind === 'failed' && (
          <Alert className="modal-alert" type="error" showIcon title={outcome.message} />
        )}
      </div>
      {outcome?.kind === 'failed' && outcome.rows.length > 0 && (
        <Table<SupervisorImportReport['errors'][number]>
          className="import-errors"
          rowKey={(r) => `${r.row}-${r.message}`}
          size="small"
          dataSource={outcome.rows}
          pagination={outcome.rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          caption={<span className="sr-only">错误报告</span>}
          columns={[
            { title: '行号', dataIndex: 'row', className: 'nowrap', width: 80 },
            { title: '错误', dataIndex: 'message' },
          ]}
        />
      )}
    </Modal>
  );
}
