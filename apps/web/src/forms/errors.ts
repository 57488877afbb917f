import type { ErrorCode, FieldError } from '@rcpd/shared';
import type { FormInstance } from 'antd';
import { ApiError, NETWORK_ERROR_MESSAGE } from '../api/client';

type NamePath = (string | number)[];

function toNamePath(path: string): NamePath {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Shows field errors (from the server or from a whole-body schema check) under their fields. */
export function setFieldErrors(form: FormInstance, fields: FieldError[]): void {
  const byField = new Map<string, string[]>();
  for (const field of fields) byField.set(field.path, [...(byField.get(field.path) ?? []), field.message]);
  form.setFields([...byField].map(([path, errors]) => ({ name: toNamePath(path), errors })));
}

/** The message to show for any failure: the server's own Chinese message, as it comes. */
export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : NETWORK_ERROR_MESSAGE;
}

/** Errors that belong to one field even when the server names no field. */
const CODE_FIELDS: Partial<Record<ErrorCode, string>> = {
  CAPTCHA_INVALID: 'captchaCode',
  SMS_CODE_INVALID: 'smsCode',
};

/** Is a field of this (top-level) name registered in the form, whatever its value? */
function hasField(form: FormInstance, name: string): boolean {
  return form.getFieldsError().some((field) => field.name[0] === name);
}

/**
 * Puts a failed request's errors on the form. Returns the message for the form's alert, or null when the
 * message already stands under a field (so it is not shown twice).
 */
export function applyApiError(form: FormInstance, error: unknown): string | null {
  if (!(error instanceof ApiError)) return errorMessage(error);
  if (error.fields.length > 0) {
    const shown = error.fields.filter((field) => hasField(form, field.path.split('.')[0] ?? ''));
    setFieldErrors(form, shown);
    const hidden = error.fields.find((field) => !shown.includes(field));
    if (hidden) return hidden.message;
    return shown.some((field) => field.message === error.message) ? null : error.message;
  }
  const field = CODE_FIELDS[error.code];
  if (field && hasField(form, field)) {
    form.setFields([{ name: field, errors: [error.message] }]);
    return null;
  }
  return error.message;
}

interface Issue {
  path: PropertyKey[];
  message: string;
}
interface BodyParser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: Issue[] } };
}

export type ParsedBody<T> = { ok: true; data: T } | { ok: false; message: string | null };

/**
 * Checks the whole body with its shared schema before it is sent (this runs the cross-field rules too).
 * Failing fields of the form are marked; a failure outside the form's fields is returned as `message`.
 */
export function parseBody<T>(form: FormInstance, schema: BodyParser<T>, values: unknown): ParsedBody<T> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const inForm = issues.filter((issue) => hasField(form, issue.path.split('.')[0] ?? ''));
  setFieldErrors(form, inForm);
  const other = issues.find((issue) => !inForm.includes(issue));
  return { ok: false, message: other?.message ?? null };
}
