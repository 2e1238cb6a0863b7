import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TitleComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TitleComponent, SVGRenderer]);

/**
 * Bar charts for the batch report, rendered to SVG strings when the report is written
 * (ECharts' server-side rendering): the page shows them with no script and no network.
 */
export function barChartSvg(title: string, labels: string[], counts: number[], color: string): string {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 520, height: 300 });
    chart.setOption({
        animation: false,
        title: { text: title, left: 'center', textStyle: { fontSize: 14, fontFamily: 'sans-serif' } },
        textStyle: { fontFamily: 'sans-serif' },
        grid: { left: 48, right: 16, top: 40, bottom: 40 },
        xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, fontSize: labels.length > 10 ? 9 : 12 } },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'bar', data: counts, itemStyle: { color }, label: { show: true, position: 'top' } }],
    });
    const svg = chart.renderToSVGString();
    chart.dispose();
    return svg;
}
