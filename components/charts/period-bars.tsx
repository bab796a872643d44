import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** Compact columns from the server: one label per period, one value per period in each series. */
export interface ChartBars {
  labels: string[];
  series: { key: string; name: string; colour: string; values: number[] }[];
}

/**
 * The stacked bars, one series per sector. Only lazy-events-chart.tsx imports
 * this file, and only with import(), so recharts stays in a chunk of its own
 * that `/` fetches when the chart comes into view.
 */
export function PeriodBars({ labels, series }: ChartBars) {
  // recharts wants one object per bar; the server sends columns, which are smaller.
  const rows = labels.map((label, i) => {
    const row: Record<string, number | string> = { label };
    for (const s of series) row[s.key] = s.values[i];
    return row;
  });
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 8, left: 0, bottom: 8 }} barCategoryGap={1}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
        <XAxis dataKey="label" fontSize={12} minTickGap={12} />
        <YAxis allowDecimals={false} fontSize={12} width={36} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} stackId="sectors" fill={s.colour} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
