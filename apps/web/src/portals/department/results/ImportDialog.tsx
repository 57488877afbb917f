import type { ImportReport } from '@rcpd/shared';
import { Alert, Button, Modal, Table, Upload, type UploadProps } from 'antd';
import { useState } from 'react';
import { XlsxDropZone } from '../../../components/XlsxDropZone';
import { errorMessage } from '../../../forms/errors';
import { importErrorsOf, useImportResults } from './api';

const MAX_BYTES = 5 * 1024 * 1024;

const COLUMNS: [string, string][] = [
  ['申报编号', '必填，申报信息的编号（见评审结果列表）'],
  ['评审结果', '必填，填“认定通过”“调整类别认定”或“不予认定”'],
  ['调整后类别', '评审结果为“调整类别认定”时必填，填 A–E 中低于申报类别的一个字母，其他情形留空'],
  ['备注', '选填，不超过500个字'],
];

type Outcome =
  | { kind: 'done'; imported: number }
  | { kind: 'failed'; message: string; rows: ImportReport['errors'] };

/**
 * 导入评审结果 from an Excel sheet. The server applies all rows or none: a sheet with any bad row is refused
 * and its errors are listed row by row, to be corrected and imported again.
 */
export function ImportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const mutation = useImportResults();
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
        setOutcome({ kind: 'done', imported: report.imported });
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
      title="导入评审结果"
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
        上传 Excel
        文件（.xlsx，不超过5MB），第一行为列名，从第二行起每行一条评审结果。全部行正确才会导入；有错误时不导入任何数据，请按错误报告改正后重新导入。
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
        <a href="/api/department/results/template.xlsx" download>
          下载导入模板
        </a>
        （已填好当前“材料审核通过”申报的申报编号和姓名）
      </p>
      <XlsxDropZone busy={mutation.isPending} beforeUpload={beforeUpload} customRequest={customRequest} />
      <div aria-live="polite">
        {outcome?.kind === 'done' && (
          <Alert
            className="modal-alert"
            type="success"
            showIcon
            title={`导入成功：共导入${outcome.imported}条评审结果`}
          />
        )}
        {outcome?.kind === 'failed' && (
          <Alert className="modal-alert" type="error" showIcon title={outcome.message} />
        )}
      </div>
      {outcome?.kind === 'failed' && outcome.rows.length > 0 && (
        <Table<ImportReport['errors'][number]>
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
