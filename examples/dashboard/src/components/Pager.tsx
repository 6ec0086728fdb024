// Under a paged table: which rows are on screen out of how many, rows per page, Previous and Next.
import { PAGE_SIZES, type PageSize } from '../hooks/useSubAccountSearch';

export function Pager(props: {
  label: string;
  pageIndex: number;
  shown: number;
  total: number;
  limit: PageSize;
  onLimitChange: (limit: PageSize) => void;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  const first = props.pageIndex * props.limit + 1;
  const range = props.shown === 0 ? '0' : `${first}–${first + props.shown - 1}`;
  return (
    <nav className="pager" aria-label={`${props.label} pages`}>
      <p className="pager-range" aria-live="polite">
        {range} of {props.total}
      </p>
      <label className="pager-size">
        <span className="filter-label">Rows per page</span>
        <select value={props.limit} onChange={(event) => props.onLimitChange(Number(event.target.value) as PageSize)}>
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
      <div className="pager-buttons">
        <button type="button" className="btn" disabled={props.pageIndex === 0} onClick={props.onPrevious}>
          Previous
        </button>
        <button type="button" className="btn" disabled={!props.hasNext} onClick={props.onNext}>
          Next
        </button>
      </div>
    </nav>
  );
}
