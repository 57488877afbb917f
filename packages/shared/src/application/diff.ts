import { APPLICATION_SLOTS, MODULES, SLOT_RULES } from './modules.js';
import type { ModuleValues } from './schemas.js';
import type { ApplicationSnapshot, ValidationSection } from './validation.js';

/** What changed between two submitted versions, module by module: what a reviewer reads after a 退回. */

export interface FieldChange {
  label: string;
  before: string;
  after: string;
}

export interface EntryChange {
  kind: '新增' | '删除' | '修改';
  /** e.g. 第2条, or the module's name for 基本信息 */
  title: string;
  fields: FieldChange[];
}

export interface ModuleChange {
  section: ValidationSection;
  label: string;
  changes: EntryChange[];
}

export type SnapshotDiff = ModuleChange[];

const show = (v: unknown) => (v === undefined || v === null || v === '' ? '（空）' : String(v));

function fieldChanges(
  fields: readonly { key: string; label: string }[],
  before: ModuleValues,
  after: ModuleValues,
): FieldChange[] {
  return fields
    .filter((f) => show(before[f.key]) !== show(after[f.key]))
    .map((f) => ({ label: f.label, before: show(before[f.key]), after: show(after[f.key]) }));
}

export function diffSnapshots(before: ApplicationSnapshot, after: ApplicationSnapshot): SnapshotDiff {
  const diff: SnapshotDiff = [];
  for (const def of MODULES) {
    const changes: EntryChange[] = [];
    if (def.kind !== 'entries') {
      const key = def.key as 'basic' | 'achievement';
      const fields = fieldChanges(def.fields, before.modules[key] ?? {}, after.modules[key] ?? {});
      if (key === 'basic' && before.slots.photo !== after.slots.photo) {
        fields.push({
          label: '个人照片',
          before: `${before.slots.photo}个`,
          after: `${after.slots.photo}个`,
        });
      }
      if (fields.length) changes.push({ kind: '修改', title: def.label, fields });
    } else {
      const old = before.entries.filter((e) => e.module === def.key);
      const now = after.entries.filter((e) => e.module === def.key);
      now.forEach((entry, index) => {
        const was = old.find((e) => e.id === entry.id);
        const fields = fieldChanges(def.fields, was?.values ?? {}, entry.values);
        if (def.attachments && (was?.attachmentCount ?? 0) !== entry.attachmentCount) {
          fields.push({
            label: '附件',
            before: `${was?.attachmentCount ?? 0}个`,
            after: `${entry.attachmentCount}个`,
          });
        }
        if (!was) changes.push({ kind: '新增', title: `第${index + 1}条`, fields });
        else if (fields.length) changes.push({ kind: '修改', title: `第${index + 1}条`, fields });
      });
      for (const gone of old.filter((e) => !now.some((n) => n.id === e.id))) {
        changes.push({
          kind: '删除',
          title: `原第${old.indexOf(gone) + 1}条`,
          fields: fieldChanges(def.fields, gone.values, {}),
        });
      }
    }
    if (changes.length) diff.push({ section: def.key, label: def.label, changes });
  }
  const slots = APPLICATION_SLOTS.filter((s) => s !== 'photo' && before.slots[s] !== after.slots[s]).map(
    (s) => ({
      label: SLOT_RULES[s].label,
      before: `${before.slots[s]}个`,
      after: `${after.slots[s]}个`,
    }),
  );
  if (slots.length) {
    diff.push({
      section: 'attachments',
      label: '材料附件信息',
      changes: [{ kind: '修改', title: '材料附件信息', fields: slots }],
    });
  }
  return diff;
}
