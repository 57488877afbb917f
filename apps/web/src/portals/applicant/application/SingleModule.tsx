import {
  type ApplicationDetail,
  type CatalogueCategory,
  type ModuleContext,
  moduleDef,
  promotionFill,
} from '@rcpd/shared';
import { Alert, App, Button, Form } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { useAccount } from '../../../components/account';
import { IdentityFields } from '../../../components/application/IdentityFields';
import { ValuesView } from '../../../components/application/ValuesView';
import { draftKey } from '../../../components/drafts';
import { formatTime } from '../../../components/format';
import { useFormDraft } from '../../../components/UnsavedChanges';
import { useCarryOverOffer } from '../carryOver';
import { canEdit, isConflict, useApplication, useSaveModule } from './api';
import { ModuleCard, SaveProblems } from './ModuleCard';
import { applySaveError, blankThen, ModuleForm, readModuleValues } from './ModuleForm';
import { PhotoField } from './PhotoField';

/**
 * 基本信息 and 创新创业成果（突出业绩）: one saved form each, with 保存. The version the form was loaded at is
 * kept here, not read from the (refreshing) query, so a save never overwrites another tab's newer one.
 */
export function SingleModule({
  detail,
  module,
  ctx,
  categories,
}: {
  detail: ApplicationDetail;
  module: 'basic' | 'achievement';
  ctx: ModuleContext;
  categories?: readonly CatalogueCategory[];
}) {
  const def = moduleDef(module);
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const save = useSaveModule(detail.id, module);
  const latest = useApplication(detail.id);
  const saved = detail.modules[module];
  const [version, setVersion] = useState(saved?.version ?? 0);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const editable = canEdit(detail, module);
  const { hash, key } = useLocation();
  const account = useAccount();
  const draft = useFormDraft({
    key: draftKey(account.id, detail.id, module),
    form,
    enabled: editable,
    saved: saved?.values,
  });
  // 晋升认定 chosen by hand: 已在吉认定人才类别 and 认定日期 from the certificate held (the rule is shared)
  const offer = useCarryOverOffer();
  const certificate = module === 'basic' ? (offer.data?.certificate ?? null) : null;
  const onChange = (changed: Record<string, unknown>) => {
    if ('serviceType' in changed) {
      const fill = promotionFill(form.getFieldsValue(true), certificate);
      if (Object.keys(fill).length) form.setFieldsValue(fill);
    }
    draft.onChange();
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: each arrival by a 数据验证信息 link (key) shows the field's message
  useEffect(() => {
    const field = /^#field-(.+)$/.exec(hash)?.[1];
    if (editable && field && def.fields.some((f) => f.key === field)) {
      form.validateFields([field]).catch(() => undefined);
    }
  }, [hash, key, def, form, editable]);

  const onSave = async () => {
    // Enter in a field submits too: never send a second save while the first is on its way.
    if (save.isPending) return;
    setError(null);
    const values = await readModuleValues(module, form, ctx);
    if (!values) return;
    save.mutate(
      { values, version },
      {
        onSuccess: (result) => {
          draft.clear();
          setVersion(result.version);
          setConflict(null);
          message.success(`${def.label}已保存`);
        },
        onError: (failure) => {
          if (isConflict(failure)) setConflict(failure.message);
          else setError(applySaveError(form, failure));
        },
      },
    );
  };

  const onRefresh = async () => {
    const result = await latest.refetch();
    const fresh = result.data?.modules[module];
    form.resetFields();
    form.setFieldsValue(blankThen(module, fresh?.values));
    setVersion(fresh?.version ?? 0);
    setConflict(null);
    setError(null);
    draft.clear();
  };

  /** 放弃 of a restored draft: the form shows what is saved again */
  const onDiscard = () => {
    form.resetFields();
    form.setFieldsValue(blankThen(module, saved?.values));
    draft.clear();
  };

  return (
    <ModuleCard def={def} returnedEditable={detail.status === '被退回' && editable}>
      {module === 'basic' && <IdentityFields identity={detail.identity} />}
      {!editable && <ValuesView module={module} values={saved?.values} categories={categories} />}
      {editable && draft.restored && <RestoredAlert onDiscard={onDiscard} />}
      {editable && (
        <ModuleForm
          module={module}
          form={form}
          ctx={ctx}
          idPrefix="field"
          categories={categories}
          initialValues={draft.initialValues}
          onFinish={() => void onSave()}
          onChange={onChange}
        >
          <SaveProblems
            conflict={conflict}
            error={error}
            onRefresh={() => void onRefresh()}
            refreshing={latest.isFetching}
          />
          <div className="module-actions">
            {saved && <span className="muted">上次保存：{formatTime(saved.updatedAt)}</span>}
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              保存
            </Button>
          </div>
        </ModuleForm>
      )}
      {module === 'basic' && <PhotoField detail={detail} editable={editable} />}
    </ModuleCard>
  );
}

/** The notice over a form that came back from the browser's copy: check, then 保存 — or 放弃 it. */
export function RestoredAlert({ onDiscard }: { onDiscard: () => void }) {
  return (
    <Alert
      className="draft-alert"
      type="info"
      showIcon
      title="已恢复未保存的内容"
      description="这些内容是上次离开本页前填写但尚未保存的，请核对后点击“保存”。"
      action={
        <Button size="small" onClick={onDiscard}>
          放弃
        </Button>
      }
    />
  );
}
