import { BankOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { DocumentTitle, PublicLayout } from '../components/Layouts';

function Entry({ to, icon, title, text }: { to: string; icon: ReactNode; title: string; text: string }) {
  return (
    <li>
      <Link to={to} className="entry-card">
        <span className="entry-icon" aria-hidden>
          {icon}
        </span>
        <span className="entry-title">{title}</span>
        <span className="entry-text">{text}</span>
      </Link>
    </li>
  );
}

/** 吉林智慧人社网上办事大厅: where every user starts. */
export function LandingPage() {
  return (
    <PublicLayout brandHeading>
      <DocumentTitle title="吉林智慧人社网上办事大厅" />
      <section className="landing-intro" aria-labelledby="intro-title">
        <h2 id="intro-title">人才分类定级评定</h2>
        <p>
          人才分类定级评定是吉林省依据《吉林省人才分类目录》，对在吉工作的各类人才进行分类认定的业务。申报人在个人网厅绑定推荐单位、填写申报信息并上传证明材料；推荐单位在单位网厅审核绑定申请和申报材料；人社部门在管理端完成审核、公布评审结果并发放电子证书。
        </p>
        <p>
          人才类别分为 A 国内外顶尖人才、B 国家级领军人才、C 省部级领军人才、D 省域拔尖人才、E 青年后备人才。
        </p>
      </section>
      <section aria-labelledby="entry-title">
        <h2 id="entry-title" className="sr-only">
          登录入口
        </h2>
        <ul className="entry-list">
          <Entry
            to="/login?type=person"
            icon={<UserOutlined />}
            title="个人账号登录入口"
            text="申报人注册、登录个人网厅，办理人才分类定级评定申报"
          />
          <Entry
            to="/login?type=employer"
            icon={<BankOutlined />}
            title="单位账号登录入口"
            text="推荐单位注册、登录单位网厅，审核绑定申请和申报材料"
          />
          <Entry
            to="/admin/login"
            icon={<SafetyCertificateOutlined />}
            title="管理端登录"
            text="人社部门业务管理员、审核人、系统管理员和安全审计员使用"
          />
        </ul>
      </section>
      <section className="landing-links" aria-labelledby="public-title">
        <h2 id="public-title">信息公开</h2>
        <ul>
          <li>
            <Link to="/publicity" className="underline-link">
              人才分类定级认定结果公示
            </Link>
            <span className="muted">
              ：正在公示的认定结果，公示期内可向吉林省人力资源和社会保障厅反映异议
            </span>
          </li>
        </ul>
      </section>
    </PublicLayout>
  );
}
