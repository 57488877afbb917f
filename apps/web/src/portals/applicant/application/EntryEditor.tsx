import type { CatalogueCategory, EntryItem, ModuleContext, ModuleDef } from '@rcpd/shared';
import { App, Button, Form, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { useAccount } from '../../../components/account';
import { ValuesView } from '../../../components/application/ValuesView';
import { draftKey } from '../../../components/drafts';
import { useFormDraft } from '../../../components/UnsavedChanges';
import { isConflict, useApplication, useSaveEntry } from './api';
import { SaveProblems } from './ModuleCard';
import { applySaveError, blankThen, ModuleForm, readModuleValues } from './ModuleForm';
import { RestoredAlert } from './SingleModule';

/** The draft of one entry's form: `<module>:<entry id>`, or `<module>:new` for 添加. */
export const entryDraftForm = (module: string, entryId: string | null) => `${module}:${entryId ?? 'new'}`;

export interface Editing {
  /** null: a new entry (添加) */
  entry: EntryItem | null;
  /** 第N条, for the title */
  index: number;
  /** a field to focus on opening (a 数据验证信息 link) */
  focusField?: string;
}

/**
 * 添加 and 编辑 of one entry in a dialog, with 保存. Read-only applications open it as 查看. The version the
 * entry was opened at is sent back, so a save never overwrites a newer one saved elsewhere.
 */
export function EntryEditor({
  applicationId,
  def,
  editing,
  editable,
  ctx,
  categories,
  onClose,
}: {
  applicationId: string;
  def: ModuleDef;
  editing: Editing;
  editable: boolean;
  ctx: ModuleContext;
  categories?: readonly CatalogueCategory[];
  onClose: () => void;
}) {
  const [form] = Form.useForm();
  const { message, modal } = App.useApp();
  const account = useAccount();
  const save = useSaveEntry(applicationId);
  const latest = useApplication(applicationId);
  const [entry, setEntry] = useState(editing.entry);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const draft = useFormDraft({
    key: draftKey(account.id, applicationId, entryDraftForm(def.key, editing.entry?.id ?? null)),
    form,
    enabled: editable,
    saved: editing.entry?.values,
  });
  const title = entry
    ? `${editable ? '编辑' : '查看'}${def.label}（第${editing.index}条）`
    : `添加${def.label}`;

  useEffect(() => {
    if (!editing.focusField || !editable) return;
    // The dialog's fields mount with it; wait a frame so the input exists before focusing it.
    const timer = window.setTimeout(() => {
      form.validateFields([editing.focusField as string]).catch(() => undefined);
      document.getElementById(`entry-field-${editing.focusField}`)?.focus();
    }, 50);
    return () => window.clearTimeout(timer);
  }, [editing.focusField, form, editable]);

  const onSave = async () => {
    // Enter in a field submits too: never send a second save while the first is on its way.
    if (save.isPending) return;
    setError(null);
    const values = await readModuleValues(def.key, form, ctx);
    if (!values) return;
    const input = entry ? { entryId: entry.id, values, version: entry.version } : { module: def.key, values };
    save.mutate(input, {
      onSuccess: () => {
        draft.clear();
        message.success(`${def.label}已保存`);
        onClose();
      },
      onError: (failure) => {
        if (isConflict(failure)) setConflict(failure.message);
        else setError(applySaveError(form, failure));
      },
    });
  };

  const onRefresh = async () => {
    const result = await latest.refetch();
    const fresh = result.data?.entries.find((e) => e.id === entry?.id);
    setConflict(null);
    if (!fresh) {
      message.warning('该条记录已被删除');
      onClose();
      return;
    }
    form.resetFields();
    form.setFieldsValue(blankThen(def.key, fresh.values));
    setEntry(fresh);
    draft.clear();
  };

  /** 取消 or ✕ with changes not yet saved: ask before giving them up. */
  const onCancel = () => {
    if (!draft.dirty) {
      onClose();
      return;
    }
    modal.confirm({
      title: '有未保存的内容',
      content: `关闭后，${title}中尚未保存的内容将被放弃。`,
      okText: '放弃',
      cancelText: '继续编辑',
      onOk: () => {
        draft.clear();
        onClose();
      },
    });
  };

  return (
    <Modal
      open
      title={title}
      onCancel={onCancel}
      width={760}
      destroyOnHidden
      footer={
        editable
          ? [
              <Button key="cancel" onClick={onCancel}>
                取消
              </Button>,
              <Button
                key="save"
                type="primary"
                htmlType="submit"
                form={`entry-field-${def.key}`}
                loading={save.isPending}
              >
                保存
              </Button>,
            ]
          : [
              <Button key="close" onClick={onClose}>
                关闭
              </Button>,
            ]
      }
    >
      {!editable && <ValuesView module={def.key} values={entry?.values} categories={categories} />}
      {editable && draft.restored && (
        <RestoredAlert
          onDiscard={() => {
            form.resetFields();
            form.setFieldsValue(blankThen(def.key, entry?.values));
            draft.clear();
          }}
        />
      )}
      {editable && (
        <ModuleForm
          module={def.key}
          form={form}
          ctx={ctx}
          idPrefix="entry-field"
          categories={categories}
          initialValues={draft.initialValues}
          onFinish={() => void onSave()}
          onChange={draft.onChange}
        >
          <SaveProblems
            conflict={conflict}
            error={error}
            onRefresh={() => void onRefresh()}
            refreshing={latest.isFetching}
          />
        </ModuleForm>
      )}
    </Modal>
  );
}
