import { BellOutlined } from '@ant-design/icons';
import { Badge } from 'antd';
import { Link } from 'react-router';
import { useUnreadCount } from '../api/notifications';

/** The header's 站内消息 link with the unread count. */
export function NotificationBell({ to }: { to: string }) {
  const query = useUnreadCount();
  const unread = query.data ?? 0;
  const label = unread > 0 ? `站内消息，${unread}条未读` : '站内消息';
  return (
    <Link to={to} className="shell-bell" aria-label={label} title={label}>
      <span aria-hidden>
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined />
        </Badge>
      </span>
    </Link>
  );
}
