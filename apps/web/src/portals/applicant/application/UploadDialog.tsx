import { InboxOutlined } from '@ant-design/icons';
import { type AttachmentItem, type AttachmentRule, attachmentRequirements } from '@rcpd/shared';
import { Alert, App, Modal, Upload, type UploadProps } from 'antd';
import { useRef, useState } from 'react';
import { errorMessage } from '../../../forms/errors';
import { type UploadTarget, useUploadAttachment } from './api';
import { FileList } from './FileList';

function extensionOf(name: string): string {
  return name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '';
}

function extensionsOf(rule: AttachmentRule): string[] {
  return rule.types.flatMap((t) => (t === 'jpg' ? ['jpg', 'jpeg'] : [t]));
}

export interface UploadDialogProps {
  applicationId: string;
  /** null: closed */
  target: UploadTarget | null;
  rule: AttachmentRule;
  /** what the files are for, e.g. 学习经历第1条 or 身份证正反面 */
  subject: string;
  files: readonly AttachmentItem[];
  onClose: () => void;
}

/**
 * 上传附件 (manual 3.2.2 B): the file picker with the 上传说明 beside it. The browser refuses a wrong type,
 * size or count at once; the server checks the bytes and may still refuse, and its message is shown.
 */
export function UploadDialog({ applicationId, target, rule, subject, files, onClose }: UploadDialogProps) {
  const { message } = App.useApp();
  const upload = useUploadAttachment(applicationId);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(0);
  // Files accepted in this batch but not yet answered: they count against 数量要求 too.
  const pending = useRef(0);
  const requirements = attachmentRequirements(rule);
  const extensions = extensionsOf(rule);
  const full = files.length >= rule.max;

  const addProblem = (problem: string) =>
    setProblems((list) => (list.includes(problem) ? list : [...list, problem]));

  const close = () => {
    setProblems([]);
    onClose();
  };

  const beforeUpload: UploadProps['beforeUpload'] = (file) => {
    let problem: string | null = null;
    if (!extensions.includes(extensionOf(file.name))) {
      problem = `“${file.name}”的格式不符合要求：${requirements.format}`;
    } else if (file.size > rule.maxBytes) {
      problem = `“${file.name}”过大：${requirements.size}`;
    } else if (files.length + pending.current >= rule.max) {
      problem = `“${file.name}”未上传：最多${rule.max}个附件`;
    } else if (file.size === 0) {
      problem = `“${file.name}”是空文件`;
    }
    if (problem) {
      addProblem(problem);
      return Upload.LIST_IGNORE;
    }
    pending.current += 1;
    return true;
  };

  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError }) => {
    if (!target) return;
    const blob = file as File;
    setBusy((n) => n + 1);
    upload
      .mutateAsync({ target, file: blob })
      .then((item) => {
        message.success(`“${blob.name}”上传成功`);
        onSuccess?.(item);
      })
      .catch((error: unknown) => {
        addProblem(`“${blob.name}”上传失败：${errorMessage(error)}`);
        onError?.(error instanceof Error ? error : new Error(errorMessage(error)));
      })
      .finally(() => {
        pending.current -= 1;
        setBusy((n) => n - 1);
      });
  };

  return (
    <Modal
      open={target !== null}
      title="上传附件"
      onCancel={close}
      onOk={close}
      okText="完成"
      cancelButtonProps={{ style: { display: 'none' } }}
      okButtonProps={{ loading: busy > 0 }}
      width={820}
      destroyOnHidden
    >
      <p className="upload-subject">
        上传对象：<strong>{subject}</strong>（已上传{files.length}个）
      </p>
      <div className="upload-layout">
        <div className="upload-picker">
          <Upload.Dragger
            accept={extensions.map((e) => `.${e}`).join(',')}
            multiple={rule.max > 1}
            showUploadList={false}
            beforeUpload={beforeUpload}
            customRequest={customRequest}
            disabled={full}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined aria-hidden />
            </p>
            <p className="ant-upload-text">
              {full ? `已达${rule.max}个上限` : '点击选择文件或将文件拖到此处'}
            </p>
            <p className="ant-upload-hint">{busy > 0 ? '正在上传…' : '选择符合上传要求的附件，点击打开'}</p>
          </Upload.Dragger>
          {problems.length > 0 && (
            <Alert
              className="upload-problems"
              type="error"
              showIcon
              title="以下文件未上传"
              description={
                <ul className="plain-list">
                  {problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              }
              closable={{ 'aria-label': '关闭提示', onClose: () => setProblems([]) }}
            />
          )}
          <h3 className="upload-heading">已上传附件</h3>
          <FileList applicationId={applicationId} files={files} editable />
        </div>
        <aside className="upload-help" aria-labelledby="upload-help-title">
          <h3 id="upload-help-title" className="upload-heading">
            上传说明
          </h3>
          <dl>
            <dt>格式要求</dt>
            <dd>{requirements.format}</dd>
            <dt>大小要求</dt>
            <dd>{requirements.size}</dd>
            <dt>数量要求</dt>
            <dd>{requirements.count}</dd>
          </dl>
        </aside>
      </div>
    </Modal>
  );
}
