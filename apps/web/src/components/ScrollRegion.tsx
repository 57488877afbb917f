import type { ReactNode } from 'react';

/**
 * A table that may be wider than the screen scrolls inside this labelled region, which a keyboard can focus
 * and scroll (as on the 审计日志 page).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="table-scroll" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
