import { Pagination } from '@mantine/core';

/**
 * A list's page numbers, shown only when there is more than one page. The page lives in the URL:
 * the route's `onChange` navigates to it.
 */
export function ListPages({
  total,
  pageSize,
  page,
  label,
  onChange,
}: {
  total: number;
  pageSize: number;
  page: number;
  label: string;
  onChange: (page: number) => void;
}) {
  if (total <= pageSize) return null;
  return (
    <Pagination
      total={Math.ceil(total / pageSize)}
      value={page}
      onChange={onChange}
      getControlProps={(control) => ({ 'aria-label': control })}
      aria-label={label}
    />
  );
}
