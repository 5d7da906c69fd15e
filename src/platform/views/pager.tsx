/**
 * Previous / "page N of M" / next links under a paged list; the caller gives the link of a page
 * (its filter kept) and the words from its own catalog.
 */
export function Pager(props: {
  label: string;
  page: number;
  pages: number;
  href: (page: number) => string;
  previous: string;
  next: string;
  status: string;
}) {
  const { page, pages, href } = props;
  return (
    <nav class="pager" aria-label={props.label}>
      {page > 1 && (
        <a href={href(page - 1)} rel="prev">
          {props.previous}
        </a>
      )}{' '}
      <span>{props.status}</span>{' '}
      {page < pages && (
        <a href={href(page + 1)} rel="next">
          {props.next}
        </a>
      )}
    </nav>
  );
}
