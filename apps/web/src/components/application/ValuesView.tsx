import {
  type CatalogueCategory,
  type FieldDef,
  fieldVisible,
  type ModuleKey,
  type ModuleValues,
  moduleDef,
} from '@rcpd/shared';
import { Descriptions, Empty } from 'antd';
import { optionLabel } from './catalogue';

function catalogueText(value: unknown, categories?: readonly CatalogueCategory[]): string {
  // The applicant's catalogue holds enabled items only; a reviewer's may also hold disabled ones, said so.
  const item = (categories ?? []).flatMap((c) => c.items).find((i) => i.id === value);
  if (!item) return '（条款已停用）';
  return `${item.code} ${item.text}${item.enabled ? '' : '（已停用）'}`;
}

function valueText(field: FieldDef, value: unknown, categories?: readonly CatalogueCategory[]): string {
  if (value === undefined || value === null || value === '') return field.emptyText ?? '—';
  if (field.kind === 'catalogue') return catalogueText(value, categories);
  if (field.kind === 'select') return optionLabel(String(value), categories);
  return String(value);
}

/**
 * A module's saved values to read, where they cannot be changed (submitted, a module a return did not open,
 * a reviewer's view): plain text reads better than greyed-out inputs.
 */
export function ValuesView({
  module,
  values,
  categories,
}: {
  module: ModuleKey;
  values: ModuleValues | undefined;
  categories?: readonly CatalogueCategory[];
}) {
  if (!values) return <Empty description="尚未填写" />;
  const def = moduleDef(module);
  const wide = (f: FieldDef) => f.kind === 'textarea' || f.kind === 'catalogue';
  return (
    <Descriptions
      className="values-view"
      size="small"
      bordered
      column={{ xs: 1, sm: 1, md: 2 }}
      items={def.fields
        .filter((f) => fieldVisible(f, values))
        .map((f) => ({
          key: f.key,
          label: f.label,
          span: wide(f) ? 'filled' : 1,
          children: <span className="pre-wrap">{valueText(f, values[f.key], categories)}</span>,
        }))}
    />
  );
}
