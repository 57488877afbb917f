import { QR_CODE_STATUS_LABELS, type QrLoginDetail } from '@rcpd/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Result, Space } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError, api } from '../../api/client';
import { PORTAL_CONFIG } from '../../portals/config';
import { useAccount } from '../account';
import { formatBeijing } from '../beijingTime';
import { PageTitle } from '../Layouts';
import { QueryError } from '../QueryError';
import { decodeFile, decodePixels, loadReader, loginCodeOf, pixelsOf } from './decode';

const NOT_A_LOGIN_CODE = '未识别到本系统的登录二维码，请对准电脑登录页上的二维码重新扫描';
const DECODER_UNAVAILABLE = '扫码组件加载失败，请检查网络后刷新页面重试';

/** The camera's picture, read a few times a second until a login QR code appears in it. */
function CameraReader({ onCode }: { onCode: (codeId: string) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [on, setOn] = useState(false);

  useEffect(() => {
    if (!on) return;
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    let live = true;
    // one frame at a time: the next is read 250 ms after the decoder answered about this one
    const scan = async () => {
      const v = video.current;
      if (!live || !v) return;
      if (v.readyState >= 2 && v.videoWidth > 0) {
        const pixels = pixelsOf(v, v.videoWidth, v.videoHeight, 640);
        let text: string | null;
        try {
          text = pixels && (await decodePixels(pixels));
        } catch {
          if (live) setError(DECODER_UNAVAILABLE);
          return;
        }
        const id = text && loginCodeOf(text);
        if (!live) return;
        if (id) {
          onCode(id);
          return;
        }
      }
      timer = window.setTimeout(() => void scan(), 250);
    };
    navigator.mediaDevices
      ?.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then((s) => {
        stream = s;
        if (!live || !video.current) return;
        video.current.srcObject = s;
        void video.current.play();
        void scan();
      })
      .catch(() => {
        if (live) setError('无法打开摄像头，请允许使用摄像头，或拍照后选择图片');
      }) ?? setError('此浏览器不能使用摄像头，请拍照后选择图片');
    return () => {
      live = false;
      window.clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, [on, onCode]);

  if (!on)
    return (
      <Button type="primary" block size="large" onClick={() => setOn(true)}>
        打开摄像头扫码
      </Button>
    );
  return (
    <>
      <video ref={video} className="scan-video" muted playsInline aria-label="摄像头画面" />
      {error && <Alert type="warning" showIcon title={error} className="form-alert" />}
    </>
  );
}

/** 扫一扫 without a code yet: the camera, or a photo of the code. */
function Scanner({ onCode }: { onCode: (codeId: string) => void }) {
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // fetch and compile the decoder while the person aims the camera or picks a photo (a failure is retried there)
  useEffect(() => {
    loadReader().catch(() => undefined);
  }, []);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    try {
      await loadReader();
    } catch {
      setError(DECODER_UNAVAILABLE);
      if (input.current) input.current.value = '';
      return;
    }
    try {
      const text = await decodeFile(file);
      const id = text && loginCodeOf(text);
      if (id) onCode(id);
      else setError(NOT_A_LOGIN_CODE);
    } catch {
      setError('图片无法读取，请重新拍照或选择其他图片');
    } finally {
      if (input.current) input.current.value = '';
    }
  };
  return (
    <Card className="narrow-card scan-card">
      <p className="muted">扫描电脑登录页上的二维码，确认后电脑即可登录，无需输入密码。</p>
      <Space orientation="vertical" size="middle" className="scan-actions">
        <CameraReader onCode={onCode} />
        <Button size="large" block onClick={() => input.current?.click()}>
          拍照或选择二维码图片
        </Button>
        <input
          ref={input}
          type="file"
          accept="image/*"
          hidden
          aria-label="二维码图片"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </Space>
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
    </Card>
  );
}

/** Who will sign in, from where; 确认登录 or 取消. */
function Confirm({ codeId, onDone }: { codeId: string; onDone: () => void }) {
  const detail = useQuery({
    queryKey: ['qr-login', codeId],
    queryFn: () => api.get('/api/auth/qr/{codeId}', { params: { codeId } }),
    retry: false,
  });
  const [decided, setDecided] = useState<'confirmed' | 'cancelled' | null>(null);
  const confirm = useMutation({
    mutationFn: () => api.post('/api/auth/qr/{codeId}/confirm', { params: { codeId } }),
    onSuccess: () => setDecided('confirmed'),
  });
  const cancel = useMutation({
    mutationFn: () => api.post('/api/auth/qr/{codeId}/cancel', { params: { codeId } }),
    onSuccess: () => setDecided('cancelled'),
  });

  if (decided === 'confirmed')
    return (
      <Result
        status="success"
        title="已确认登录"
        subTitle="电脑上将自动登录，请在电脑上继续操作。"
        extra={<Button onClick={onDone}>继续扫码</Button>}
      />
    );
  if (decided === 'cancelled')
    return <Result status="info" title="已取消登录" extra={<Button onClick={onDone}>继续扫码</Button>} />;
  if (detail.isError) {
    const message = detail.error instanceof ApiError ? detail.error.message : null;
    return message ? (
      <Result status="warning" title={message} extra={<Button onClick={onDone}>重新扫码</Button>} />
    ) : (
      <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
    );
  }
  const d: QrLoginDetail | undefined = detail.data;
  if (!d) return <Card loading className="narrow-card" />;
  const failure = confirm.error ?? cancel.error;
  return (
    <Card className="narrow-card scan-card" title={`${d.portalLabel}请求`}>
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'account',
            label: '将登录的账号',
            children: [d.account.displayName, d.account.employerName, d.account.roleLabel]
              .filter(Boolean)
              .join(' · '),
          },
          ...(d.account.maskedIdNumber
            ? [{ key: 'id', label: '证件号码', children: d.account.maskedIdNumber }]
            : []),
          { key: 'ip', label: '请求来源IP', children: d.origin.ip ?? '—' },
          { key: 'browser', label: '浏览器', children: d.origin.browser },
          { key: 'time', label: '请求时间', children: formatBeijing(d.origin.requestedAt) },
          { key: 'status', label: '状态', children: QR_CODE_STATUS_LABELS[d.status] },
        ]}
      />
      <p className="muted">请确认是您本人在电脑上登录。如不是本人操作，请点击【取消】。</p>
      {d.refusal && <Alert type="warning" showIcon title={d.refusal} className="form-alert" />}
      {failure && (
        <Alert
          type="error"
          showIcon
          title={failure instanceof ApiError ? failure.message : '操作失败，请重试'}
          className="form-alert"
        />
      )}
      <Space orientation="vertical" size="middle" className="scan-actions">
        <Button
          type="primary"
          size="large"
          block
          disabled={d.refusal !== null}
          loading={confirm.isPending}
          onClick={() => confirm.mutate()}
        >
          确认登录
        </Button>
        <Button
          size="large"
          block
          disabled={d.status !== 'pending'}
          loading={cancel.isPending}
          onClick={() => cancel.mutate()}
        >
          取消
        </Button>
      </Space>
    </Card>
  );
}

/** 扫一扫 of the 个人网厅 and 单位网厅: reads a 扫码登录 code (camera or photo) and confirms the desktop's login. */
export function ScanPage() {
  const account = useAccount();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const codeId = params.get('c');
  const onCode = useCallback((id: string) => setParams({ c: id }), [setParams]);
  const valid = codeId && /^[\w-]{43}$/.test(codeId);
  return (
    <>
      <PageTitle>扫一扫</PageTitle>
      {valid ? (
        <Confirm
          key={codeId}
          codeId={codeId}
          onDone={() => navigate(`${PORTAL_CONFIG[account.portal].home}/scan`, { replace: true })}
        />
      ) : (
        <Scanner onCode={onCode} />
      )}
    </>
  );
}
