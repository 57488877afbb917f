import { Alert, Button, Modal, Table, Upload, type UploadProps } from 'antd';
import { type ReactNode, useState } from 'react';
import { ApiError } from '../api/client';
import { errorMessage } from '../forms/errors';
import { XlsxDropZone } from './XlsxDropZone';

/** One refused row of an import, as every import route reports it. */
export interface ImportRowError {
  row: number;
  message: string;
}

type Outcome =
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string; rows: ImportRowError[] };

/** The row-by-row errors a refused import answers with, or none. */
function importErrorsOf(error: unknown): ImportRowError[] {
  if (!(error instanceof ApiError)) return [];
  const body = error.body as { errors?: unknown } | undefined;
  return Array.isArray(body?.errors) ? (body.errors as ImportRowError[]) : [];
}

const sizeLabel = (bytes: number) => `${Math.round(bytes / 1024 / 1024)}MB`;

/**
 * The dialog of every Excel import: what the sheet holds, its template, one .xlsx dropped or chosen, and the
 * outcome. The server applies all rows or none; a refused sheet's errors are listed row by row, to be corrected
 * and imported again. The file's type and size are checked here first, as the server checks them.
 */
export function ExcelImportDialog<R>({
  open,
  onClose,
  title,
  intro,
  columns,
  template,
  maxBytes,
  send,
  busy,
  success,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  /** what to upload, said before the columns */
  intro: ReactNode;
  /** the sheet's columns: name and how to fill it */
  columns: [string, ReactNode][];
  template: { href: string; note: string };
  maxBytes: number;
  /** sends the file; resolves with the server's report */
  send: (file: File) => Promise<R>;
  busy: boolean;
  /** the success line of a report */
  success: (report: R) => string;
}) {
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
    if (file.size > maxBytes) {
      setOutcome({
        kind: 'failed',
        message: `“${file.name}”过大：导入文件不能超过${sizeLabel(maxBytes)}`,
        rows: [],
      });
      return Upload.LIST_IGNORE;
    }
    return true;
  };

  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError }) => {
    setOutcome(null);
    send(file as File).then(
      (report) => {
        setOutcome({ kind: 'done', message: success(report) });
        onSuccess?.(report);
      },
      (error: unknown) => {
        setOutcome({ kind: 'failed', message: errorMessage(error), rows: importErrorsOf(error) });
        onError?.(error as Error);
      },
    );
  };

  return (
    <Modal
      open={open}
      title={title}
      onCancel={close}
      width={720}
      destroyOnHidden
      footer={[
        <Button key="close" onClick={close}>
          完成
        </Button>,
      ]}
    >
      <p>{intro}</p>
      <table className="plain-table import-columns">
        <caption className="sr-only">导入文件的列</caption>
        <thead>
          <tr>
            <th scope="col">列名</th>
            <th scope="col">填写说明</th>
          </tr>
        </thead>
        <tbody>
          {columns.map(([name, text]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{text}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <a className="underline-link" href={template.href} download>
          下载导入模板
        </a>
        （{template.note}）
      </p>
      <XlsxDropZone busy={busy} beforeUpload={beforeUpload} customRequest={customRequest} />
      <div aria-live="polite">
        {outcome?.kind === 'done' && (
          <Alert className="modal-alert" type="success" showIcon title={outcome.message} />
        )}
        {outcome?.kind === 'failed' && (
          <Alert className="modal-alert" type="error" showIcon title={outcome.message} />
        )}
      </div>
      {outcome?.kind === 'failed' && outcome.rows.length > 0 && (
        <Table<ImportRowError>
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
