import { MenuOutlined, UserOutlined } from '@ant-design/icons';
import type { Role } from '@rcpd/shared';
import { App, Button, Drawer, Menu, type MenuProps } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { logoutAndLeave } from '../api/session';
import { errorMessage } from '../forms/errors';
import type { PortalConfig } from '../portals/config';
import { hasRole, useAccount } from './account';
import { clearAccountDrafts } from './drafts';
import { SiteFooter } from './Layouts';
import { NotificationBell } from './NotificationBell';
import { SessionRenewal } from './SessionRenewal';
import { UnsavedChangesProvider, useUnsavedChanges } from './UnsavedChanges';
import { useIsMobile } from './useIsMobile';

/** An entry of a portal's menu: a page (`path`) or a submenu (`children`). */
export interface MenuEntry {
  key: string;
  label: string;
  path?: string;
  roles?: readonly Role[];
  children?: MenuEntry[];
}

type MenuItems = NonNullable<MenuProps['items']>;

function toItems(entries: MenuEntry[], allowed: (entry: MenuEntry) => boolean): MenuItems {
  return entries
    .filter(allowed)
    .map((entry) =>
      entry.children
        ? { key: entry.key, label: entry.label, children: toItems(entry.children, allowed) }
        : { key: entry.key, label: <Link to={entry.path ?? '/'}>{entry.label}</Link> },
    );
}

/** The entry whose path is the longest prefix of the current path, and the submenus above it. */
function findSelected(entries: MenuEntry[], pathname: string): { selected?: string; parents: string[] } {
  let best: { selected?: string; parents: string[]; length: number } = { parents: [], length: -1 };
  const walk = (list: MenuEntry[], parents: string[]) => {
    for (const entry of list) {
      if (entry.children) walk(entry.children, [...parents, entry.key]);
      const path = entry.path;
      if (!path) continue;
      const matches = pathname === path || pathname.startsWith(`${path}/`);
      if (matches && path.length > best.length) best = { selected: entry.key, parents, length: path.length };
    }
  };
  walk(entries, []);
  return best;
}

interface ShellProps {
  config: PortalConfig;
  menu: MenuEntry[];
  children: ReactNode;
}

/**
 * The frame of every portal: portal name, account name with 安全退出, and the portal's menu (a drawer on a
 * phone); around the page, the guard of unsaved changes and the sign-in again of a session that ended.
 */
export function PortalShell(props: ShellProps) {
  return (
    <UnsavedChangesProvider>
      <Frame {...props} />
      <SessionRenewal portal={props.config.portal} />
    </UnsavedChangesProvider>
  );
}

function Frame({ config, menu, children }: ShellProps) {
  const account = useAccount();
  const unsaved = useUnsavedChanges();
  const { message, modal } = App.useApp();
  const { pathname } = useLocation();
  const mobile = useIsMobile();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const items = useMemo(() => toItems(menu, (entry) => hasRole(account, entry.roles)), [menu, account]);
  const { selected, parents } = findSelected(menu, pathname);
  const [openKeys, setOpenKeys] = useState<string[]>(parents);

  const logout = async () => {
    // 安全退出 takes the drafts kept in this browser with it (a computer at a service hall is shared): ask first
    if (unsaved?.anyDirty()) {
      const confirmed = await modal.confirm({
        title: '有未保存的内容',
        content: '安全退出后，本页尚未保存的内容将被清除。确定退出吗？',
        okText: '安全退出',
        cancelText: '取消',
      });
      if (!confirmed) return;
    }
    unsaved?.allowLeaving();
    clearAccountDrafts(account.id);
    setLeaving(true);
    try {
      await logoutAndLeave('/');
    } catch (error) {
      setLeaving(false);
      message.error(errorMessage(error));
    }
  };

  const nav = (
    <nav aria-label="主菜单" className="shell-nav">
      <Menu
        mode="inline"
        style={{ borderInlineEnd: 'none' }}
        items={items}
        selectedKeys={selected ? [selected] : []}
        openKeys={openKeys}
        onOpenChange={setOpenKeys}
        onClick={() => setDrawerOpen(false)}
      />
    </nav>
  );

  return (
    <div className="page">
      <header className="shell-header">
        {mobile && (
          <Button
            className="shell-menu-button"
            type="text"
            icon={<MenuOutlined />}
            aria-label="打开菜单"
            aria-expanded={drawerOpen}
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <Link to={config.home} className="shell-brand">
          {config.title}
        </Link>
        <div className="shell-account">
          <NotificationBell to={`${config.home}/messages`} />
          <span className="shell-account-name">
            <UserOutlined aria-hidden />
            {account.displayName}
          </span>
          <Button size="small" ghost onClick={logout} loading={leaving}>
            安全退出
          </Button>
        </div>
      </header>
      <div className="shell-body">
        {!mobile && <div className="shell-side">{nav}</div>}
        <main className="shell-main">{children}</main>
      </div>
      <SiteFooter />
      {mobile && (
        <Drawer
          title="菜单"
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={260}
          styles={{ body: { padding: 8 } }}
        >
          {nav}
        </Drawer>
      )}
    </div>
  );
}
