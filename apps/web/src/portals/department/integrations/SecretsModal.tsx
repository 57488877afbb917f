import type { IntegrationClientSecrets } from '@rcpd/shared';
import { Alert, Button, Descriptions, Modal, Typography } from 'antd';

function Secret({ value, label }: { value: string; label: string }) {
  return (
    <Typography.Text
      code
      className="secret-value"
      copyable={{ text: value, tooltips: [`复制${label}`, '已复制'] }}
    >
      {value}
    </Typography.Text>
  );
}

/**
 * The credential and the signing secret of a client just made (新增) or renewed (重置密钥): shown this once,
 * with copy buttons. The server keeps neither in clear, so closing the window loses them for good.
 */
export function SecretsModal({
  secrets,
  renewed,
  onClose,
}: {
  secrets: IntegrationClientSecrets | null;
  /** after 重置密钥: the old secret no longer works */
  renewed: boolean;
  onClose: () => void;
}) {
  return (
    <Modal
      open={secrets !== null}
      title={renewed ? '密钥已重置' : '接口客户端已创建'}
      onCancel={onClose}
      maskClosable={false}
      keyboard={false}
      // closed, nothing of the secrets stays in the page
      destroyOnHidden
      width={680}
      footer={[
        <Button key="done" type="primary" onClick={onClose}>
          我已妥善保存，关闭
        </Button>,
      ]}
    >
      {secrets && (
        <>
          <Alert
            type="warning"
            showIcon
            className="secret-warning"
            title="密钥只显示这一次"
            description={`关闭此窗口后无法再次查看，请立即复制并交给“${secrets.client.name}”的运维人员妥善保存；遗失时只能重置密钥。${
              renewed ? '旧密钥已立即失效。' : ''
            }`}
          />
          <Descriptions
            size="small"
            column={1}
            layout="vertical"
            items={[
              {
                key: 'id',
                label: '客户端编号',
                children: <Secret value={secrets.client.clientId} label="客户端编号" />,
              },
              {
                key: 'credential',
                label: '接口凭据（调用时放在请求头 Authorization: Bearer 之后）',
                children: <Secret value={secrets.credential} label="接口凭据" />,
              },
              {
                key: 'signing',
                label: '推送签名密钥（接收方用它校验证书状态推送的签名）',
                children: <Secret value={secrets.signingSecret} label="推送签名密钥" />,
              },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
