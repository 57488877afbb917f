import type { Portal } from '@rcpd/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Modal } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { setReauthenticate } from '../api/client';
import { leaveTo } from '../api/session';
import { LoginForm } from '../pages/LoginForm';
import { PORTAL_CONFIG } from '../portals/config';
import { useAccount } from './account';

const ACCOUNT_LABEL: Record<Portal, { label: string; placeholder: string }> = {
  person: { label: '账号', placeholder: '手机号码或证件号码' },
  employer: { label: '账号', placeholder: '手机号码或统一社会信用代码' },
  department: { label: '用户名', placeholder: '请输入用户名' },
};

/**
 * A session that ended while the person typed (30 minutes idle): the write that found it ended (or the portal
 * guard, when a read found it) waits while this dialog asks them to sign in again; the write is then sent once
 * more, so what they typed is saved without leaving the page. Signing in as another account leaves for that account's home instead; 取消 lets the write fail as before
 * (the portal then sends them to its login page; the form's draft stays in the browser).
 */
export function SessionRenewal({ portal }: { portal: Portal }) {
  const account = useAccount();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const waiting = useRef<{ promise: Promise<boolean>; resolve: (ok: boolean) => void } | null>(null);

  useEffect(() => {
    setReauthenticate(() => {
      if (!waiting.current) {
        let resolve: (ok: boolean) => void = () => {};
        const promise = new Promise<boolean>((r) => {
          resolve = r;
        });
        waiting.current = { promise, resolve };
        setOpen(true);
      }
      return waiting.current.promise;
    });
    return () => {
      setReauthenticate(null);
      waiting.current?.resolve(false);
      waiting.current = null;
    };
  }, []);

  const finish = (ok: boolean) => {
    setOpen(false);
    waiting.current?.resolve(ok);
    waiting.current = null;
  };

  return (
    <Modal
      open={open}
      title="登录已失效，请重新登录"
      footer={null}
      onCancel={() => finish(false)}
      maskClosable={false}
      destroyOnHidden
    >
      <LoginForm
        portal={portal}
        accountLabel={ACCOUNT_LABEL[portal].label}
        accountPlaceholder={ACCOUNT_LABEL[portal].placeholder}
        name={`${portal}-renewal`}
        onSignedIn={(session) => {
          if (session.account?.id === account.id) {
            finish(true);
            // what failed while signed out is read again
            void queryClient.invalidateQueries();
          } else {
            finish(false);
            leaveTo(PORTAL_CONFIG[portal].home);
          }
        }}
      >
        <p className="muted">您填写的内容仍在本页，重新登录后将继续保存。</p>
      </LoginForm>
    </Modal>
  );
}
