import type { AttachmentItem } from '@rcpd/shared';
import { App, Button, Popconfirm } from 'antd';
import { formatSize } from '../../../api/declarationGuide';
import { errorMessage } from '../../../forms/errors';
import { applicationPaths, useDeleteAttachment } from './api';
import { usePreview } from './FilePreview';

/** The files of a slot or an entry, as 展开 shows them: 预览, 下载 and (while editable) 删除. */
export function FileList({
  applicationId,
  files,
  editable,
  empty = '尚未上传附件',
}: {
  applicationId: string;
  files: readonly AttachmentItem[];
  editable: boolean;
  empty?: string;
}) {
  const { message } = App.useApp();
  const { preview, previewNode } = usePreview();
  const remove = useDeleteAttachment(applicationId);

  if (files.length === 0) return empty ? <p className="muted file-empty">{empty}</p> : null;
  return (
    <>
      <ul className="file-list">
        {files.map((file) => {
          const url = applicationPaths.attachment(applicationId, file.id);
          return (
            <li key={file.id}>
              <span className="file-name">{file.fileName}</span>
              <span className="muted nowrap">{formatSize(file.size)}</span>
              <span className="file-actions">
                <Button
                  type="link"
                  size="small"
                  aria-label={`预览：${file.fileName}`}
                  onClick={() => preview({ url, name: file.fileName, contentType: file.contentType })}
                >
                  预览
                </Button>
                <a
                  className="file-link"
                  href={applicationPaths.attachment(applicationId, file.id, true)}
                  download={file.fileName}
                  aria-label={`下载：${file.fileName}`}
                >
                  下载
                </a>
                {editable && (
                  <Popconfirm
                    title={`确定删除“${file.fileName}”吗？`}
                    okText="删除"
                    cancelText="取消"
                    okButtonProps={{ danger: true }}
                    onConfirm={() =>
                      remove
                        .mutateAsync(file.id)
                        .then(() => message.success('附件已删除'))
                        .catch((error: unknown) => message.error(errorMessage(error)))
                    }
                  >
                    <Button type="link" size="small" danger aria-label={`删除：${file.fileName}`}>
                      删除
                    </Button>
                  </Popconfirm>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {previewNode}
    </>
  );
}
