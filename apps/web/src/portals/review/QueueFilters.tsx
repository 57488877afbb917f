import { APPLICATION_STATUSES, TALENT_CATEGORIES } from '@rcpd/shared';
import { Button, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { optionLabel } from '../../components/application/catalogue';
import { useIsMobile } from '../../components/useIsMobile';
import { type Filters, type ReviewOptions, useReviewEmployers } from './api';

const DAY = 'YYYY-MM-DD';

interface FormValues {
  noticeId?: string;
  status?: string;
  employerId?: string;
  category?: string;
  dates?: [Dayjs | null, Dayjs | null] | null;
  q?: string;
}

const STATUS_OPTIONS = APPLICATION_STATUSES.filter((s) => s !== '未提交').map((s) => ({
  value: s,
  label: s,
}));
const CATEGORY_OPTIONS = TALENT_CATEGORIES.map((c) => ({ value: c, label: optionLabel(c, undefined) }));

function toForm(filters: Filters): FormValues {
  const { submittedFrom: from, submittedTo: to } = filters;
  return {
    noticeId: filters.noticeId,
    status: filters.status,
    employerId: filters.employerId,
    category: filters.category,
    dates: from || to ? [from ? dayjs(from) : null, to ? dayjs(to) : null] : null,
    q: filters.q,
  };
}

function toFilters(values: FormValues): Filters {
  const [from, to] = values.dates ?? [];
  return {
    noticeId: values.noticeId,
    status: values.status,
    employerId: values.employerId,
    category: values.category,
    submittedFrom: from?.format(DAY),
    submittedTo: to?.format(DAY),
    q: values.q?.trim() || undefined,
  };
}

/**
 * 推荐单位: the first ones by name at once; what is typed asks the server for the names that hold it, so an
 * employer of thousands is found by its name, and one chosen from the URL shows its name.
 */
function EmployerSelect({
  first,
  value,
  onChange,
  id,
}: {
  first: { id: string; name: string }[];
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
}) {
  const [text, setText] = useState('');
  const { matches, named, searching } = useReviewEmployers({ q: text.trim(), id: value });
  const shown = matches ?? first;
  const list = named && !shown.some((e) => e.id === named.id) ? [named, ...shown] : shown;
  return (
    <Select
      id={id}
      value={value}
      onChange={(next) => {
        setText('');
        onChange?.(next);
      }}
      allowClear
      placeholder="全部（可输入单位名称搜索）"
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      loading={searching}
      notFoundContent={searching ? '正在搜索…' : '没有名称含此文字的推荐单位'}
      options={list.map((e) => ({ value: e.id, label: e.name }))}
      classNames={{ popup: { root: 'wrap-popup' } }}
    />
  );
}

/** 查询 applies the filters (they go to the URL, so 返回 from a detail finds them again); 重置 clears them. */
export function QueueFilters({
  filters,
  options,
  showEmployer,
  onApply,
}: {
  filters: Filters;
  options: ReviewOptions | undefined;
  showEmployer: boolean;
  onApply: (filters: Filters) => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const mobile = useIsMobile();
  // Phones show the search box first; the other filters unfold on request (hidden, not unmounted: kept).
  const [more, setMore] = useState(() =>
    (['noticeId', 'status', 'employerId', 'category', 'submittedFrom', 'submittedTo'] as const).some(
      (key) => filters[key],
    ),
  );
  const collapsed = mobile && !more;
  // The URL is the truth: a back or forward navigation shows its filters in the form.
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(toForm(filters));
  }, [filters, form]);

  const select = { allowClear: true, placeholder: '全部', showSearch: { optionFilterProp: 'label' } };
  return (
    <Form<FormValues>
      form={form}
      name="review-filters"
      layout="vertical"
      className={collapsed ? 'queue-filters queue-filters-collapsed' : 'queue-filters'}
      initialValues={toForm(filters)}
      onFinish={(values) => onApply(toFilters(values))}
      role="search"
      aria-label="筛选申报"
    >
      <Form.Item className="queue-filter-more" label="申报通知" name="noticeId">
        <Select
          {...select}
          options={(options?.notices ?? []).map((n) => ({ value: n.id, label: n.title }))}
          classNames={{ popup: { root: 'wrap-popup' } }}
        />
      </Form.Item>
      <Form.Item className="queue-filter-more" label="业务状态" name="status">
        <Select {...select} showSearch={false} options={STATUS_OPTIONS} />
      </Form.Item>
      {showEmployer && (
        <Form.Item className="queue-filter-more" label="推荐单位" name="employerId">
          <EmployerSelect first={options?.employers ?? []} />
        </Form.Item>
      )}
      <Form.Item className="queue-filter-more" label="申报类别" name="category">
        <Select {...select} showSearch={false} options={CATEGORY_OPTIONS} />
      </Form.Item>
      <Form.Item className="queue-filter-more" label="申报日期" name="dates">
        <DatePicker.RangePicker
          className="full-width"
          allowEmpty={[true, true]}
          placeholder={['开始日期', '结束日期']}
        />
      </Form.Item>
      <Form.Item label="姓名或证件号码" name="q">
        <Input allowClear maxLength={50} placeholder="姓名或完整证件号码" />
      </Form.Item>
      <div className="queue-filter-actions">
        <Button type="primary" htmlType="submit">
          查询
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            form.setFieldsValue(toForm({}));
            onApply({});
          }}
        >
          重置
        </Button>
        {mobile && (
          <Button type="link" aria-expanded={more} onClick={() => setMore(!more)}>
            {more ? '收起筛选' : '更多筛选'}
          </Button>
        )}
      </div>
    </Form>
  );
}
