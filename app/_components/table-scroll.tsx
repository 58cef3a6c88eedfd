import type { ReactNode } from "react";

/**
 * A wide table's horizontal scroller. It takes keyboard focus, so someone without a mouse can
 * scroll to columns that do not fit (WCAG 2.1.1; axe's scrollable-region-focusable), and is named
 * like its table so a screen reader says what the focus landed on.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
