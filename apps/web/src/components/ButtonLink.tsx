import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A link that looks like antd's primary button (a link, because it goes somewhere). */
export function ButtonLink({ to, children, ghost }: { to: string; children: ReactNode; ghost?: boolean }) {
  return (
    <Link to={to} className={ghost ? 'button-link button-link-ghost' : 'button-link'}>
      {children}
    </Link>
  );
}
