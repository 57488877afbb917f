import { UploadOutlined } from '@ant-design/icons';
import {
  NOTICE_ATTACHMENT_MAX_BYTES,
  NOTICE_ATTACHMENT_MAX_COUNT,
  NOTICE_ATTACHMENT_TYPES,
  type NoticeItem,
} from '@rcpd/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Upload, type UploadProps } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { attachmentUrl, formatSize } from '../../api/declarationGuide';
import { errorMessage } from '../../forms/errors';
import { NOTICE_PATH, noticesKey } from './notices';

const ACCEPT = NOTICE_ATTACHMENT_TYPES.map((t) => `.${t}`).join(',');
const MAX_MB = NOTICE_ATTACHMENT_MAX_BYTES / 1024 / 1024;

function extensionOf(name: string): string {
  return name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '';
}

/** The policy files of a notice: uploaded one by one once the notice exists. */
export function NoticeAttachments({ notice, disabled }: { notice: NoticeItem; disabled?: boolean }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const refresh = () => queryClient.invalidateQueries({ queryKey: noticesKey });
  const remove = useMutation({
    mutationFn: (aid: string) =>
      api.delete(`${NOTICE_PATH}/attachments/{aid}`, { params: { id: notice.id, aid } }),
    onSuccess: () => message.success('附件已删除'),
    onError: (error) => message.error(errorMessage(error)),
    onSettled: refresh,
  });
  const full = notice.attachments.length >= NOTICE_ATTACHMENT_MAX_COUNT;
  const [uploading, setUploading] = useState(0);

  const beforeUpload: UploadProps['beforeUpload'] = (file) => {
    if (!(NOTICE_ATTACHMENT_TYPES as readonly string[]).includes(extensionOf(file.name))) {
      message.error(`“${file.name}”的格式不支持，请上传 ${NOTICE_ATTACHMENT_TYPES.join('、')} 文件`);
      return Upload.LIST_IGNORE;
    }
    if (file.size > NOTICE_ATTACHMENT_MAX_BYTES) {
      message.error(`“${file.name}”超过${MAX_MB}MB，请压缩后再上传`);
      return Upload.LIST_IGNORE;
    }
    return true;
  };

  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError }) => {
    const blob = file as File;
    setUploading((n) => n + 1);
    api
      .upload(`${NOTICE_PATH}/attachments`, blob, blob.name, { params: { id: notice.id } })
      .then((result) => {
        message.success(`“${blob.name}”上传成功`);
        onSuccess?.(result);
      })
      .catch((error: unknown) => {
        message.error(errorMessage(error));
        onError?.(error instanceof Error ? error : new Error(errorMessage(error)));
      })
      .finally(() => {
        setUploading((n) => n - 1);
        void refresh();
      });
  };

  return (
    <Card title={<h2 className="card-title">附件</h2>}>
      <ul className="requirements" aria-label="附件要求">
        <li>格式要求：{NOTICE_ATTACHMENT_TYPES.join('、')}</li>
        <li>大小要求：单个文件不超过{MAX_MB}MB</li>
        <li>数量要求：不超过{NOTICE_ATTACHMENT_MAX_COUNT}个</li>
      </ul>
      {notice.attachments.length > 0 ? (
        <ul className="attachment-list" aria-label="已上传附件">
          {notice.attachments.map((file) => (
            <li key={file.id}>
              <a href={attachmentUrl(notice.id, file.id)} download={file.fileName}>
                {file.fileName}
              </a>
              <span className="muted">{formatSize(file.size)}</span>
              {!disabled && (
                <Popconfirm
                  title="确定删除该附件吗？"
                  okText="删除"
                  cancelText="取消"
                  okButtonProps={{ danger: true }}
                  onConfirm={() => remove.mutateAsync(file.id).catch(() => undefined)}
                >
                  <Button size="small" type="link" danger aria-label={`删除：${file.fileName}`}>
                    删除
                  </Button>
                </Popconfirm>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">尚未上传附件</p>
      )}
      {!disabled && (
        <Upload
          accept={ACCEPT}
          multiple
          showUploadList={false}
          beforeUpload={beforeUpload}
          customRequest={customRequest}
          disabled={full}
        >
          <Button
            icon={<UploadOutlined aria-hidden />}
            disabled={full}
            loading={uploading > 0}
            style={{ marginTop: 12 }}
          >
            {full ? `已达${NOTICE_ATTACHMENT_MAX_COUNT}个上限` : '上传附件'}
          </Button>
        </Upload>
      )}
    </Card>
  );
}
