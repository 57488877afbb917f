import { Spin } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { Link } from 'react-router';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>主办单位：吉林省人力资源和社会保障厅</p>
      <p>人才分类定级评定系统</p>
    </footer>
  );
}

/** Pages before sign-in: landing, unified identity, registration, password recovery. */
export function PublicLayout({ children, brandHeading }: { children: ReactNode; brandHeading?: boolean }) {
  return (
    <div className="page">
      <header className="site-header">
        {brandHeading ? (
          <h1 className="site-brand">吉林智慧人社网上办事大厅</h1>
        ) : (
          <Link to="/" className="site-brand">
            吉林智慧人社网上办事大厅
          </Link>
        )}
      </header>
      <main className="site-main">{children}</main>
      <SiteFooter />
    </div>
  );
}

export const SITE_NAME = '人才分类定级评定系统';

/**
 * Sets the browser tab's title. (A rendered <title> would be added after index.html's own, which the browser
 * keeps using.)
 */
export function DocumentTitle({ title }: { title: string }) {
  useEffect(() => {
    document.title = `${title} - ${SITE_NAME}`;
  }, [title]);
  return null;
}

/** The page's one h1, also used as the browser tab's title. */
export function PageTitle({ children, extra }: { children: string; extra?: ReactNode }) {
  return (
    <div className="page-title">
      <DocumentTitle title={children} />
      <h1>{children}</h1>
      {extra}
    </div>
  );
}

export function Loading() {
  return (
    <div className="loading" role="status">
      <Spin />
      <span className="sr-only">正在加载</span>
    </div>
  );
}
