import { MODULE_GROUPS, MODULES, type ModuleContext } from '@rcpd/shared';
import { useEffect, useMemo } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { FlowTimeline } from '../../../components/application/FlowTimeline';
import { ButtonLink } from '../../../components/ButtonLink';
import { Loading, PageTitle } from '../../../components/Layouts';
import { QueryError } from '../../../components/QueryError';
import { ApplicationHeader } from './ApplicationHeader';
import { applicationPaths, canEdit, moduleContext, useApplication, useCatalogue } from './api';
import { EntryModule } from './EntryModule';
import { ResultCard } from './ResultCard';
import { ReturnedAlert } from './ReturnedAlert';
import { SingleModule } from './SingleModule';

const GROUPS = Object.entries(MODULE_GROUPS) as [keyof typeof MODULE_GROUPS, string][];

/** Scrolls to the element a 数据验证信息 link names (`#module-…`, `#field-…`, `#flow`) and focuses it. */
export function useScrollToHash(ready: boolean) {
  const { hash, key } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new navigation (key) to the same hash scrolls again
  useEffect(() => {
    if (!ready || !hash) return;
    const timer = window.setTimeout(() => {
      const target = document.getElementById(decodeURIComponent(hash.slice(1)));
      if (!target) return;
      // A module or section shows from its title; a single field sits mid-screen with its label and message.
      const whole = target.id.startsWith('module-') || target.id === 'flow';
      target.scrollIntoView({ block: whole ? 'start' : 'center' });
      const focusable = target.matches('input, textarea, button, a, [tabindex]')
        ? target
        : target.querySelector<HTMLElement>('input, textarea, button');
      (focusable ?? target).focus({ preventScroll: true });
    }, 60);
    return () => window.clearTimeout(timer);
  }, [ready, hash, key]);
}

/** 信息填报 (manual 3.2.2): the modules A–D, each saved on its own, then 下一步. */
export function ApplicationPage() {
  const { id = '' } = useParams();
  const query = useApplication(id);
  const catalogue = useCatalogue();
  const detail = query.data;
  const categories = catalogue.data?.categories;
  const ctx = useMemo<ModuleContext | null>(
    () => (detail ? moduleContext(detail, categories) : null),
    [detail, categories],
  );
  useScrollToHash(Boolean(detail));

  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (!detail || !ctx) return <Loading />;
  const editing = MODULES.some((m) => canEdit(detail, m.key));

  return (
    <>
      <PageTitle
        extra={
          <Link to="/person/rcpd" className="underline-link">
            返回人才分类定级评定
          </Link>
        }
      >
        {editing ? '信息填报' : '申报信息'}
      </PageTitle>
      <div className="card-stack">
        <ReturnedAlert detail={detail} />
        <ApplicationHeader detail={detail} />
        <ResultCard detail={detail} />
        {detail.status !== '未提交' && <FlowTimeline flow={detail.flow} />}
        {editing && (
          <p className="muted page-lead">
            请根据自身实际情况逐一如实填写以下申报模块并上传相关附件材料，每个模块填写后点击“保存”。带红色星号的是必填项。
          </p>
        )}
        {catalogue.isError && (
          <QueryError
            title="人才分类目录加载失败"
            error={catalogue.error}
            onRetry={() => void catalogue.refetch()}
          />
        )}
        {GROUPS.map(([group, label]) => (
          <div key={group} className="module-group">
            <h2 className="group-title">
              {group}：{label}
            </h2>
            <div className="card-stack">
              {MODULES.filter((m) => m.group === group).map((def) =>
                def.kind === 'entries' ? (
                  <EntryModule key={def.key} detail={detail} def={def} ctx={ctx} categories={categories} />
                ) : (
                  <SingleModule
                    key={def.key}
                    detail={detail}
                    module={def.key as 'basic' | 'achievement'}
                    ctx={ctx}
                    categories={categories}
                  />
                ),
              )}
            </div>
          </div>
        ))}
      </div>
      <div className="page-actions-end">
        <ButtonLink to={applicationPaths.submitPage(detail.id)}>下一步</ButtonLink>
      </div>
    </>
  );
}
