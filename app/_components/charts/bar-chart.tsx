import "./charts.css";
import { barChartLayout, type BarDatum, type ChartText } from "./bar-chart-layout";

export type { BarDatum } from "./bar-chart-layout";

type Props = {
  /** Unique in the page: the title's and description's ids derive from it. */
  id: string;
  /** Names the chart for assistive technology. */
  title: string;
  /** What the data says, in a sentence or two: the chart's text alternative. */
  description: string;
  orientation: "vertical" | "horizontal";
  /** The page's direction. */
  dir: "ltr" | "rtl";
  data: readonly BarDatum[];
  formatTick: (value: number) => string;
  valueAxisLabel: string;
  categoryAxisLabel?: string;
  /** The same data as a table, all strings in the page's language. */
  table: {
    /** The disclosure's summary ("Show the figures as a table"). */
    summary: string;
    caption: string;
    categoryHeader: string;
    valueHeader: string;
    /** Each datum's category as the table names it, when it differs from the chart's label lines. */
    rowLabels?: readonly string[];
    /** Each datum's value as the table shows it, when it differs from the label on its bar. */
    valueCells?: readonly string[];
    /** More columns, one value per datum each. */
    extraColumns?: readonly { header: string; cells: readonly string[] }[];
  };
};

/**
 * A bar chart drawn on the server as SVG, with the same figures as a table beside it: the picture
 * for those who see it, the table for screen readers, keyboard users and anyone who wants the numbers.
 */
export function BarChart({
  id,
  title,
  description,
  orientation,
  dir,
  data,
  formatTick,
  valueAxisLabel,
  categoryAxisLabel,
  table,
}: Props) {
  const layout = barChartLayout({ orientation, dir, data, formatTick, valueAxisLabel, categoryAxisLabel });
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <figure className="bar-chart">
      <svg
        className="bar-chart-svg"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        // Set, not inherited from the page, so each label's anchor means the side the layout chose.
        direction={dir}
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        {layout.lines.map((line, index) => (
          <line
            key={`line-${index}`}
            className={`chart-${line.kind}`}
            x1={round(line.x1)}
            y1={round(line.y1)}
            x2={round(line.x2)}
            y2={round(line.y2)}
          />
        ))}
        {layout.bars.map((bar) => (
          <rect
            key={bar.key}
            className="chart-bar"
            x={round(bar.x)}
            y={round(bar.y)}
            width={round(bar.width)}
            height={round(bar.height)}
          />
        ))}
        {layout.texts.map((text, index) => (
          <text
            key={`text-${index}`}
            className={`chart-text chart-${text.kind}`}
            x={round(text.x)}
            y={round(text.y)}
            fontSize={round(text.fontSize)}
            textAnchor={textAnchor(text, dir)}
          >
            {text.text}
          </text>
        ))}
      </svg>
      <details className="bar-chart-data">
        <summary>{table.summary}</summary>
        <div className="table-scroll">
          <table>
            <caption>{table.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{table.categoryHeader}</th>
                <th scope="col" className="numeric">
                  {table.valueHeader}
                </th>
                {table.extraColumns?.map((column) => (
                  <th scope="col" className="numeric" key={column.header}>
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.map((datum, index) => (
                <tr key={datum.key}>
                  <th scope="row">{table.rowLabels?.[index] ?? datum.label.join(" ")}</th>
                  <td className="numeric">{table.valueCells?.[index] ?? datum.valueText}</td>
                  {table.extraColumns?.map((column) => (
                    <td className="numeric" key={column.header}>
                      {column.cells[index]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

/** SVG's text-anchor names the start or end of the text, which in right-to-left text is its right side. */
function textAnchor(text: ChartText, dir: "ltr" | "rtl"): "start" | "middle" | "end" {
  if (text.anchor === "middle") return "middle";
  const startSide = dir === "rtl" ? "right" : "left";
  return text.anchor === startSide ? "start" : "end";
}

/** Two decimals are finer than any screen: shorter markup, same picture. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
