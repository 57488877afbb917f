import {
  applicationPolicy,
  type ExportItem,
  exportItemSchema,
  type ReviewPackagePreview,
  reviewPackagePreviewSchema,
  reviewPackageRequestSchema,
} from '@rcpd/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { actorOf, requestMeta, requireAuth } from '../../http/auth.js';
import { AppError } from '../../http/errors.js';
import { may } from '../../http/policy.js';
import { safeSegment } from '../../platform/zip.js';
import { recordAudit } from '../audit/audit.service.js';
import type { ExportsService } from '../exports/exports.service.js';
import type { ReviewService } from './review.service.js';
import type { PackageParams, ReviewPackage } from './review-package.js';

const PACKAGE_EXPORT = 'review-package';

/** 评审材料包 of the 管理端 (manual 3.4): previewed, then made in the background and downloaded as a zip. */
export async function reviewPackageRoutes(
  app: FastifyInstance,
  {
    review,
    reviewPackage,
    exports,
    db,
  }: { review: ReviewService; reviewPackage: ReviewPackage; exports: ExportsService; db: Kysely<DB> },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  exports.register<PackageParams>(PACKAGE_EXPORT, reviewPackage.kind);
  const packagers = may(db, applicationPolicy, 'package');
  const tags = ['申报审核'];

  r.post(
    '/api/review/package/preview',
    {
      ...packagers,
      schema: {
        tags,
        summary: '评审材料包：所选申报数',
        body: reviewPackageRequestSchema,
        response: { 200: reviewPackagePreviewSchema },
      },
    },
    async (request): Promise<ReviewPackagePreview> => {
      const reviewer = await review.exportScope(requireAuth(request));
      const { count } = await reviewPackage.check(reviewer, request.body);
      return { count };
    },
  );
  r.post(
    '/api/review/package',
    {
      ...packagers,
      schema: {
        tags,
        summary: '生成评审材料包（后台生成 zip，按导出进度下载）',
        body: reviewPackageRequestSchema,
        response: { 202: exportItemSchema },
      },
    },
    async (request, reply): Promise<ExportItem> => {
      const auth = requireAuth(request);
      const reviewer = await review.exportScope(auth);
      const query = request.body;
      const { count, noticeTitle } = await reviewPackage.check(reviewer, query);
      if (count === 0) {
        throw new AppError(
          'VALIDATION_FAILED',
          `该申报通知的${query.category}类中没有您可以打包的材料审核通过的申报，未生成材料包`,
        );
      }
      // every applicant's documents leave the service: who, which notice and category, how many
      await recordAudit(db, {
        actor: actorOf(auth),
        action: 'review.package.export',
        targetType: 'notice',
        targetId: query.noticeId,
        detail: {
          category: query.category,
          count,
          applicationNumbers: query.applicationNumbers ?? null,
        },
        ...requestMeta(request),
      });
      const item = await exports.start({
        accountId: auth.account.id,
        kind: PACKAGE_EXPORT,
        fileName: `评审材料包_${safeSegment(noticeTitle).slice(0, 40)}_${query.category}类.zip`,
        params: { reviewer, query } satisfies PackageParams,
        rowsTotal: count,
      });
      reply.status(202);
      return item;
    },
  );
}
