import {
  type CatalogueCategory,
  MODULE_GROUPS,
  MODULES,
  type ModuleDef,
  type ReviewDetail,
  SLOT_RULES,
} from '@rcpd/shared';
import { Card, Image, Tag } from 'antd';
import type { ReactNode } from 'react';
import { FileList, type FileUrl } from '../../components/application/FileList';
import { IdentityFields } from '../../components/application/IdentityFields';
import { ValuesView } from '../../components/application/ValuesView';
import { reviewPaths } from './api';

const GROUPS = Object.entries(MODULE_GROUPS) as [keyof typeof MODULE_GROUPS, string][];

/** A module as the reviewer reads it: its title, marked 已修改 when the last resubmission changed it. */
function ReadOnlyCard({
  id,
  title,
  changed,
  level = 3,
  children,
}: {
  id: string;
  title: string;
  changed: boolean;
  level?: 2 | 3;
  children: ReactNode;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <Card
      id={id}
      role="region"
      aria-labelledby={`${id}-title`}
      className="module-card"
      title={
        <Heading className="card-title module-title">
          <span id={`${id}-title`}>{title}</span>
          {changed && <Tag className="status-tag status-tag-pending">已修改</Tag>}
        </Heading>
      }
    >
      {children}
    </Card>
  );
}

function Photo({ detail, url }: { detail: ReviewDetail; url: FileUrl }) {
  const files = detail.attachments.filter((a) => a.slot === 'photo');
  const photo = files[0];
  return (
    <section className="photo-field" aria-labelledby="photo-title">
      <h4 id="photo-title" className="field-heading">
        个人照片
      </h4>
      <div className="photo-row">
        <div className="photo-frame">
          {photo ? (
            <Image width={96} height={128} src={url(photo)} alt="个人照片" className="photo-image" />
          ) : (
            <span className="muted">未上传</span>
          )}
        </div>
        <div className="photo-side">
          <FileList files={files} url={url} empty="" />
        </div>
      </div>
    </section>
  );
}

function Entries({ def, detail, url, categories }: ModuleProps) {
  const entries = detail.entries.filter((e) => e.module === def.key);
  if (entries.length === 0) return <p className="muted entry-empty">未填写</p>;
  return (
    <ol className="review-entries">
      {entries.map((entry, i) => (
        <li key={entry.id}>
          <h4 id={`entry-${entry.id}`} className="field-heading">
            {def.label}第{i + 1}条
          </h4>
          <ValuesView module={def.key} values={entry.values} categories={categories} />
          {def.attachments && (
            <div className="review-entry-files">
              <span className="muted">附件：</span>
              <FileList files={entry.attachments} url={url} />
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}

interface ModuleProps {
  def: ModuleDef;
  detail: ReviewDetail;
  url: FileUrl;
  categories?: readonly CatalogueCategory[];
}

function ModuleBody({ def, detail, url, categories }: ModuleProps) {
  if (def.kind === 'entries') return <Entries def={def} detail={detail} url={url} categories={categories} />;
  const key = def.key as 'basic' | 'achievement';
  return (
    <>
      {key === 'basic' && <IdentityFields identity={detail.identity} />}
      <ValuesView module={key} values={detail.modules[key]?.values} categories={categories} />
      {key === 'basic' && <Photo detail={detail} url={url} />}
    </>
  );
}

/** Every module A–D read-only, then 材料附件信息 (身份证正反面, 其他材料), with 预览 and 下载 of each file. */
export function ReviewModules({
  detail,
  categories,
}: {
  detail: ReviewDetail;
  categories?: readonly CatalogueCategory[];
}) {
  const url: FileUrl = (file, download) => reviewPaths.attachment(detail.id, file.id, download);
  const changed = new Set((detail.changes ?? []).map((c) => c.section));
  return (
    <>
      {GROUPS.map(([group, label]) => (
        <div key={group} className="module-group">
          <h2 className="group-title">
            {group}：{label}
          </h2>
          <div className="card-stack">
            {MODULES.filter((m) => m.group === group).map((def) => (
              <ReadOnlyCard
                key={def.key}
                id={`module-${def.key}`}
                title={def.label}
                changed={changed.has(def.key)}
              >
                <ModuleBody def={def} detail={detail} url={url} categories={categories} />
              </ReadOnlyCard>
            ))}
          </div>
        </div>
      ))}
      <ReadOnlyCard id="attachments" title="材料附件信息" changed={changed.has('attachments')} level={2}>
        <table className="plain-table">
          <thead>
            <tr>
              <th scope="col">材料名称</th>
              <th scope="col">附件</th>
            </tr>
          </thead>
          <tbody>
            {(['idCard', 'other'] as const).map((slot) => (
              <tr key={slot}>
                <th scope="row" className="slot-name nowrap">
                  {SLOT_RULES[slot].label}
                </th>
                <td>
                  <FileList
                    files={detail.attachments.filter((a) => a.slot === slot)}
                    url={url}
                    empty="未上传"
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ReadOnlyCard>
    </>
  );
}
