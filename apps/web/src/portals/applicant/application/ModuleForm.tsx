import {
  type CatalogueCategory,
  checkModuleValues,
  type FieldDef,
  fieldVisible,
  type ModuleContext,
  type ModuleKey,
  type ModuleValues,
  moduleDef,
} from '@rcpd/shared';
import { DatePicker, Form, type FormInstance, type FormRule, Input, InputNumber, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { ApiError } from '../../../api/client';
import { enabledItems, optionLabel } from '../../../components/application/catalogue';
import { errorMessage } from '../../../forms/errors';

/** The field of 基本信息 whose category the 申报依据 must belong to. */
const CATEGORY_FIELD = 'category';
const DATE_FORMAT = 'YYYY-MM-DD';

/** Enter confirms the typed date in the picker; it must not also submit (保存) the whole form. */
const confirmOnly = (event: { key: string; preventDefault(): void }) => {
  if (event.key === 'Enter') event.preventDefault();
};

/** Counts as the server does: code points, so a rare character is one character, as a person counts it. */
const codePoints = (text: string) => [...text].length;

/** The other fields a field's rule reads, so it is checked again when they change. */
function dependenciesOf(field: FieldDef, fields: readonly FieldDef[]): string[] {
  const deps = new Set<string>();
  if (field.notBefore) deps.add(field.notBefore);
  if (field.when) deps.add(field.when.field);
  if (field.kind === 'catalogue') deps.add(CATEGORY_FIELD);
  if (field.key === CATEGORY_FIELD) {
    for (const f of ['serviceType', 'heldCategory']) if (fields.some((d) => d.key === f)) deps.add(f);
  }
  return [...deps];
}

/** One rule per field: the shared check of the whole module, reduced to what it says about this field. */
function sharedRule(module: ModuleKey, key: string, ctx: ModuleContext): FormRule {
  return ({ getFieldsValue }) => ({
    validator: async () => {
      const result = checkModuleValues(module, getFieldsValue(true), ctx);
      const issue = result.ok ? undefined : result.issues.find((i) => i.field === key);
      if (issue) throw new Error(issue.message);
    },
  });
}

function catalogueOptions(categories: readonly CatalogueCategory[] | undefined, category: unknown) {
  return enabledItems(categories)
    .filter((item) => item.category === category)
    .sort((a, b) => a.sort - b.sort)
    .map((item) => ({ value: item.id, label: `${item.code} ${item.text}` }));
}

/**
 * The control of one field. Called as a function, not mounted as a component: Form.Item hands `value` and
 * `onChange` to its direct child, which must be the antd control itself.
 */
function fieldInput(
  field: FieldDef,
  id: string,
  values: Record<string, unknown>,
  categories?: readonly CatalogueCategory[],
) {
  const options = (field.options ?? []).map((o) => ({ value: o, label: optionLabel(o, categories) }));
  switch (field.kind) {
    case 'text':
      return <Input id={id} autoComplete="off" />;
    case 'textarea':
      return (
        <Input.TextArea
          id={id}
          autoSize={{ minRows: 3, maxRows: 10 }}
          count={field.max ? { show: true, max: field.max, strategy: codePoints } : undefined}
        />
      );
    case 'date':
      return (
        <DatePicker
          id={id}
          className="full-width"
          placeholder="请选择日期"
          disabledDate={(d: Dayjs) => d.isAfter(dayjs(), 'day')}
          onKeyDown={confirmOnly}
        />
      );
    case 'number':
      return <InputNumber id={id} className="full-width" min={field.min} max={field.maxValue} />;
    case 'radio':
      return <Radio.Group id={id} options={options} aria-label={field.label} />;
    case 'select':
      return (
        <Select
          id={id}
          placeholder={`请选择${field.label}`}
          options={options}
          showSearch={{ optionFilterProp: 'label' }}
          allowClear={!field.required}
        />
      );
    case 'catalogue': {
      const category = values[CATEGORY_FIELD];
      return (
        <Select
          id={id}
          placeholder={category ? `请选择${field.label}（可输入条款编号或内容搜索）` : '请先选择申报人才类别'}
          disabled={!category}
          options={catalogueOptions(categories, category)}
          showSearch={{ optionFilterProp: 'label' }}
          className="catalogue-select"
          classNames={{ popup: { root: 'catalogue-popup' } }}
          notFoundContent="该类别暂无可选条款"
        />
      );
    }
  }
}

function itemProps(field: FieldDef) {
  if (field.kind === 'date') {
    return {
      getValueProps: (v: unknown) => ({ value: typeof v === 'string' && v ? dayjs(v) : undefined }),
      normalize: (d: Dayjs | null) => (d ? d.format(DATE_FORMAT) : undefined),
    };
  }
  if (field.kind === 'number') return { normalize: (n: number | null) => n ?? undefined };
  return {};
}

export interface ModuleFormProps {
  module: ModuleKey;
  form: FormInstance;
  ctx: ModuleContext;
  /** prefix of each input's id, so a validation link can jump to `#<idPrefix>-<key>` */
  idPrefix: string;
  categories?: readonly CatalogueCategory[];
  initialValues?: ModuleValues;
  /** drawn below the fields, inside the form: the 保存 button and the alert above it */
  children?: ReactNode;
  onFinish?: () => void;
  /** after every change the person makes (not the form's own): what changed */
  onChange?: (changed: Record<string, unknown>) => void;
}

/**
 * Any module's form, drawn from its field definitions: conditional fields come and go with `fieldVisible`,
 * and every field is checked by the shared `checkModuleValues` as the applicant types.
 */
export function ModuleForm({
  module,
  form,
  ctx,
  idPrefix,
  categories,
  initialValues,
  children,
  onFinish,
  onChange,
}: ModuleFormProps) {
  const def = moduleDef(module);
  const values: Record<string, unknown> =
    Form.useWatch((all: Record<string, unknown>) => all, { form, preserve: true }) ?? initialValues ?? {};

  const onValuesChange = (changed: Record<string, unknown>) => {
    // A 申报依据 of another category would only be refused; clear it so the choice starts over.
    if (CATEGORY_FIELD in changed && def.fields.some((f) => f.kind === 'catalogue')) {
      const basisField = def.fields.find((f) => f.kind === 'catalogue');
      const basis = basisField ? form.getFieldValue(basisField.key) : undefined;
      const item = enabledItems(categories).find((i) => i.id === basis);
      if (basisField && basis && item?.category !== changed[CATEGORY_FIELD]) {
        form.setFieldValue(basisField.key, undefined);
      }
    }
    onChange?.(changed);
  };

  return (
    <Form
      form={form}
      layout="vertical"
      name={`${idPrefix}-${module}`}
      initialValues={initialValues}
      onValuesChange={onValuesChange}
      onFinish={onFinish}
      scrollToFirstError={{ block: 'center', focus: true }}
    >
      <div className={def.kind === 'text' ? undefined : 'form-grid-2'}>
        {def.fields
          .filter((field) => fieldVisible(field, values))
          .map((field) => {
            const id = `${idPrefix}-${field.key}`;
            return (
              <Form.Item
                key={field.key}
                name={field.key}
                label={field.label}
                htmlFor={id}
                required={field.required}
                extra={field.help ?? (field.emptyText ? `留空表示${field.emptyText}` : undefined)}
                dependencies={dependenciesOf(field, def.fields)}
                rules={[sharedRule(module, field.key, ctx)]}
                className={
                  field.kind === 'textarea' || field.kind === 'catalogue' ? 'grid-span-all' : undefined
                }
                {...itemProps(field)}
              >
                {fieldInput(field, id, values, categories)}
              </Form.Item>
            );
          })}
      </div>
      {children}
    </Form>
  );
}

/**
 * The module's values as the server will store them: the shared check drops hidden fields and trims text.
 * Failing fields are marked on the form; null means the form is not ready to save.
 */
/** Every field of `module` emptied, then `values`: a refresh also clears what the newer save left empty. */
export function blankThen(module: ModuleKey, values: ModuleValues | undefined): Record<string, unknown> {
  return { ...Object.fromEntries(moduleDef(module).fields.map((f) => [f.key, undefined])), ...values };
}

export async function readModuleValues(
  module: ModuleKey,
  form: FormInstance,
  ctx: ModuleContext,
): Promise<ModuleValues | null> {
  try {
    await form.validateFields();
  } catch {
    return null;
  }
  const result = checkModuleValues(module, form.getFieldsValue(true), ctx);
  if (result.ok) return result.values;
  form.setFields(result.issues.map((i) => ({ name: i.field, errors: [i.message] })));
  return null;
}

/**
 * Puts a refused save's field errors (`values.<key>`) under their fields. Returns the message for the alert
 * above the button, or null when every message already stands under a field.
 */
export function applySaveError(form: FormInstance, error: unknown): string | null {
  if (!(error instanceof ApiError) || error.fields.length === 0) return errorMessage(error);
  const registered = new Set(form.getFieldsError().map((f) => String(f.name[0])));
  let unshown: string | null = null;
  const shown: { name: string; errors: string[] }[] = [];
  for (const field of error.fields) {
    const key = field.path.replace(/^values\./, '');
    if (registered.has(key)) shown.push({ name: key, errors: [field.message] });
    else unshown ??= field.message;
  }
  form.setFields(shown);
  return unshown ?? (shown.length === 0 ? error.message : null);
}
