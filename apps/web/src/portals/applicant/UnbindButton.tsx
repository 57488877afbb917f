import { App, Button, Popconfirm } from 'antd';
import { errorMessage } from '../../forms/errors';
import { useUnbind } from './api';

/** 解除绑定: takes effect at once, after a confirmation. The server says why when it may not. */
export function UnbindButton({ bindingId, employerName }: { bindingId: string; employerName: string }) {
  const { message } = App.useApp();
  const unbind = useUnbind();
  return (
    <Popconfirm
      title="确定解除与该单位的绑定关系吗？"
      okText="解除绑定"
      cancelText="取消"
      okButtonProps={{ danger: true, loading: unbind.isPending }}
      onConfirm={() =>
        unbind.mutateAsync(bindingId).then(
          () => void message.success('已解除绑定'),
          (error: unknown) => void message.error(errorMessage(error)),
        )
      }
    >
      <Button size="small" danger loading={unbind.isPending} aria-label={`解除绑定：${employerName}`}>
        解除绑定
      </Button>
    </Popconfirm>
  );
}
