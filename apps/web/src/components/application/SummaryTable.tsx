import { Button } from 'antd';
import { usePreview } from './FilePreview';

export const SUMMARY_TABLE = '人才分类定级认定一览表';

/** 业务表册信息 (manual 3.2.3): 人才分类定级认定一览表 with 预览 and 下载. */
export function SummaryTable({ url }: { url: (download?: boolean) => string }) {
  const { preview, previewNode } = usePreview();
  return (
    <>
      <table className="plain-table">
        <thead>
          <tr>
            <th scope="col">表册名称</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{SUMMARY_TABLE}</th>
            <td>
              <span className="row-actions">
                <Button
                  type="link"
                  size="small"
                  aria-label={`预览：${SUMMARY_TABLE}`}
                  onClick={() => preview({ url: url(), name: SUMMARY_TABLE, contentType: 'application/pdf' })}
                >
                  预览
                </Button>
                <a
                  className="file-link"
                  href={url(true)}
                  download={`${SUMMARY_TABLE}.pdf`}
                  aria-label={`下载：${SUMMARY_TABLE}`}
                >
                  下载
                </a>
              </span>
            </td>
          </tr>
        </tbody>
      </table>
      {previewNode}
    </>
  );
}
