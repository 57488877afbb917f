import { publishResultsSchema } from '@rcpd/shared';
import { Alert, App, Button, Modal } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../forms/errors';
import { type RecordedItem, usePublish } from './api';
import { SelectedNames } from './SelectedNames';

/**
 * 发布: the applicants see their results and 认定通过 / 调整类别认定 receive their certificates. The server
 * answers at once with a batch that publishes in the background; `onDone` gets it, to follow its progress.
 */
export function PublishDialog({
  items,
  open,
  onClose,
  onDone,
}: {
  items: RecordedItem[];
  open: boolean;
  onClose: () => void;
  onDone: (batchId: string) => void;
}) {
  const { message } = App.useApp();
  const mutation = usePublish();
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setError(null);
    onClose();
  };

  const publish = () => {
    if (mutation.isPending) return;
    setError(null);
    const body = publishResultsSchema.safeParse({ resultIds: items.map((item) => item.result.id) });
    if (!body.success) {
      setError(body.error.issues[0]?.message ?? '请选择要发布的评审结果');
      return;
    }
    mutation.mutate(body.data.resultIds, {
      onSuccess: (batch) => {
        message.success(`已开始发布${batch.total}条评审结果`);
        onDone(batch.id);
        close();
      },
      onError: (failure) => setError(errorMessage(failure)),
    });
  };

  return (
    <Modal
      open={open}
      title="发布评审结果"
      onCancel={close}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={close}>
          取消
        </Button>,
        <Button key="ok" type="primary" onClick={publish} loading={mutation.isPending}>
          确定
        </Button>,
      ]}
    >
      <p>
        发布后，申报人即可在个人网厅查看评审结果，并收到短信通知；认定通过和调整类别认定的，同时发放电子证书。发布后不能再修改评审结果。发布在后台进行，页面上显示发布进度。
      </p>
      <SelectedNames items={items} />
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
