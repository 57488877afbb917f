import {
  WORK_CALENDAR_KINDS,
  WORK_CALENDAR_SOURCES,
  type WorkCalendarImportReport,
  type WorkCalendarItem,
  workCalendarDayBodySchema,
  workCalendarThisYear,
} from '@rcpd/shared';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Table,
  type TableColumnsType,
  Tag,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ExcelImportDialog } from '../../../components/ExcelImportDialog';
import { PageTitle } from '../../../components/Layouts';
import { QueryError } from '../../../components/QueryError';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { applyApiError, errorMessage, parseBody } from '../../../forms/errors';
import { fieldRule } from '../../../forms/rules';
import { PATH, useAddDay, useImportYear, useRemoveDay, useWorkCalendar } from './api';

const thisYear = () => workCalendarThisYear();

/** 添加 of one day. */
function AddDayModal({ open, year, onClose }: { open: boolean; year: number; onClose: () => void }) {
  const [form] = Form.useForm<{ day?: Dayjs; kind?: string; name?: string }>();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const add = useAddDay();
  const close = () => {
    form.resetFields();
    setError(null);
    onClose();
  };
  const onFinish = (values: { day?: Dayjs; kind?: string; name?: string }) => {
    setError(null);
    const body = parseBody(form, workCalendarDayBodySchema, {
      ...values,
      day: values.day?.format('YYYY-MM-DD') ?? '',
    });
    if (!body.ok) return setError(body.message);
    add.mutate(body.data, {
      onSuccess: (item) => {
        message.success(`已添加${item.day}（${item.kind}）`);
        close();
      },
      onError: (failure) => setError(applyApiError(form, failure)),
    });
  };
  return (
    <Modal
      open={open}
      title="添加法定节假日或调休上班日"
      onCancel={close}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={close}>
          取消
        </Button>,
        <Button key="save" type="primary" htmlType="submit" form="work-calendar-day" loading={add.isPending}>
          保存
        </Button>,
      ]}
    >
      <Form form={form} name="work-calendar-day" layout="vertical" onFinish={onFinish}>
        <Form.Item label="日期" name="day" required rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} placeholder={`如${year}-10-01`} />
        </Form.Item>
        <Form.Item
          label="类型"
          name="kind"
          required
          rules={[fieldRule(workCalendarDayBodySchema.shape.kind)]}
          extra="法定节假日：这一天不计为工作日（可以是周末）；调休上班：周六或周日上班，计为工作日。"
        >
          <Select
            placeholder="请选择类型"
            options={WORK_CALENDAR_KINDS.map((k) => ({ value: k, label: k }))}
          />
        </Form.Item>
        <Form.Item
          label="节日名称"
          name="name"
          required
          rules={[fieldRule(workCalendarDayBodySchema.shape.name)]}
        >
          <Input maxLength={50} autoComplete="off" placeholder="如：国庆节" />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}

/** 导入 of a year: the year's days become the sheet's, all rows or none. */
function ImportDialog({ open, year, onClose }: { open: boolean; year: number; onClose: () => void }) {
  const mutation = useImportYear();
  return (
    <ExcelImportDialog<WorkCalendarImportReport>
      open={open}
      onClose={onClose}
      title={`导入${year}年工作日历`}
      intro={`上传 Excel 文件（.xlsx，不超过1MB），第一行为列名“日期、类型、名称”，从第二行起每行一天。导入后${year}年的工作日历以文件为准（原有的日期被替换）。全部行正确才会导入；有错误时不导入任何数据，请按错误报告改正后重新导入。`}
      columns={[
        ['日期', `必填，${year}年内的日期，如${year}-10-01，同一日期只能出现一次`],
        ['类型', '必填，“法定节假日”或“调休上班”；调休上班只能是周六或周日'],
        ['名称', '必填，所属节日，如国庆节'],
      ]}
      template={{
        href: `${PATH}/import-template.xlsx?year=${year}`,
        note: `已列出${year}年现有的日期，可修改后导入`,
      }}
      maxBytes={1024 * 1024}
      send={(file) => mutation.mutateAsync({ year, file })}
      busy={mutation.isPending}
      success={(report) =>
        `导入成功：${year}年共${report.imported}天${report.replaced ? `（替换了原有的${report.replaced}天）` : ''}`
      }
    />
  );
}

function RemoveButton({ item }: { item: WorkCalendarItem }) {
  const { message } = App.useApp();
  const remove = useRemoveDay();
  return (
    <Popconfirm
      title={`确定删除${item.day}（${item.kind}）吗？`}
      description="删除后这一天按普通的周一至周五工作、周六周日休息计算。"
      okText="删除"
      cancelText="取消"
      okButtonProps={{ danger: true, loading: remove.isPending }}
      onConfirm={() =>
        remove.mutateAsync(item.day).then(
          () => void message.success(`已删除${item.day}`),
          (error: unknown) => void message.error(errorMessage(error)),
        )
      }
    >
      <Button size="small" danger aria-label={`删除：${item.day}`}>
        删除
      </Button>
    </Popconfirm>
  );
}

/**
 * 工作日历 (系统管理员): the 法定节假日 and 调休上班 days of each year. 公示 periods and every other count of
 * working days read them; a day not listed is a working day from Monday to Friday.
 */
export function WorkCalendarPage() {
  // the year shown is in the address (?year=2027), so that it survives a reload and can be linked
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 1900 && asked <= 2100 ? asked : thisYear();
  const setYear = (y: number) => setParams({ year: String(y) }, { replace: true });
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const query = useWorkCalendar(year);
  const items = query.data?.items ?? [];
  const years = [...new Set([thisYear() + 1, thisYear(), year, ...(query.data?.years ?? [])])].sort(
    (a, b) => b - a,
  );

  const columns: TableColumnsType<WorkCalendarItem> = [
    { title: '日期', dataIndex: 'day', className: 'nowrap' },
    { title: '星期', dataIndex: 'weekday', className: 'nowrap' },
    {
      title: '类型',
      dataIndex: 'kind',
      className: 'nowrap',
      render: (v: WorkCalendarItem['kind']) => <Tag color={v === '法定节假日' ? 'red' : 'blue'}>{v}</Tag>,
    },
    { title: '名称', dataIndex: 'name' },
    {
      title: '来源',
      dataIndex: 'source',
      render: (v: WorkCalendarItem['source']) => WORK_CALENDAR_SOURCES[v],
    },
    { title: '操作', key: 'actions', className: 'nowrap', render: (_, item) => <RemoveButton item={item} /> },
  ];
  const holidays = items.filter((i) => i.kind === '法定节假日').length;

  return (
    <>
      <PageTitle
        extra={
          <span className="row-actions">
            <Button onClick={() => setImporting(true)}>导入</Button>
            <Button type="primary" onClick={() => setAdding(true)}>
              添加日期
            </Button>
          </span>
        }
      >
        工作日历
      </PageTitle>
      <p className="muted">
        公示期等按工作日计算的期限以此日历为准：周一至周五为工作日，标为“法定节假日”的日子除外；周六、周日休息，标为“调休上班”的日子除外。内置国务院办公厅公布的节假日安排，新一年的安排公布后请添加或导入。
      </p>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <Card
        title={<h2 className="card-title">{year}年</h2>}
        extra={
          <Select
            aria-label="年份"
            value={year}
            onChange={setYear}
            style={{ width: 120 }}
            options={years.map((y) => ({ value: y, label: `${y}年` }))}
          />
        }
      >
        {!query.isPending && items.length === 0 ? (
          <Alert
            type="warning"
            showIcon
            title={`${year}年尚无节假日安排：按周一至周五计算工作日。国务院办公厅公布该年安排后，请添加或导入。`}
          />
        ) : (
          <>
            <p className="muted">
              共{items.length}天：法定节假日{holidays}天，调休上班{items.length - holidays}天。
            </p>
            <ScrollRegion label={`${year}年工作日历`}>
              <Table<WorkCalendarItem>
                rowKey="day"
                size="middle"
                loading={query.isPending}
                columns={columns}
                dataSource={items}
                pagination={false}
                caption={<span className="sr-only">{year}年的法定节假日与调休上班日</span>}
              />
            </ScrollRegion>
          </>
        )}
      </Card>
      <AddDayModal open={adding} year={year} onClose={() => setAdding(false)} />
      <ImportDialog open={importing} year={year} onClose={() => setImporting(false)} />
    </>
  );
}
