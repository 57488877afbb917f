import {
  chinaDate,
  type Statistics,
  type StatisticsQuery,
  statisticsQuerySchema,
  TALENT_CATEGORIES,
  type TalentCategory,
} from '@rcpd/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, Select, Table, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { EChartsCoreOption } from 'echarts/core';
import { type ReactNode, useMemo, useState } from 'react';
import { api } from '../../../api/client';
import { categoryText } from '../../../components/format';
import { PageTitle } from '../../../components/Layouts';
import { QueryError } from '../../../components/QueryError';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { Chart } from './Chart';

interface FormValues {
  noticeId?: string;
  category?: TalentCategory;
  dates?: [Dayjs | null, Dayjs | null] | null;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);
const filterOf = (v: FormValues) => ({
  noticeId: v.noticeId,
  category: v.category,
  from: day(v.dates?.[0]),
  to: day(v.dates?.[1]),
});
const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const hours = (h: number | null) => (h === null ? '—' : `${h} 小时`);
const categoryLabel = (c: string) => (c ? categoryText(c as TalentCategory) : '未填写');

/** The date range checked by the shared schema the server uses: the form says what the server would answer. */
const datesRule = {
  validator: async (_: unknown, value: FormValues['dates']) => {
    const parsed = statisticsQuerySchema.safeParse({ from: day(value?.[0]), to: day(value?.[1]) });
    if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? '日期不正确');
  },
};

const bar = (labels: string[], values: number[], horizontal = false): EChartsCoreOption => ({
  tooltip: { trigger: 'axis' },
  grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
  [horizontal ? 'yAxis' : 'xAxis']: {
    type: 'category',
    data: labels,
    inverse: horizontal,
    axisLabel: { interval: 0, width: 120, overflow: 'truncate' },
  },
  [horizontal ? 'xAxis' : 'yAxis']: { type: 'value', minInterval: 1 },
  series: [{ type: 'bar', data: values, barMaxWidth: 36 }],
});
const pie = (items: { name: string; value: number }[]): EChartsCoreOption => ({
  tooltip: { trigger: 'item' },
  legend: { bottom: 0, type: 'scroll' },
  series: [
    {
      type: 'pie',
      radius: ['35%', '65%'],
      center: ['50%', '45%'],
      data: items.filter((i) => i.value > 0),
      label: { formatter: '{b}：{c}' },
    },
  ],
});

/** A figure: its chart and, beside it, the same numbers as a table. */
function Figure<Row extends object>({
  title,
  option,
  columns,
  rows,
  rowKey,
  height,
  wide,
  note,
  pageSize,
}: {
  title: string;
  option: EChartsCoreOption;
  columns: TableColumnsType<Row>;
  rows: Row[];
  rowKey: keyof Row | ((row: Row) => string);
  height?: number;
  wide?: boolean;
  note?: string;
  /** a long table shows this many rows a page */
  pageSize?: number;
}) {
  return (
    <Card
      title={<h2 className="card-title">{title}</h2>}
      className={wide ? 'stat-card stat-card-wide' : 'stat-card'}
    >
      <div className="stat-figure">
        <Chart option={option} height={height} />
        <ScrollRegion label={`${title}（数据表）`}>
          <Table<Row>
            size="small"
            // figures stay on one line: a table wider than the card scrolls inside its focusable region
            columns={columns.map((c) => ({ ...c, className: 'nowrap' }))}
            dataSource={rows}
            rowKey={rowKey as string}
            pagination={pageSize && rows.length > pageSize ? { pageSize, showSizeChanger: false } : false}
            locale={{ emptyText: '暂无数据' }}
          />
        </ScrollRegion>
        {note && <p className="muted">{note}</p>}
      </div>
    </Card>
  );
}

const count = (title = '申报数') => ({
  title,
  dataIndex: 'count',
  align: 'right' as const,
  className: 'nowrap',
});

function Figures({ s }: { s: Statistics }) {
  const options = useMemo(() => {
    const stageNames = s.stages.map((r) => r.stageName);
    return {
      status: bar(
        s.byStatus.map((r) => r.status),
        s.byStatus.map((r) => r.count),
        true,
      ),
      category: pie(s.byCategory.map((r) => ({ name: categoryLabel(r.category), value: r.count }))),
      employer: bar(
        s.byEmployer.map((r) => r.name),
        s.byEmployer.map((r) => r.count),
        true,
      ),
      notice: bar(
        s.byNotice.map((r) => r.title),
        s.byNotice.map((r) => r.count),
        true,
      ),
      perDay: {
        tooltip: { trigger: 'axis' },
        grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: s.perDay.map((r) => r.day) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'line', data: s.perDay.map((r) => r.count), areaStyle: { opacity: 0.15 } }],
      },
      stages: {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 8, right: 24, top: 56, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: stageNames },
        yAxis: { type: 'value', minInterval: 1 },
        series: (
          [
            ['待审核', 'waiting'],
            ['审核通过', 'passed'],
            ['退回', 'returned'],
            ['审核不通过终止审核', 'terminated'],
          ] as const
        ).map(([name, key]) => ({ name, type: 'bar', data: s.stages.map((r) => r[key]) })),
      },
      results: {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 8, right: 24, top: 56, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: s.results.map((r) => `${r.category}类`) },
        yAxis: { type: 'value', minInterval: 1 },
        series: (['认定通过', '调整类别认定', '不予认定'] as const).map((name) => ({
          name,
          type: 'bar',
          stack: 'total',
          data: s.results.map((r) => r[name]),
        })),
      },
      certificates: pie(s.certificates.map((r) => ({ name: r.status, value: r.count }))),
    } satisfies Record<string, EChartsCoreOption>;
  }, [s]);

  return (
    <div className="stat-grid">
      <Figure
        title="按业务状态"
        option={options.status}
        rows={s.byStatus}
        rowKey="status"
        columns={[{ title: '业务状态', dataIndex: 'status', className: 'nowrap' }, count()]}
      />
      <Figure
        title="按申报人才类别"
        option={options.category}
        rows={s.byCategory}
        rowKey="category"
        columns={[
          { title: '申报人才类别', dataIndex: 'category', render: (c: string) => categoryLabel(c) },
          count(),
        ]}
      />
      <Figure
        title="按推荐单位（前20名及其他）"
        option={options.employer}
        height={Math.max(240, s.byEmployer.length * 26 + 40)}
        rows={s.byEmployer}
        rowKey={(r) => r.employerId ?? '其他'}
        columns={[{ title: '推荐单位', dataIndex: 'name' }, count()]}
      />
      <Figure
        title="按申报通知"
        option={options.notice}
        height={Math.max(200, s.byNotice.length * 30 + 40)}
        rows={s.byNotice}
        rowKey="noticeId"
        columns={[{ title: '申报通知', dataIndex: 'title' }, count()]}
      />
      <Figure
        title="每日提交"
        wide
        pageSize={10}
        option={options.perDay}
        rows={s.perDay}
        rowKey="day"
        columns={[{ title: '提交日期', dataIndex: 'day', className: 'nowrap' }, count('提交数')]}
      />
      <Figure
        title="审核环节"
        wide
        note="用时为到达该环节至作出审核决定的时间（精度约±5%）；按提交日期筛选时不统计用时。"
        option={options.stages}
        rows={s.stages}
        rowKey="stage"
        columns={[
          { title: '审核环节', dataIndex: 'stageName', className: 'nowrap' },
          { title: '待审核', dataIndex: 'waiting', align: 'right' },
          { title: '已审核', dataIndex: 'decided', align: 'right' },
          { title: '审核通过', dataIndex: 'passed', align: 'right' },
          { title: '退回', dataIndex: 'returned', align: 'right' },
          { title: '终止审核', dataIndex: 'terminated', align: 'right' },
          { title: '通过率', dataIndex: 'passRate', align: 'right', render: percent },
          { title: '退回率', dataIndex: 'returnRate', align: 'right', render: percent },
          { title: '终止率', dataIndex: 'terminateRate', align: 'right', render: percent },
          { title: '用时中位数', dataIndex: 'medianHours', className: 'nowrap', render: hours },
          { title: '用时90%分位', dataIndex: 'p90Hours', className: 'nowrap', render: hours },
        ]}
      />
      <Figure
        title="评审结果（按申报人才类别）"
        option={options.results}
        rows={s.results}
        rowKey="category"
        columns={[
          { title: '申报人才类别', dataIndex: 'category', render: (c: string) => categoryLabel(c) },
          { title: '认定通过', dataIndex: '认定通过', align: 'right' },
          { title: '调整类别认定', dataIndex: '调整类别认定', align: 'right' },
          { title: '不予认定', dataIndex: '不予认定', align: 'right' },
          { title: '合计', dataIndex: 'total', align: 'right' },
        ]}
      />
      <Figure
        title="证书状态"
        option={options.certificates}
        rows={s.certificates}
        rowKey="status"
        columns={[{ title: '证书状态', dataIndex: 'status', className: 'nowrap' }, count('证书数')]}
      />
    </div>
  );
}

/**
 * 统计分析 (业务管理员): applications by status, category, employer, notice and day; the review stages; results and
 * certificates. Each chart has its numbers in a table beside it; 导出Excel saves every figure, one sheet each.
 */
export function StatisticsPage() {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [filter, setFilter] = useState<Partial<StatisticsQuery>>({});
  const [busy, setBusy] = useState(false);
  const query = useQuery({
    queryKey: ['department', 'statistics', filter],
    queryFn: () => api.get('/api/department/statistics', { query: filter }),
    placeholderData: keepPreviousData,
  });
  const exportFigures = async () => {
    setBusy(true);
    try {
      await api.download('/api/department/statistics.xlsx', '统计分析.xlsx', { query: filter });
    } catch (error) {
      message.error(error instanceof Error ? error.message : '导出失败，请重试');
    } finally {
      setBusy(false);
    }
  };
  const today = dayjs(chinaDate(new Date()));
  let body: ReactNode = null;
  if (query.isError) body = <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data) body = <Figures s={query.data} />;

  return (
    <>
      <PageTitle>统计分析</PageTitle>
      <Form<FormValues>
        form={form}
        name="statistics-filters"
        layout="vertical"
        className="queue-filters"
        onFinish={(values) => {
          const parsed = statisticsQuerySchema.safeParse(filterOf(values));
          if (parsed.success) setFilter(parsed.data);
        }}
        role="search"
        aria-label="筛选统计范围"
      >
        <Form.Item label="申报通知" name="noticeId">
          <Select
            allowClear
            placeholder="全部"
            showSearch={{ optionFilterProp: 'label' }}
            options={(query.data?.notices ?? []).map((n) => ({ value: n.id, label: n.title }))}
          />
        </Form.Item>
        <Form.Item label="提交日期" name="dates" rules={[datesRule]}>
          <DatePicker.RangePicker
            className="full-width"
            allowEmpty={[true, true]}
            order={false}
            placeholder={['开始日期', '结束日期']}
            disabledDate={(d) => d.isAfter(today, 'day')}
          />
        </Form.Item>
        <Form.Item label="申报人才类别" name="category">
          <Select
            allowClear
            placeholder="全部"
            options={TALENT_CATEGORIES.map((c) => ({ value: c, label: categoryText(c) }))}
          />
        </Form.Item>
        <div className="queue-filter-actions">
          <Button type="primary" htmlType="submit" loading={query.isFetching && !query.isPending}>
            查询
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              setFilter({});
            }}
          >
            重置
          </Button>
          <Button onClick={() => void exportFigures()} loading={busy}>
            导出Excel
          </Button>
        </div>
      </Form>
      {query.isPending ? <Card loading /> : body}
    </>
  );
}
