import "./recognition.css";

export type Figure = {
  label: string;
  /** Already formatted in the page's language. */
  value: string;
  /** A sentence rather than a number ("about 4 hours, estimated at…"): shown smaller. */
  text?: boolean;
};

/** A person's contribution in a few figures, label above value. */
export function ContributionFigures({ figures }: { figures: readonly Figure[] }) {
  return (
    <dl className="contribution-figures">
      {figures.map((figure) => (
        <div key={figure.label}>
          <dt>{figure.label}</dt>
          <dd className={figure.text ? "contribution-figure-text" : undefined}>{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}
