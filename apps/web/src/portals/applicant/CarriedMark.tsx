import { CARRIED_CONFIRM, CARRIED_MARK, type ModuleKey } from '@rcpd/shared';
import { Alert, Button, Tag } from 'antd';
import { useParams } from 'react-router';
import { errorMessage } from '../../forms/errors';
import { canEdit, useApplication } from './application/api';
import { useConfirmCarried } from './carryOver';
import './rcpd.css';

/** The carried state of `module` in the application of the page (the detail is in the query cache already). */
function useCarried(module: ModuleKey) {
  const { id = '' } = useParams();
  const detail = useApplication(id).data;
  const mark = detail?.carried.find((c) => c.module === module);
  return { id, mark, editable: detail ? canEdit(detail, module) : false };
}

/** 已带入（请核对） beside a module's title: it came from the last application and waits for a look. */
export function CarriedMark({ module }: { module: ModuleKey }) {
  const { mark } = useCarried(module);
  if (!mark) return null;
  return (
    <Tag className="status-tag status-tag-pending carried-tag" data-carried={module}>
      {CARRIED_MARK}
    </Tag>
  );
}

/**
 * What the carry left empty and why, and 核对无误 for a module the applicant finds right as it is (a 保存 in
 * the module clears the mark too).
 */
export function CarriedNotes({ module, label }: { module: ModuleKey; label: string }) {
  const { id, mark, editable } = useCarried(module);
  const confirm = useConfirmCarried(id);
  if (!mark) return null;
  return (
    <Alert
      className="carried-notes"
      type="warning"
      showIcon
      title={`${label}为带入的上次申报信息，请核对：修改后保存，或点击“${CARRIED_CONFIRM}”。`}
      description={
        <>
          {mark.notes.length > 0 && (
            <ul>
              {mark.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          {confirm.isError && <p role="alert">{errorMessage(confirm.error)}</p>}
        </>
      }
      action={
        editable ? (
          <Button
            size="small"
            loading={confirm.isPending}
            onClick={() => confirm.mutate(module)}
            aria-label={`${CARRIED_CONFIRM}：${label}`}
          >
            {CARRIED_CONFIRM}
          </Button>
        ) : undefined
      }
    />
  );
}
