import { UploadOutlined } from '@ant-design/icons';
import {
  type ApplicationDetail,
  type ApplicationSlot,
  attachmentRequirements,
  SLOT_RULES,
} from '@rcpd/shared';
import { Button, Tag } from 'antd';
import { Fragment, useState } from 'react';
import { filesOf } from './api';
import { FileList } from './FileList';
import { UploadDialog } from './UploadDialog';

const SLOTS: Exclude<ApplicationSlot, 'photo'>[] = ['idCard', 'other'];

/** 材料附件信息 (manual 3.2.3): 身份证正反面 (必传) and 其他材料, each with upload and 展开. */
export function SlotTable({ detail, editable }: { detail: ApplicationDetail; editable: boolean }) {
  const [uploading, setUploading] = useState<(typeof SLOTS)[number] | null>(null);
  const [expanded, setExpanded] = useState<string[]>([]);
  const toggle = (slot: string) =>
    setExpanded((keys) => (keys.includes(slot) ? keys.filter((k) => k !== slot) : [...keys, slot]));

  return (
    <>
      <table className="plain-table">
        <thead>
          <tr>
            <th scope="col">材料名称</th>
            <th scope="col">要求</th>
            <th scope="col">已上传</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {SLOTS.map((slot) => {
            const rule = SLOT_RULES[slot];
            const files = filesOf(detail, { slot });
            const open = expanded.includes(slot);
            const req = attachmentRequirements(rule);
            return (
              <Fragment key={slot}>
                <tr>
                  <th scope="row" className="slot-name">
                    {rule.label}
                    {rule.min > 0 && <Tag className="required-tag">必传</Tag>}
                  </th>
                  <td className="muted" data-label="要求">
                    {req.format}；{req.size}；{req.count}
                  </td>
                  <td className="nowrap" data-label="已上传">
                    {files.length < rule.min ? (
                      <span className="text-danger">未上传</span>
                    ) : (
                      `${files.length}个`
                    )}
                  </td>
                  <td>
                    <span className="row-actions">
                      {editable && (
                        <Button
                          id={`slot-${slot}`}
                          size="small"
                          icon={<UploadOutlined aria-hidden />}
                          aria-label={`上传附件：${rule.label}`}
                          onClick={() => setUploading(slot)}
                        >
                          上传
                        </Button>
                      )}
                      <Button
                        id={editable ? undefined : `slot-${slot}`}
                        type="link"
                        size="small"
                        aria-expanded={open}
                        aria-label={`${open ? '收起' : '展开'}：${rule.label}`}
                        onClick={() => toggle(slot)}
                      >
                        {open ? '收起' : '展开'}
                      </Button>
                    </span>
                  </td>
                </tr>
                {open && (
                  <tr className="slot-files">
                    <td colSpan={4}>
                      <FileList applicationId={detail.id} files={files} editable={editable} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {SLOTS.map((slot) => (
        <UploadDialog
          key={slot}
          applicationId={detail.id}
          target={uploading === slot ? { slot } : null}
          rule={SLOT_RULES[slot]}
          subject={SLOT_RULES[slot].label}
          files={filesOf(detail, { slot })}
          onClose={() => setUploading(null)}
        />
      ))}
    </>
  );
}
