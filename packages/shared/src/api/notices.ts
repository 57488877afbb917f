import { z } from 'zod';
import { isRealDate } from '../identity/id-number.js';
import { NOTICE_BUTTONS } from '../policy/resources.js';
import { isoDateTime, itemsAnswer, keysetAnswer, keysetPageFields, searchField } from './answers.js';
import { INT4_MAX, text } from './fields.js';

/** 人才认定服务类型 (manual 3.2.2 A). */
export const SERVICE_TYPES = ['首次认定', '晋升认定'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

/** 申报通知 as the administrator manages it. */
export const NOTICE_STATUSES = ['草稿', '已发布', '已关闭'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/** Where `now` stands against a notice's 申报开始时间 and 申报截止时间. */
export const NOTICE_WINDOWS = ['未开始', '申报中', '已截止'] as const;
export type NoticeWindow = (typeof NOTICE_WINDOWS)[number];

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
  z.iso
    .datetime({ offset: true, error: `请填写${label}` })
    .refine((v) => isRealDate(new Date(v).toISOString().slice(0, 10)), `${label}应在1900年至2100年之间`)
    .transform((v) => new Date(v).toISOString());

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
    version: z.number().int().min(0).max(INT4_MAX, '版本号不正确，请刷新后重试').optional(),
  })
  .superRefine((data, ctx) => {
    if (new Date(data.endAt).getTime() <= new Date(data.startAt).getTime()) {
      ctx.addIssue({ code: 'custom', path: ['endAt'], message: '申报截止时间必须晚于申报开始时间' });
    }
  });
export type NoticeBody = z.infer<typeof noticeSchema>;

export const noticeAttachmentSchema = z
  .object({
    id: z.string(),
    fileName: z.string().describe('文件名'),
    contentType: z.string().describe('MIME 类型'),
    size: z.number().describe('字节数'),
  })
  .describe('通知附件');
export type NoticeAttachment = z.infer<typeof noticeAttachmentSchema>;

/** What the administrator may do with a notice now: the buttons of noticePolicy. */
export type NoticeAction = (typeof NOTICE_BUTTONS)[number];

/** A notice in the 管理端. */
export const noticeItemSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    body: z.string(),
    startAt: isoDateTime,
    endAt: isoDateTime,
    serviceTypes: z.array(z.enum(SERVICE_TYPES)),
    status: z.enum(NOTICE_STATUSES),
    window: z.enum(NOTICE_WINDOWS),
    publishedAt: isoDateTime.nullable(),
    closedAt: isoDateTime.nullable(),
    updatedAt: isoDateTime,
    version: z.number(),
    attachments: z.array(noticeAttachmentSchema),
    allowedActions: z.array(z.enum(NOTICE_BUTTONS)),
  })
  .describe('申报通知（管理端）');
export type NoticeItem = z.infer<typeof noticeItemSchema>;

/** `GET /api/department/notices?q=…&status=…&year=…&after=…`: newest first. */
export const noticeQuerySchema = z.object({
  /** words of the title */
  q: searchField('通知标题不超过50个字符'),
  status: z.enum(NOTICE_STATUSES, { error: '通知状态不正确' }).optional(),
  /** the year (Beijing) the 申报 opens */
  year: z.coerce
    .number({ error: '年度不正确' })
    .int('年度不正确')
    .min(2000, '年度不正确')
    .max(2100, '年度不正确')
    .optional(),
  ...keysetPageFields,
});
export type NoticeQuery = z.infer<typeof noticeQuerySchema>;

/** `GET /api/department/notices`: one page, newest first; `next` continues it (keyset). */
export const noticeListAnswerSchema = keysetAnswer(noticeItemSchema).describe('申报通知列表（分页）');
export type NoticeListAnswer = z.infer<typeof noticeListAnswerSchema>;

/** A published notice as an applicant sees it; 申报 is offered only while `window` is 申报中. */
export const publishedNoticeSchema = noticeItemSchema
  .pick({
    id: true,
    title: true,
    body: true,
    startAt: true,
    endAt: true,
    serviceTypes: true,
    window: true,
    attachments: true,
  })
  .extend({ canApply: z.boolean() })
  .describe('申报通知（个人网厅）');
export type PublishedNotice = z.infer<typeof publishedNoticeSchema>;

/** `GET /api/person/notices` */
export const publishedNoticeListAnswerSchema =
  itemsAnswer(publishedNoticeSchema).describe('申报中的申报通知');

/** 申报注意事项, shown on 条件自检; edited by the administrator. */
export const declarationGuideSchema = z.object({ text: text('申报注意事项', { max: 20_000 }) });
export const declarationGuideAnswerSchema = z
  .object({
    text: z.string(),
    updatedAt: isoDateTime.nullable().describe('最后编辑时间；从未编辑为 null'),
  })
  .describe('申报注意事项');
export type DeclarationGuide = z.infer<typeof declarationGuideAnswerSchema>;

/** Policy files attached to a notice. */
export const NOTICE_ATTACHMENT_TYPES = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'jpg', 'png'] as const;
export const NOTICE_ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
export const NOTICE_ATTACHMENT_MAX_COUNT = 10;
