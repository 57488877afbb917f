/**
 * ECharts, only the parts 统计分析 draws (tree-shaken from `echarts/core`), drawn as SVG. This module is imported
 * by the 统计分析 page alone, so the chart library lives in that page's chunk and no other page loads it.
 */
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { type EChartsCoreOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** Government blue first, then the antd palette the other pages use. */
export const CHART_COLORS = [
  '#1677ff',
  '#52c41a',
  '#faad14',
  '#ff4d4f',
  '#722ed1',
  '#13c2c2',
  '#eb2f96',
  '#8c8c8c',
];

/**
 * One chart. It is a picture for the eye only (`aria-hidden`): the table beside it carries the same numbers for
 * a screen reader and for anyone who prefers to read them.
 */
export function Chart({ option, height = 280 }: { option: EChartsCoreOption; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = init(element, undefined, { renderer: 'svg' });
    chart.setOption({ color: CHART_COLORS, animation: false, ...option });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [option]);
  return <div ref={ref} className="stat-chart" aria-hidden="true" style={{ height }} />;
}
