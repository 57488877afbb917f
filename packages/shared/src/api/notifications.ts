import { z } from 'zod';
import {
  countsOf,
  isoDateTime,
  itemsAnswer,
  keysetAnswer,
  keysetPageFields,
  pagedAnswer,
} from './answers.js';

/** 站内消息: what reaches a person in the portal (every status change also goes by SMS). */
export const notificationItemSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    body: z.string(),
    createdAt: isoDateTime,
    readAt: isoDateTime.nullable().describe('读取时间；未读为 null'),
  })
  .describe('站内消息');
export type NotificationItem = z.infer<typeof notificationItemSchema>;

/** `GET /api/notifications?after=…`: newest first, a page at a time (keyset), with the unread count. */
export const notificationListSchema = keysetAnswer(notificationItemSchema)
  .extend({ unread: z.number().describe('未读条数') })
  .describe('我的消息（新的在前，分页）');
export const notificationQuerySchema = z.object(keysetPageFields);
export type NotificationQuery = z.infer<typeof notificationQuerySchema>;
export type NotificationList = z.infer<typeof notificationListSchema>;

/** The states of a status SMS in 消息发送记录. */
export const SMS_STATES = ['待发送', '已发送', '失败'] as const;
export type SmsState = (typeof SMS_STATES)[number];

export const smsMessageItemSchema = z.object({
  id: z.string(),
  maskedPhone: z.string(),
  text: z.string(),
  state: z.enum(SMS_STATES),
  /** tries so far */
  attempts: z.number().describe('已尝试发送次数'),
  lastError: z.string().nullable(),
  createdAt: isoDateTime,
  sentAt: isoDateTime.nullable(),
});
export type SmsMessageItem = z.infer<typeof smsMessageItemSchema>;

/** `GET /api/department/sms-messages?state=&page=`: a page of 消息发送记录 with the count of each state. */
export const smsMessagePageSchema = pagedAnswer(smsMessageItemSchema)
  .extend({ counts: countsOf(SMS_STATES).describe('各状态的短信条数') })
  .describe('消息发送记录（分页）');
export type SmsMessagePage = z.infer<typeof smsMessagePageSchema>;

/** `GET /api/dev/sms-outbox` (with the development aids only, DEV_AIDS): the SMS a real phone would have received, newest first. */
export const devSmsOutboxItemSchema = z.object({
  id: z.string(),
  phone: z.string(),
  text: z.string(),
  /** the verification code in the text, if it carries one */
  code: z.string().nullable(),
  createdAt: isoDateTime,
});
export type DevSmsOutboxItem = z.infer<typeof devSmsOutboxItemSchema>;
export const devSmsOutboxSchema = itemsAnswer(devSmsOutboxItemSchema).describe(
  '开发环境短信发件箱（最近100条）',
);
export type DevSmsOutbox = z.infer<typeof devSmsOutboxSchema>;
