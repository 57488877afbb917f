import { Result } from 'antd';
import { ButtonLink } from '../components/ButtonLink';
import { DocumentTitle, PublicLayout } from '../components/Layouts';

/** 页面不存在, inside whatever frame the page has; `home` is where the way back leads. */
export function NotFoundResult({ home = '/' }: { home?: string }) {
  return (
    <>
      <DocumentTitle title="页面不存在" />
      <Result
        status="404"
        title={<h1 className="result-title">页面不存在</h1>}
        subTitle="您访问的页面不存在或已被移除。"
        extra={<ButtonLink to={home}>返回首页</ButtonLink>}
      />
    </>
  );
}

export function NotFoundPage() {
  return (
    <PublicLayout>
      <NotFoundResult />
    </PublicLayout>
  );
}
