import { PassThrough, type Writable } from 'node:stream';
import {
  MODULE_KEYS,
  type ModuleKey,
  maskIdNumber,
  moduleDef,
  REVIEW_PACKAGE_MAX,
  type ReviewPackageQuery,
  SLOT_RULES,
} from '@rcpd/shared';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError, fieldError } from '../../http/errors.js';
import type { BlobStore } from '../../platform/blob-store.js';
import { type FieldCipher, maskedFrom } from '../../platform/secrets.js';
import { writeXlsx, type XlsxSheet } from '../../platform/xlsx/workbook.js';
import { safeSegment, uniqueName, ZIP_CONTENT_TYPE, zipWriter } from '../../platform/zip.js';
import type { SummaryTableService } from '../applications/summary-table.js';
import type { FileExportKind } from '../exports/exports.service.js';
import { type Reviewer, reviewerScope } from './review.service.js';

/** The status after the last review stage passed: the applications the offline evaluation takes. */
const PASSED = '材料审核通过';
const SUMMARY_PDF = '人才分类定级认定一览表.pdf';

/** What a background 评审材料包 keeps of its request: whose scope, which notice, category and 申报编号. */
export interface PackageParams {
  reviewer: Reviewer;
  query: ReviewPackageQuery;
}

/** The order of an application's files in its folder: as the application shows its modules. */
const SECTION_ORDER = ['photo', 'idCard', ...MODULE_KEYS, 'other'];

/**
 * 评审材料包 (manual 3.4: the evaluation happens offline, the experts need the files): the 材料审核通过
 * applications of a notice and a category within the reviewer's scope (or the listed 申报编号 among them), as
 * one zip streamed into the blob store by the `exports` job: a folder `申报编号_姓名/` per applicant with its
 * 一览表 and every attachment under a readable name, and 汇总表.xlsx.
 */
export function createReviewPackage({
  db,
  cipher,
  blobs,
  summary,
}: {
  db: Kysely<DB>;
  cipher: Pick<FieldCipher, 'decrypt'>;
  blobs: Pick<BlobStore, 'get'>;
  summary: Pick<SummaryTableService, 'forApplication'>;
}) {
  const maskedIdOf = maskedFrom(cipher, maskIdNumber);

  /** The applications the package holds, in the reviewer's scope (the one where clause of every review query). */
  function selected(reviewer: Reviewer, query: ReviewPackageQuery) {
    let q = db
      .selectFrom('applications as a')
      .where(reviewerScope(reviewer))
      .where('a.status', '=', PASSED)
      .where('a.notice_id', '=', query.noticeId)
      .where('a.category', '=', query.category);
    if (query.applicationNumbers?.length) q = q.where('a.number', 'in', query.applicationNumbers);
    return q;
  }

  /**
   * Checks a request before anything is made: the notice exists, every listed 申报编号 is among the notice's
   * 材料审核通过 applications of the category in the reviewer's scope, and there is something to package.
   * Answers how many applications and the notice's title.
   */
  async function check(reviewer: Reviewer, query: ReviewPackageQuery) {
    const notice = await db
      .selectFrom('notices')
      .select('title')
      .where('id', '=', query.noticeId)
      .where('status', '<>', '草稿')
      .executeTakeFirst();
    if (!notice) throw new AppError('NOT_FOUND', '申报通知不存在');
    const listed = query.applicationNumbers ?? [];
    if (listed.length > 0) {
      const found = new Set(
        (await selected(reviewer, query).select('a.number').execute()).map((r) => r.number),
      );
      const missing = listed.filter((n) => !found.has(n));
      if (missing.length > 0) {
        throw fieldError(
          'applicationNumbers',
          `以下申报编号不是该通知${query.category}类中材料审核通过的申报，或不在您的审核范围内：${missing.slice(0, 20).join('、')}${missing.length > 20 ? ` 等${missing.length}个` : ''}`,
        );
      }
      return { count: listed.length, noticeTitle: notice.title };
    }
    const { n } = await selected(reviewer, query)
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    if (n > REVIEW_PACKAGE_MAX) {
      throw new AppError(
        'VALIDATION_FAILED',
        `符合条件的申报有${n}份，一个材料包最多${REVIEW_PACKAGE_MAX}份，请填写申报编号分批生成`,
      );
    }
    return { count: n, noticeTitle: notice.title };
  }

  /** The applications with what the folders and the 汇总表 show, by 申报编号 (at most REVIEW_PACKAGE_MAX). */
  function applications(reviewer: Reviewer, query: ReviewPackageQuery) {
    return selected(reviewer, query)
      .innerJoin('notices as n', 'n.id', 'a.notice_id')
      .innerJoin('employers as e', 'e.id', 'a.employer_id')
      .innerJoin('accounts as p', 'p.id', 'a.applicant_id')
      .select([
        'a.id',
        'a.number',
        'a.applicant_id',
        'a.applicant_name',
        'a.employer_id',
        'a.stage_chain',
        'a.category',
        'a.service_type',
        'a.submitted_at',
        'p.id_number_enc',
        'e.name as employer_name',
        'n.title as notice_title',
        (eb) =>
          eb
            .selectFrom('application_attachments as f')
            .select(sql<number>`count(*)::int`.as('n'))
            .whereRef('f.application_id', '=', 'a.id')
            .as('files'),
      ])
      .orderBy('a.number')
      .execute();
  }

  /** The application's files in the order of its modules, each named `<模块名>_<序号>_<原文件名>`. */
  async function filesOf(applicationId: string) {
    const rows = await db
      .selectFrom('application_attachments as f')
      .leftJoin('application_entries as m', 'm.id', 'f.entry_id')
      .select(['f.slot', 'f.file_name', 'f.blob_key', 'm.module'])
      .where('f.application_id', '=', applicationId)
      .orderBy('f.created_at')
      .orderBy('f.id')
      .execute();
    const sectionOf = (r: (typeof rows)[number]) => (r.slot === 'entry' ? (r.module ?? 'other') : r.slot);
    rows.sort((x, y) => SECTION_ORDER.indexOf(sectionOf(x)) - SECTION_ORDER.indexOf(sectionOf(y)));
    const counts = new Map<string, number>();
    return rows.map((r) => {
      const section = sectionOf(r);
      const label =
        r.slot === 'entry' && r.module
          ? moduleDef(r.module as ModuleKey).label
          : SLOT_RULES[r.slot as 'other'].label;
      const n = (counts.get(section) ?? 0) + 1;
      counts.set(section, n);
      return { name: safeSegment(`${label}_${n}_${r.file_name}`), blobKey: r.blob_key };
    });
  }

  type App = Awaited<ReturnType<typeof applications>>[number];
  const folderOf = (app: App) => safeSegment(`${app.number ?? app.id}_${app.applicant_name}`);

  /** 汇总表.xlsx: one row per applicant, the 证件号码 masked as in the review list's export. */
  function summarySheet(apps: App[], folders: string[], query: ReviewPackageQuery): XlsxSheet<number> {
    const at = (i: number) => apps[i] as App;
    return {
      name: '汇总表',
      title: `评审材料包汇总表（${apps[0]?.notice_title ?? ''}，${query.category}类）`,
      columns: [
        { header: '序号', width: 6, value: (i) => i + 1 },
        { header: '申报编号', width: 16, value: (i) => at(i).number ?? '' },
        { header: '姓名', width: 12, value: (i) => at(i).applicant_name },
        { header: '证件号码', width: 22, value: (i) => maskedIdOf(at(i).id_number_enc) ?? '' },
        { header: '推荐单位', width: 30, value: (i) => at(i).employer_name },
        { header: '申报类别', width: 10, value: (i) => (at(i).category ? `${at(i).category}类` : '') },
        { header: '申报类型', width: 12, value: (i) => at(i).service_type ?? '' },
        { header: '申报时间', width: 18, value: (i) => at(i).submitted_at },
        { header: '附件数', width: 8, value: (i) => at(i).files },
        { header: '材料文件夹', width: 34, value: (i) => folders[i] ?? '' },
      ],
      rows: apps.map((_, i) => i),
    };
  }

  /** Writes the zip into `out`, one applicant's folder after the other, each file streamed from the store. */
  async function write(
    { reviewer, query }: PackageParams,
    out: Writable,
    progress: (rowsDone: number) => Promise<void>,
  ) {
    const apps = await applications(reviewer, query);
    const taken = new Set<string>();
    const folders = apps.map((app) => uniqueName(folderOf(app), taken));
    const zip = zipWriter(out);
    // the 汇总表 first: the experts open it before the folders
    const sheet = new PassThrough();
    await Promise.all([
      writeXlsx(summarySheet(apps, folders, query), sheet),
      zip.add('汇总表.xlsx', async () => sheet),
    ]);
    for (const [i, app] of apps.entries()) {
      const folder = folders[i] as string;
      const names = new Set<string>([SUMMARY_PDF.toLowerCase()]);
      await zip.addBuffer(`${folder}/${SUMMARY_PDF}`, await summary.forApplication(app));
      for (const file of await filesOf(app.id)) {
        const name = uniqueName(file.name, names);
        const stream = await blobs.get(file.blobKey);
        // a file gone from the store (never expected) is named in a note instead of failing the whole package
        if (stream) await zip.add(`${folder}/${name}`, async () => stream);
        else
          await zip.addBuffer(
            `${folder}/${uniqueName(`${name}.缺失.txt`, names)}`,
            Buffer.from(`附件“${name}”的文件已不存在，请联系申报人重新提供。\r\n`),
          );
      }
      await progress(i + 1);
    }
    await zip.end();
  }

  const kind: FileExportKind<PackageParams> = { contentType: ZIP_CONTENT_TYPE, write };
  return { check, kind };
}

export type ReviewPackage = ReturnType<typeof createReviewPackage>;
