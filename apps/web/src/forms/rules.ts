/**
 * Adapters from the shared rules to antd form rules. The rules themselves live in `@rcpd/shared` and run
 * unchanged here (as the user types) and on the server.
 */
import {
  checkIdNumber,
  checkPassword,
  DEFAULT_ID_TYPE,
  ID_TYPES,
  type IdType,
  PASSWORD_MISMATCH_MESSAGE,
  PASSWORD_RULE_TEXT,
} from '@rcpd/shared';
import type { FormRule } from 'antd';

/** What a zod schema offers; typed structurally so the web app needs no direct zod dependency. */
export interface Parser {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: { message: string }[] } };
}

function firstIssue(parser: Parser, value: unknown): string | null {
  const result = parser.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? '填写的内容不正确');
}

/** A field checked by one field schema of a shared API body, e.g. `personRegistrationSchema.shape.name`. */
export function fieldRule(parser: Parser): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      const message = firstIssue(parser, value);
      if (message) throw new Error(message);
    },
  };
}

function isIdType(value: unknown): value is IdType {
  return typeof value === 'string' && (ID_TYPES as readonly string[]).includes(value);
}

/** 证件号码, checked against the 证件类型 chosen in the field `typeField`. */
export function idNumberRule(parser: Parser, typeField = 'idType'): FormRule {
  return ({ getFieldValue }) => ({
    validator: async (_rule, value: unknown) => {
      const message = firstIssue(parser, value);
      if (message) throw new Error(message);
      const type = getFieldValue(typeField);
      const check = checkIdNumber(isIdType(type) ? type : DEFAULT_ID_TYPE, String(value));
      if (!check.ok) throw new Error(check.message);
    },
  });
}

/** The password policy; `accountFields` name the fields holding identifiers the password must not contain. */
export function passwordRule(parser: Parser, accountFields: string[] = []): FormRule {
  return ({ getFieldValue }) => ({
    validator: async (_rule, value: unknown) => {
      const message = firstIssue(parser, value);
      if (message) throw new Error(message);
      const accounts = accountFields.map((name) => getFieldValue(name)).filter((v) => typeof v === 'string');
      const check = checkPassword(String(value), accounts);
      if (!check.ok) throw new Error(check.message);
    },
  });
}

/** The second entry of a password must equal the first. */
export function confirmRule(parser: Parser, passwordField = 'password'): FormRule {
  return ({ getFieldValue }) => ({
    validator: async (_rule, value: unknown) => {
      const message = firstIssue(parser, value);
      if (message) throw new Error(message);
      if (value !== getFieldValue(passwordField)) throw new Error(PASSWORD_MISMATCH_MESSAGE);
    },
  });
}

/** The password policy in words, shown under every field where a new password is chosen. */
export const PASSWORD_HINT = PASSWORD_RULE_TEXT;
