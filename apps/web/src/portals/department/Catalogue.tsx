import { type CatalogueCategory, type CatalogueItem, catalogueCategorySchema } from '@rcpd/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Select, Spin, Table, type TableColumnsType, Tabs } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { PageTitle } from '../../components/Layouts';
import { QueryError } from '../../components/QueryError';
import { ScrollRegion } from '../../components/ScrollRegion';
import { StatusTag } from '../../components/StatusTag';
import { useIsMobile } from '../../components/useIsMobile';
import { applyApiError, errorMessage, parseBody } from '../../forms/errors';
import { fieldRule } from '../../forms/rules';
import { CatalogueItemModal, type EditingItem } from './CatalogueItemModal';
import { catalogueKey, useCatalogue } from './catalogue';

function ToggleItem({ item }: { item: CatalogueItem }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const mutation = useMutation({
    mutationFn: (enabled: boolean) =>
      api.patch('/api/department/catalogue/items/{id}', { params: { id: item.id }, body: { enabled } }),
    onSuccess: (_d, enabled) => message.success(enabled ? '已启用' : '已停用'),
    onError: (error) => message.error(errorMessage(error)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: catalogueKey }),
  });
  const label = item.enabled ? '停用' : '启用';
  return (
    <Button
      size="small"
      danger={item.enabled}
      loading={mutation.isPending}
      aria-label={`${label}：${item.code}`}
      onClick={() => mutation.mutate(!item.enabled)}
    >
      {label}
    </Button>
  );
}

function CategoryName({ category }: { category: CatalogueCategory }) {
  const [form] = Form.useForm<{ name: string }>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (body: { name: string }) =>
      api.put('/api/department/catalogue/categories/{code}', { params: { code: category.code }, body }),
    onSuccess: () => message.success('类别名称已保存'),
    onError: (failure) => setError(applyApiError(form, failure)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: catalogueKey }),
  });
  const onFinish = (values: { name: string }) => {
    setError(null);
    const body = parseBody(form, catalogueCategorySchema, values);
    if (body.ok) mutation.mutate(body.data);
    else setError(body.message);
  };
  return (
    <Form
      form={form}
      name={`category-${category.code}`}
      layout="vertical"
      initialValues={{ name: category.name }}
      onFinish={onFinish}
    >
      <div className="search-row">
        <Form.Item
          label={`${category.code}类名称`}
          name="name"
          rules={[fieldRule(catalogueCategorySchema.shape.name)]}
          required
        >
          <Input maxLength={50} />
        </Form.Item>
        <Button htmlType="submit" loading={mutation.isPending}>
          保存名称
        </Button>
      </div>
      {error && <Alert type="error" showIcon title={error} />}
    </Form>
  );
}

function CategoryPanel({ category, edit }: { category: CatalogueCategory; edit: (e: EditingItem) => void }) {
  const columns: TableColumnsType<CatalogueItem> = [
    { title: '条款编号', dataIndex: 'code', className: 'nowrap' },
    { title: '条款内容', dataIndex: 'text', render: (v: string) => <span className="cell-text">{v}</span> },
    { title: '排序', dataIndex: 'sort', className: 'nowrap' },
    {
      title: '状态',
      dataIndex: 'enabled',
      className: 'nowrap',
      render: (enabled: boolean) => (
        <StatusTag tone={enabled ? 'success' : 'neutral'}>{enabled ? '启用' : '停用'}</StatusTag>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      className: 'nowrap',
      render: (_: unknown, item) => (
        <div className="table-actions">
          <Button
            size="small"
            aria-label={`编辑：${item.code}`}
            onClick={() => edit({ category: category.code, item })}
          >
            编辑
          </Button>
          <ToggleItem item={item} />
        </div>
      ),
    },
  ];
  return (
    <div className="card-stack">
      <CategoryName key={category.name} category={category} />
      <div className="table-toolbar">
        <h2 className="card-title">条款</h2>
        <Button type="primary" onClick={() => edit({ category: category.code, item: null })}>
          添加条款
        </Button>
      </div>
      <ScrollRegion label={`${category.code}类条款列表`}>
        <Table<CatalogueItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={category.items}
          pagination={false}
          tableLayout="auto"
          locale={{ emptyText: '暂无条款' }}
        />
      </ScrollRegion>
    </div>
  );
}

/**
 * Tabs A–E; at phone width a 人才类别 select instead (the tab strip would hide categories behind a 更多
 * button that sits inside the tab list).
 */
function Categories({
  categories,
  edit,
}: {
  categories: CatalogueCategory[];
  edit: (e: EditingItem) => void;
}) {
  const mobile = useIsMobile();
  const [active, setActive] = useState<string>(categories[0]?.code ?? 'A');
  const label = (c: CatalogueCategory) => `${c.code}类 ${c.name}`;
  if (!mobile)
    return (
      <div className="tabs-panel">
        <Tabs
          activeKey={active}
          onChange={setActive}
          items={categories.map((category) => ({
            key: category.code,
            label: label(category),
            children: <CategoryPanel category={category} edit={edit} />,
          }))}
        />
      </div>
    );
  const current = categories.find((c) => c.code === active) ?? categories[0];
  return (
    <div className="tabs-panel">
      <div className="table-toolbar">
        <label htmlFor="catalogue-category">人才类别</label>
        <Select
          id="catalogue-category"
          value={current?.code}
          onChange={setActive}
          options={categories.map((c) => ({ value: c.code, label: label(c) }))}
          style={{ flex: 1, minWidth: 0 }}
        />
      </div>
      {current && <CategoryPanel category={current} edit={edit} />}
    </div>
  );
}

/** 人才分类目录 (系统管理员): categories A–E, each with its name and 条款. */
export function CataloguePage() {
  const query = useCatalogue();
  const [editing, setEditing] = useState<EditingItem | null>(null);
  return (
    <>
      <PageTitle>人才分类目录</PageTitle>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && !query.isError && <Spin />}
      {query.data && <Categories categories={query.data.categories} edit={setEditing} />}
      <CatalogueItemModal editing={editing} onClose={() => setEditing(null)} />
    </>
  );
}
