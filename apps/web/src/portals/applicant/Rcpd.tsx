import type { PublishedNotice } from '@rcpd/shared';
import { useState } from 'react';
import { ButtonLink } from '../../components/ButtonLink';
import { PageTitle } from '../../components/Layouts';
import { ApplyModal } from './ApplyModal';
import { ApplicationHistory } from './application/ApplicationHistory';
import { MyCertificates } from './MyCertificates';
import { NoticeList } from './NoticeList';
import { RecommendingCard } from './RecommendingCard';

/**
 * 【人事人才】——【人才分类定级评定】: the 推荐单位, the open 申报通知 with 申报, the 申报历史信息, 我的证照, and at the
 * lower right 去绑定 and 点击查看绑定单位申报状态 (manual 3.1, 3.2.1, 3.3.2, 3.5).
 */
export function ApplicantRcpd() {
  const [applying, setApplying] = useState<PublishedNotice | null>(null);
  return (
    <>
      <PageTitle>人才分类定级评定</PageTitle>
      <div className="card-stack">
        <RecommendingCard />
        <NoticeList onApply={setApplying} />
        <ApplicationHistory />
        <MyCertificates />
      </div>
      <div className="page-actions-end">
        <ButtonLink to="/person/rcpd/binding">去绑定</ButtonLink>
        <ButtonLink to="/person/rcpd/bindings" ghost>
          点击查看绑定单位申报状态
        </ButtonLink>
      </div>
      <ApplyModal notice={applying} onClose={() => setApplying(null)} />
    </>
  );
}
