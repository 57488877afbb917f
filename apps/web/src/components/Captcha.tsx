import type { CaptchaChallenge } from '@rcpd/shared';
import { useQuery } from '@tanstack/react-query';
import { Alert, Form, type FormRule, Input, type InputProps, Spin } from 'antd';
import { type ReactNode, useEffect, useId } from 'react';
import { fetchCaptcha } from '../api/session';
import { errorMessage } from '../forms/errors';

export interface Captcha {
  challenge: CaptchaChallenge | undefined;
  loading: boolean;
  failed: boolean;
  /** why the last fetch failed, if it did */
  error: unknown;
  /** fetches a new image; each captcha can be used once */
  refresh: () => void;
}

/** One image captcha, owned by one form. It is fetched again when it expires. */
export function useCaptcha(): Captcha {
  const id = useId();
  const query = useQuery({
    queryKey: ['captcha', id],
    queryFn: fetchCaptcha,
    gcTime: 0,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    retry: false,
  });
  const { data, refetch } = query;
  useEffect(() => {
    if (!data) return;
    const timer = window.setTimeout(() => void refetch(), data.expiresInSeconds * 1000);
    return () => window.clearTimeout(timer);
  }, [data, refetch]);
  return {
    challenge: data,
    loading: query.isFetching,
    failed: query.isError && !query.isFetching,
    error: query.error,
    refresh: () => void refetch(),
  };
}

/** What antd's Form.Item hands to its control. */
export type ControlProps = Pick<
  InputProps,
  'id' | 'value' | 'onChange' | 'aria-describedby' | 'aria-invalid' | 'aria-required'
>;

function CaptchaControl({ captcha, ...input }: ControlProps & { captcha: Captcha }) {
  const { challenge, loading, failed, refresh } = captcha;
  let content: ReactNode;
  if (failed) content = <span className="captcha-failed">图形验证码加载失败，点击重试</span>;
  else if (challenge) {
    content = (
      <>
        <img src={challenge.image} alt="图形验证码" width={120} height={40} />
        <span className="sr-only">看不清？点击换一张</span>
      </>
    );
  } else content = <Spin size="small" />;
  return (
    <div className="inline-control">
      <Input {...input} placeholder="请输入右侧图中字符" autoComplete="off" maxLength={10} />
      <button
        type="button"
        className="captcha-image"
        onClick={refresh}
        title="看不清？点击换一张"
        aria-busy={loading}
      >
        {content}
      </button>
    </div>
  );
}

// Where the captcha is checked only on demand (before an SMS request), an always-passing rule still makes the
// field re-validate as the user types, which clears the error shown by that check.
const CLEAR_ON_CHANGE: FormRule[] = [{ validator: async () => {} }];

/** The `captchaCode` field with its image; clicking the image fetches a new one. */
export function CaptchaField(props: { captcha: Captcha; label: string; rules?: FormRule[] }) {
  const { captcha, label, rules = CLEAR_ON_CHANGE } = props;
  return (
    <>
      <Form.Item label={label} name="captchaCode" rules={rules} required>
        <CaptchaControl captcha={captcha} />
      </Form.Item>
      {captcha.failed && (
        <Alert type="error" showIcon title={errorMessage(captcha.error)} className="form-alert" />
      )}
    </>
  );
}
