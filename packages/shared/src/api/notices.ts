import { z } from 'zod';
import { text } from './fields.js';

/** 人才认定服务类型 (manual 3.2.2 A). */
export const SERVICE_TYPES = ['首次认定', '晋升认定'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

/** 申报通知 as the administrator manages it. */
export const NOTICE_STATUSES = ['草稿', '已发布', '已关闭'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/** Where `now` stands against a notice's 申报开始时间 and 申报截止时间. */
export type NoticeWindow = '未开始' | '申报中' | '已截止';

export function noticeWindow(
  startAt: string | Date,
  endAt: string | Date,
  now: Date = new Date(),
): NoticeWindow {
  if (now.getTime() < new Date(startAt).getTime()) return '未开始';
  if (now.getTime() >= new Date(endAt).getTime()) return '已截止';
  return '申报中';
}

const dateTime = (label: string) =>
  z.iso.datetime({ offset: true, error: `请填写${label}` }).transform((v) => new Date(v).toISOString());

/** `POST /api/department/notices` and `PUT /api/department/notices/:id` */
export const noticeSchema = z
  .object({
    title: text('通知标题', { max: 100 }),
    body: text('通知正文', { max: 20_000 }),
    startAt: dateTime('申报开始时间'),
    endAt: dateTime('申报截止时间'),
    serviceTypes: z
      .array(z.enum(SERVICE_TYPES, { error: '认定服务类型不正确' }), { error: '请选择受理的认定服务类型' })
      .min(1, '请选择受理的认定服务类型')
      .transform((types) => SERVICE_TYPES.filter((t) => types.includes(t))),
    /** optimistic lock for edits: the version the editor started from */
    version: z.number().int().min(0).optional(),
  })
  .superRefine((data, ctx) => {
    if (new Date(data.endAt).getTime() <= new Date(data.startAt).getTime()) {
      ctx.addIssue({ code: 'custom', path: ['endAt'], message: '申报截止时间必须晚于申报开始时间' });
    }
  });
export type NoticeBody = z.infer<typeof noticeSchema>;

export interface NoticeAttachment {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
}

export type NoticeAction = '编辑' | '发布' | '关闭' | '删除';

/** A notice in the 管理端. */
export interface NoticeItem {
  id: string;
  title: string;
  body: string;
  startAt: string;
  endAt: string;
  serviceTypes: ServiceType[];
  status: NoticeStatus;
  window: NoticeWindow;
  publishedAt: string | null;
  closedAt: string | null;
  updatedAt: string;
  version: number;
  attachments: NoticeAttachment[];
  allowedActions: NoticeAction[];
}

/** A published notice as an applicant sees it; 申报 is offered only while `window` is 申报中. */
export interface PublishedNotice {
  id: string;
  title: string;
  body: string;
  startAt: string;
  endAt: string;
  serviceTypes: ServiceType[];
  window: NoticeWindow;
  attachments: NoticeAttachment[];
  canApply: boolean;
}

/** 申报注意事项, shown on 条件自检; edited by the administrator. */
export const declarationGuideSchema = z.object({ text: text('申报注意事项', { max: 20_000 }) });
export interface DeclarationGuide {
  text: string;
  updatedAt: string | null;
}

/** Policy files attached to a notice. */
export const NOTICE_ATTACHMENT_TYPES = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'jpg', 'png'] as const;
export const NOTICE_ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
export const NOTICE_ATTACHMENT_MAX_COUNT = 10;
