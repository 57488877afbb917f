/** 站内消息: what reaches a person in the portal (every status change also goes by SMS). */
export interface NotificationItem {
  id: string;
  title: string;
  body: string;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationList {
  items: NotificationItem[];
  unread: number;
}

/** The states of a status SMS in 消息发送记录. */
export const SMS_STATES = ['待发送', '已发送', '失败'] as const;
export type SmsState = (typeof SMS_STATES)[number];

export interface SmsMessageItem {
  id: string;
  maskedPhone: string;
  text: string;
  state: SmsState;
  /** tries so far */
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** `GET /api/department/sms-messages?state=&page=`: a page of 消息发送记录 with the count of each state. */
export interface SmsMessagePage {
  items: SmsMessageItem[];
  total: number;
  page: number;
  pageSize: number;
  counts: Record<SmsState, number>;
}
