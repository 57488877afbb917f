import type { ModuleDef } from '@rcpd/shared';
import { Alert, Button, Card, Tag } from 'antd';
import type { ReactNode } from 'react';
import { CarriedMark, CarriedNotes } from '../CarriedMark';

/** The manual's “×” right of a section's title: the 退回 opened it for change. */
export function EditableMark() {
  return (
    <span className="editable-mark" title="可修改">
      ×<span className="sr-only">可修改</span>
    </span>
  );
}

/**
 * A module of 信息填报: its title (必填 ones marked), the manual's note, and its content. The card is the
 * target of the 数据验证信息 links (`#module-<key>`), so it can take focus.
 */
export function ModuleCard({
  def,
  extra,
  returnedEditable,
  children,
}: {
  def: ModuleDef;
  extra?: ReactNode;
  /** a returned application: the manual marks the modules the reviewer opened for change with × */
  returnedEditable?: boolean;
  children: ReactNode;
}) {
  return (
    <Card
      id={`module-${def.key}`}
      tabIndex={-1}
      role="region"
      aria-labelledby={`module-${def.key}-title`}
      className="module-card"
      title={
        <h3 className="card-title module-title">
          {def.required && (
            <span className="required-star" aria-hidden>
              *
            </span>
          )}
          <span id={`module-${def.key}-title`}>{def.label}</span>
          {def.required && <Tag className="required-tag">必填</Tag>}
          {returnedEditable && <EditableMark />}
          <CarriedMark module={def.key} />
        </h3>
      }
      extra={extra}
    >
      <p className="muted module-note">{def.note}</p>
      <CarriedNotes module={def.key} label={def.label} />
      {children}
    </Card>
  );
}

/** Another tab or device saved first: say so, and offer to load what is saved now instead of overwriting it. */
export function ConflictAlert({
  message,
  onRefresh,
  refreshing,
}: {
  message: string;
  onRefresh: () => void;
  refreshing?: boolean;
}) {
  return (
    <Alert
      className="form-alert"
      type="warning"
      showIcon
      title={message}
      description="您在本页填写的内容尚未保存。点击“刷新”载入最新保存的内容（本页未保存的修改将被替换）。"
      action={
        <Button size="small" onClick={onRefresh} loading={refreshing}>
          刷新
        </Button>
      }
    />
  );
}

/** What went wrong with the last 保存: another tab saved first (with 刷新), or the server's message. */
export function SaveProblems({
  conflict,
  error,
  onRefresh,
  refreshing,
}: {
  conflict: string | null;
  error: string | null;
  onRefresh: () => void;
  refreshing?: boolean;
}) {
  return (
    <>
      {conflict && <ConflictAlert message={conflict} onRefresh={onRefresh} refreshing={refreshing} />}
      {error && <Alert className="form-alert" type="error" showIcon title={error} />}
    </>
  );
}
