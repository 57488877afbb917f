import { employerSearchSchema } from '@rcpd/shared';
import { Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageTitle } from '../../components/Layouts';
import { fieldRule } from '../../forms/rules';
import { EmployerResult } from './EmployerResult';

const BACK = (
  <Link to="/person/rcpd" className="underline-link">
    返回人才分类定级评定
  </Link>
);

/** 去绑定 (manual 3.1.1, 3.1.2): search the employer by its code only, then 绑定 or 解除绑定. */
export function BindingPage() {
  const [form] = Form.useForm<{ uscc: string }>();
  const [uscc, setUscc] = useState<string | null>(null);

  const onFinish = ({ uscc: value }: { uscc: string }) => {
    const parsed = employerSearchSchema.safeParse({ uscc: value });
    if (parsed.success) setUscc(parsed.data.uscc);
  };

  return (
    <>
      <PageTitle extra={BACK}>绑定推荐单位</PageTitle>
      <div className="card-stack">
        <Card title={<h2 className="card-title">查询单位</h2>}>
          <Form form={form} name="employer-search" layout="vertical" onFinish={onFinish}>
            <div className="search-row">
              <Form.Item
                label="统一社会信用代码"
                name="uscc"
                rules={[fieldRule(employerSearchSchema.shape.uscc)]}
                validateFirst
                required
              >
                <Input
                  placeholder="请输入社会统一信用代码"
                  maxLength={18}
                  autoComplete="off"
                  spellCheck={false}
                  onChange={() => setUscc(null)}
                />
              </Form.Item>
              <Button type="primary" htmlType="submit">
                查询
              </Button>
            </div>
          </Form>
          <p className="muted">
            注：个人仅能同时绑定一个推荐单位，若需要绑定新的推荐单位，需要先与原来绑定的推荐单位解绑。
          </p>
        </Card>
        {uscc && <EmployerResult uscc={uscc} />}
      </div>
    </>
  );
}
