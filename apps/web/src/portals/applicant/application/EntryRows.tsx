import { UploadOutlined } from '@ant-design/icons';
import type { EntryItem, ModuleDef } from '@rcpd/shared';
import { Button, Popconfirm, Table, type TableColumnsType, Tooltip } from 'antd';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { FileList } from './FileList';

export interface Row {
  entry: EntryItem;
  index: number;
}

/** What a row offers; the module decides what each does. */
export interface RowHandlers {
  applicationId: string;
  def: ModuleDef;
  editable: boolean;
  expanded: readonly string[];
  onEdit: (row: Row) => void;
  onDelete: (row: Row) => Promise<unknown>;
  onUpload: (row: Row) => void;
  onToggle: (row: Row) => void;
}

export const entryName = (def: ModuleDef, index: number) => `${def.label}第${index}条`;

function cellText(def: ModuleDef, key: string, entry: EntryItem): string {
  const field = def.fields.find((f) => f.key === key);
  const value = entry.values[key];
  if (value === undefined || value === '') return field?.emptyText ?? '—';
  return String(value);
}

function fileCount(def: ModuleDef, entry: EntryItem) {
  const rule = def.attachments;
  if (!rule) return null;
  return entry.attachments.length < rule.min ? (
    <span className="text-danger">未上传</span>
  ) : (
    `${entry.attachments.length}个`
  );
}

/** 编辑 (or 查看), 删除, the 上传附件 icon and 展开 of one entry; each names its entry for screen readers. */
function RowActions({ row, h }: { row: Row; h: RowHandlers }) {
  const name = entryName(h.def, row.index);
  const rule = h.def.attachments;
  const open = h.expanded.includes(row.entry.id);
  return (
    <span className="row-actions">
      <Button
        type="link"
        size="small"
        aria-label={`${h.editable ? '编辑' : '查看'}：${name}`}
        onClick={() => h.onEdit(row)}
      >
        {h.editable ? '编辑' : '查看'}
      </Button>
      {h.editable && (
        <Popconfirm
          title={`确定删除${name}吗？`}
          description={rule ? '该条的附件将一并删除。' : undefined}
          okText="删除"
          cancelText="取消"
          okButtonProps={{ danger: true }}
          onConfirm={() => h.onDelete(row)}
        >
          <Button type="link" size="small" danger aria-label={`删除：${name}`}>
            删除
          </Button>
        </Popconfirm>
      )}
      {rule && h.editable && (
        <Tooltip title="上传附件">
          <Button
            type="link"
            size="small"
            icon={<UploadOutlined aria-hidden />}
            aria-label={`上传附件：${name}`}
            onClick={() => h.onUpload(row)}
          />
        </Tooltip>
      )}
      {rule && (
        <Button
          type="link"
          size="small"
          aria-expanded={open}
          aria-label={`${open ? '收起' : '展开'}：${name}`}
          onClick={() => h.onToggle(row)}
        >
          {open ? '收起' : '展开'}
        </Button>
      )}
    </span>
  );
}

const emptyText = (editable: boolean) => (editable ? '暂无记录，请点击“添加”' : '暂无记录');

/** The entries as a table (desktop). */
export function EntryTable({ rows, h }: { rows: Row[]; h: RowHandlers }) {
  const { def } = h;
  const columns: TableColumnsType<Row> = [
    { title: '序号', key: 'index', render: (_, row) => row.index },
    ...def.columns.map((key) => ({
      title: def.fields.find((f) => f.key === key)?.label ?? key,
      key,
      render: (_: unknown, row: Row) => <span className="cell-value">{cellText(def, key, row.entry)}</span>,
    })),
  ];
  if (def.attachments) {
    columns.push({
      title: '附件',
      key: 'files',
      className: 'nowrap',
      render: (_, row) => fileCount(def, row.entry),
    });
  }
  columns.push({ title: '操作', key: 'actions', render: (_, row) => <RowActions row={row} h={h} /> });
  return (
    <ScrollRegion label={`${def.label}列表`}>
      <Table<Row>
        className="entry-table"
        rowKey={(row) => row.entry.id}
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        tableLayout="auto"
        locale={{ emptyText: emptyText(h.editable) }}
        expandable={
          def.attachments
            ? {
                expandedRowKeys: [...h.expanded],
                showExpandColumn: false,
                expandedRowRender: (row) => (
                  <FileList
                    applicationId={h.applicationId}
                    files={row.entry.attachments}
                    editable={h.editable}
                  />
                ),
              }
            : undefined
        }
      />
    </ScrollRegion>
  );
}

/** The entries stacked one under another (phones), so every action stays in view without scrolling sideways. */
export function EntryCards({ rows, h }: { rows: Row[]; h: RowHandlers }) {
  const { def } = h;
  if (rows.length === 0) return <p className="muted entry-empty">{emptyText(h.editable)}</p>;
  return (
    <ol className="entry-cards" aria-label={`${def.label}列表`}>
      {rows.map((row) => (
        <li key={row.entry.id} className="entry-card-item">
          <div className="entry-card-head">第{row.index}条</div>
          <dl className="entry-card-fields">
            {def.columns.map((key) => (
              <div key={key}>
                <dt>{def.fields.find((f) => f.key === key)?.label ?? key}</dt>
                <dd>{cellText(def, key, row.entry)}</dd>
              </div>
            ))}
            {def.attachments && (
              <div>
                <dt>附件</dt>
                <dd>{fileCount(def, row.entry)}</dd>
              </div>
            )}
          </dl>
          <RowActions row={row} h={h} />
          {h.expanded.includes(row.entry.id) && (
            <FileList applicationId={h.applicationId} files={row.entry.attachments} editable={h.editable} />
          )}
        </li>
      ))}
    </ol>
  );
}
