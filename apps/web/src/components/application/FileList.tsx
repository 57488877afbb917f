import type { AttachmentItem } from '@rcpd/shared';
import { Button, Popconfirm } from 'antd';
import { formatSize } from '../../api/declarationGuide';
import { usePreview } from './FilePreview';

/** Where a file is read: inline for 预览, as an attachment for 下载. */
export type FileUrl = (file: AttachmentItem, download?: boolean) => string;

/**
 * The files of a slot or an entry, as 展开 shows them: 预览 and 下载, and 删除 when `onDelete` is given (the
 * applicant, while the section is editable). Each button names its file for screen readers.
 */
export function FileList({
  files,
  url,
  onDelete,
  empty = '尚未上传附件',
}: {
  files: readonly AttachmentItem[];
  url: FileUrl;
  onDelete?: (file: AttachmentItem) => Promise<unknown>;
  empty?: string;
}) {
  const { preview, previewNode } = usePreview();

  if (files.length === 0) return empty ? <p className="muted file-empty">{empty}</p> : null;
  return (
    <>
      <ul className="file-list">
        {files.map((file) => (
          <li key={file.id}>
            <span className="file-name">{file.fileName}</span>
            <span className="muted nowrap">{formatSize(file.size)}</span>
            <span className="file-actions">
              <Button
                type="link"
                size="small"
                aria-label={`预览：${file.fileName}`}
                onClick={() =>
                  preview({ url: url(file), name: file.fileName, contentType: file.contentType })
                }
              >
                预览
              </Button>
              <a
                className="file-link"
                href={url(file, true)}
                download={file.fileName}
                aria-label={`下载：${file.fileName}`}
              >
                下载
              </a>
              {onDelete && (
                <Popconfirm
                  title={`确定删除“${file.fileName}”吗？`}
                  okText="删除"
                  cancelText="取消"
                  okButtonProps={{ danger: true }}
                  onConfirm={() => onDelete(file)}
                >
                  <Button type="link" size="small" danger aria-label={`删除：${file.fileName}`}>
                    删除
                  </Button>
                </Popconfirm>
              )}
            </span>
          </li>
        ))}
      </ul>
      {previewNode}
    </>
  );
}
