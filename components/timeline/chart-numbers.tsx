export interface ChartNumbersData {
  /** The period column's heading ("Month", "Quarter"…) and the unit's name ("month"…). */
  heading: string;
  one: string;
  labels: string[];
  series: { key: string; name: string; values: number[] }[];
}

/** The events chart's text alternative: a row per period, a column per sector. */
export function ChartNumbers({ heading, one, labels, series }: ChartNumbersData) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`Events per ${one} table`}>
      {/* Padding and the row headers' look from the table's class: a class on each of up to 120 × 20 cells would weigh on `/`. */}
      <table className="mt-2 min-w-full text-left text-xs [&_tbody_th]:font-normal [&_tbody_th]:whitespace-nowrap [&_td]:pr-3 [&_th]:pr-3">
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            {series.map((s) => (
              <th key={s.key} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((label, i) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {series.map((s) => (
                <td key={s.key}>{s.values[i]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
