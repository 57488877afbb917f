import type { ApplicationDetail, CatalogueCategory, ModuleContext, ModuleDef } from '@rcpd/shared';
import { Alert, App, Button, Tooltip } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { useAccount } from '../../../components/account';
import { clearDraft, draftKey, draftKeys } from '../../../components/drafts';
import { useIsMobile } from '../../../components/useIsMobile';
import { errorMessage } from '../../../forms/errors';
import { canEdit, useDeleteEntry } from './api';
import { type Editing, EntryEditor, entryDraftForm } from './EntryEditor';
import { EntryCards, EntryTable, entryName, type Row, type RowHandlers } from './EntryRows';
import { ModuleCard } from './ModuleCard';
import { UploadDialog } from './UploadDialog';

/**
 * A module of entries (学习经历, 工作经历 …): the saved entries with 编辑, 删除, 上传附件 and 展开, and 添加
 * until the module's most entries are reached.
 */
export function EntryModule({
  detail,
  def,
  ctx,
  categories,
}: {
  detail: ApplicationDetail;
  def: ModuleDef;
  ctx: ModuleContext;
  categories?: readonly CatalogueCategory[];
}) {
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const editable = canEdit(detail, def.key);
  const entries = detail.entries.filter((e) => e.module === def.key);
  const rows: Row[] = entries.map((entry, i) => ({ entry, index: i + 1 }));
  const [editing, setEditing] = useState<Editing | null>(null);
  const [uploadingId, setUploadingId] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<string[]>([]);
  const remove = useDeleteEntry(detail.id);
  const full = entries.length >= def.maxEntries;

  // A 数据验证信息 link opens that entry's editor (?entry=…&field=…) or its 上传附件 (?upload=…), once per
  // navigation.
  const [params] = useSearchParams();
  const location = useLocation();
  const handled = useRef<string | null>(null);
  useEffect(() => {
    if (handled.current === location.key) return;
    const upload = rows.find((r) => r.entry.id === params.get('upload'));
    const edit = rows.find((r) => r.entry.id === params.get('entry'));
    if (upload && def.attachments && editable) {
      handled.current = location.key;
      setUploadingId(upload.entry.id);
    } else if (edit) {
      handled.current = location.key;
      setEditing({ entry: edit.entry, index: edit.index, focusField: params.get('field') ?? undefined });
    }
  });

  const handlers: RowHandlers = {
    applicationId: detail.id,
    def,
    editable,
    expanded,
    onEdit: (row) => setEditing({ entry: row.entry, index: row.index }),
    onDelete: (row) =>
      remove
        .mutateAsync(row.entry.id)
        .then(() => message.success('已删除'))
        .catch((error: unknown) => message.error(errorMessage(error))),
    onUpload: (row) => setUploadingId(row.entry.id),
    onToggle: (row) =>
      setExpanded((keys) =>
        keys.includes(row.entry.id) ? keys.filter((k) => k !== row.entry.id) : [...keys, row.entry.id],
      ),
  };
  const uploading = rows.find((r) => r.entry.id === uploadingId);
  const account = useAccount();
  const draft = editable && !editing ? pendingDraft(account.id, detail.id, def.key, rows, full) : null;

  return (
    <ModuleCard
      def={def}
      returnedEditable={detail.status === '被退回' && editable}
      extra={
        editable && (
          <span className="module-extra">
            {full && <span className="muted">最多{def.maxEntries}条</span>}
            <Tooltip title={full ? `${def.label}最多填写${def.maxEntries}条` : undefined}>
              <Button
                type="primary"
                ghost
                disabled={full}
                aria-label={`添加：${def.label}`}
                onClick={() => setEditing({ entry: null, index: entries.length + 1 })}
              >
                添加
              </Button>
            </Tooltip>
          </span>
        )
      }
    >
      {draft && (
        <Alert
          className="draft-alert"
          type="info"
          showIcon
          title={`有未保存的${def.label}内容`}
          description="上次离开本页前填写的内容尚未保存，已暂存在本浏览器中。"
          action={
            <Button size="small" onClick={() => setEditing(draft)}>
              继续填写
            </Button>
          }
        />
      )}
      {mobile ? <EntryCards rows={rows} h={handlers} /> : <EntryTable rows={rows} h={handlers} />}
      {editing && (
        <EntryEditor
          applicationId={detail.id}
          def={def}
          editing={editing}
          editable={editable}
          ctx={ctx}
          categories={categories}
          onClose={() => setEditing(null)}
        />
      )}
      {def.attachments && (
        <UploadDialog
          applicationId={detail.id}
          target={uploading ? { slot: 'entry', entryId: uploading.entry.id } : null}
          rule={def.attachments}
          subject={uploading ? entryName(def, uploading.index) : ''}
          files={uploading?.entry.attachments ?? []}
          onClose={() => setUploadingId(null)}
        />
      )}
    </ModuleCard>
  );
}

/**
 * The entry whose form has a draft kept in this browser (添加 when `new`), to offer 继续填写. A draft of an
 * entry deleted since, or of 添加 once the module is full, is dropped.
 */
function pendingDraft(
  accountId: string,
  applicationId: string,
  module: string,
  rows: Row[],
  full: boolean,
): Editing | null {
  for (const key of draftKeys(accountId, applicationId, `${module}:`)) {
    if (key === draftKey(accountId, applicationId, entryDraftForm(module, null))) {
      if (!full) return { entry: null, index: rows.length + 1 };
    } else {
      const row = rows.find(
        (r) => key === draftKey(accountId, applicationId, entryDraftForm(module, r.entry.id)),
      );
      if (row) return { entry: row.entry, index: row.index };
    }
    clearDraft(key);
  }
  return null;
}
