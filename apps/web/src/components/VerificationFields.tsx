import { mobile, smsCode } from '@rcpd/shared';
import { Form, type FormInstance, Input } from 'antd';
import { fieldRule } from '../forms/rules';
import { type Captcha, CaptchaField } from './Captcha';
import { SmsCodeField, useSmsCodeRequest } from './SmsCode';

interface Props {
  form: FormInstance;
  captcha: Captcha;
  purpose: 'register' | 'reset';
  portal: 'person' | 'employer';
  phoneLabel: string;
  accountField?: string;
  onError: (message: string | null) => void;
}

/**
 * 手机号码, 图形验证码 and 短信验证码 with 获取短信验证码. The image captcha guards the SMS request only, so it
 * is checked when the SMS code is requested, not when the form is submitted.
 */
export function VerificationFields({
  form,
  captcha,
  purpose,
  portal,
  phoneLabel,
  accountField,
  onError,
}: Props) {
  const requestSms = useSmsCodeRequest({ form, captcha, purpose, portal, accountField, onError });
  return (
    <>
      <Form.Item label={phoneLabel} name="phone" rules={[fieldRule(mobile)]} required>
        <Input placeholder="请输入11位手机号码" inputMode="tel" autoComplete="tel" maxLength={11} />
      </Form.Item>
      <CaptchaField captcha={captcha} label="图形验证码" />
      <SmsCodeField rules={[fieldRule(smsCode)]} onRequest={requestSms} />
    </>
  );
}
