import type { PublicLoginPortal, QrLoginCode } from '@rcpd/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, api, NETWORK_ERROR_MESSAGE, setCsrfToken } from '../api/client';
import { sessionKey } from '../api/session';
import { PORTAL_CONFIG } from '../portals/config';

type PanelState = 'loading' | 'waiting' | 'cancelled' | 'failed';

/**
 * 扫码登录: a QR code for this browser (2 minutes, then a new one by itself) and a wait for the phone. Each wait
 * is one request the server holds up to 25 s and answers as soon as the phone confirms: no polling storm.
 */
export function QrLoginPanel({ portal }: { portal: PublicLoginPortal }) {
  const [code, setCode] = useState<QrLoginCode | null>(null);
  const [state, setState] = useState<PanelState>('loading');
  const [error, setError] = useState<string | null>(null);
  // a new value asks for a new code
  const [round, setRound] = useState(0);
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` is the trigger: a new round, a new code
  useEffect(() => {
    let live = true;
    const run = async () => {
      setState('loading');
      setError(null);
      const fresh = await api.post('/api/auth/qr', { body: { portal } });
      if (!live) return;
      setCode(fresh);
      setState('waiting');
      for (;;) {
        const answer = await api.post('/api/auth/qr/{codeId}/redeem', { params: { codeId: fresh.codeId } });
        if (!live) return;
        if (answer.status === 'signed-in' && answer.session) {
          setCsrfToken(answer.session.csrfToken);
          queryClient.setQueryData(sessionKey, answer.session);
          navigate(PORTAL_CONFIG[answer.session.account?.portal ?? portal].home, { replace: true });
          return;
        }
        if (answer.status === 'expired') {
          setRound((n) => n + 1);
          return;
        }
        if (answer.status === 'cancelled') {
          setState('cancelled');
          return;
        }
      }
    };
    run().catch((failure: unknown) => {
      if (!live) return;
      setState('failed');
      setError(failure instanceof ApiError ? failure.message : NETWORK_ERROR_MESSAGE);
    });
    return () => {
      live = false;
    };
  }, [portal, round, queryClient, navigate]);

  const refresh = (
    <Button type="primary" onClick={() => setRound((n) => n + 1)}>
      刷新二维码
    </Button>
  );
  return (
    <div className="qr-login">
      <div className="qr-login-code" aria-live="polite">
        {state === 'loading' || !code ? (
          <Spin description="正在生成二维码" />
        ) : (
          <img
            src={code.image}
            width={200}
            height={200}
            alt="扫码登录二维码，请使用已登录本系统的手机扫描"
            className={state === 'waiting' ? undefined : 'qr-login-stale'}
          />
        )}
      </div>
      {state === 'waiting' && (
        <p className="qr-login-hint">
          请使用已登录本系统的手机，打开【扫一扫】扫描二维码，并在手机上点击【确认登录】。
          <br />
          二维码2分钟内有效，过期后自动刷新。
        </p>
      )}
      {state === 'cancelled' && (
        <Alert type="warning" showIcon title="已在手机上取消登录" action={refresh} className="form-alert" />
      )}
      {state === 'failed' && (
        <Alert type="error" showIcon title={error} action={refresh} className="form-alert" />
      )}
    </div>
  );
}
