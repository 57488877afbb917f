import type { CatalogueCategory, EntryItem, ModuleContext, ModuleDef } from '@rcpd/shared';
import { App, Button, Form, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { ValuesView } from '../../../components/application/ValuesView';
import { isConflict, useApplication, useSaveEntry } from './api';
import { SaveProblems } from './ModuleCard';
import { applySaveError, blankThen, ModuleForm, readModuleValues } from './ModuleForm';

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
  const { message } = App.useApp();
  const save = useSaveEntry(applicationId);
  const latest = useApplication(applicationId);
  const [entry, setEntry] = useState(editing.entry);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
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
  };

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      width={760}
      destroyOnHidden
      footer={
        editable
          ? [
              <Button key="cancel" onClick={onClose}>
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
      {editable && (
        <ModuleForm
          module={def.key}
          form={form}
          ctx={ctx}
          idPrefix="entry-field"
          categories={categories}
          initialValues={entry?.values}
          onFinish={() => void onSave()}
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
