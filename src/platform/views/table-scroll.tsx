import type { ComponentChildren } from 'preact';

/**
 * A wide table's horizontal scroller. It takes keyboard focus, so someone without a mouse can
 * scroll it with the arrow keys (WCAG 2.1.1; axe `scrollable-region-focusable`). Given a label
 * (unique on the page), it is also a named region a screen reader can jump to.
 */
export function TableScroll(props: { label?: string; children: ComponentChildren }) {
  return (
    <div
      class="table-scroll"
      tabIndex={0}
      role={props.label ? 'region' : undefined}
      aria-label={props.label}
    >
      {props.children}
    </div>
  );
}
