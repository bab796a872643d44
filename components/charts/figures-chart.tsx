'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface FigureBar {
  label: string;
  value: number;
}

/** Bars for figures that share one unit, so that their lengths compare honestly. */
export function FiguresChart({ bars, unit }: { bars: FigureBar[]; unit: string }) {
  return (
    <div
      className="w-full"
      style={{ height: 60 + bars.length * 44 }}
      role="img"
      aria-label={`Bar chart of ${bars.length} figures in ${unit}; the values are in the table below.`}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={bars} layout="vertical" margin={{ top: 8, right: 24, left: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
          <XAxis type="number" fontSize={12} label={{ value: unit, position: 'insideBottom', offset: -4, fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={220} fontSize={11} />
          <Tooltip />
          <Bar dataKey="value" name={unit} fill="#2563eb" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
