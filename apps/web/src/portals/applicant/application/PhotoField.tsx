import { UploadOutlined } from '@ant-design/icons';
import { type ApplicationDetail, SLOT_RULES } from '@rcpd/shared';
import { Button, Image } from 'antd';
import { useState } from 'react';
import { applicationPaths, filesOf, type UploadTarget } from './api';
import { FileList } from './FileList';
import { UploadDialog } from './UploadDialog';

const TARGET: UploadTarget = { slot: 'photo' };

/** 个人照片 of 基本信息 (manual 3.2.2 A: 保存, then 上传个人照片). */
export function PhotoField({ detail, editable }: { detail: ApplicationDetail; editable: boolean }) {
  const [open, setOpen] = useState(false);
  const files = filesOf(detail, TARGET);
  const photo = files[0];
  return (
    <section className="photo-field" aria-labelledby="photo-title">
      <h4 id="photo-title" className="field-heading">
        <span className="required-star" aria-hidden>
          *
        </span>
        个人照片
      </h4>
      <div className="photo-row">
        <div className="photo-frame">
          {photo ? (
            <Image
              width={96}
              height={128}
              src={applicationPaths.attachment(detail.id, photo.id)}
              alt="个人照片"
              className="photo-image"
            />
          ) : (
            <span className="muted">未上传</span>
          )}
        </div>
        <div className="photo-side">
          {editable && (
            <>
              <p className="muted">请上传近期免冠证件照，jpg 或 png 格式，不超过2MB。</p>
              <Button id="field-photo" icon={<UploadOutlined aria-hidden />} onClick={() => setOpen(true)}>
                上传个人照片
              </Button>
            </>
          )}
          <FileList applicationId={detail.id} files={files} editable={editable} empty="" />
        </div>
      </div>
      <UploadDialog
        applicationId={detail.id}
        target={open ? TARGET : null}
        rule={SLOT_RULES.photo}
        subject="个人照片"
        files={files}
        onClose={() => setOpen(false)}
      />
    </section>
  );
}
