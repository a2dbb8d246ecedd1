import { Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';

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
  const { t } = useTranslation();
  if (total <= pageSize) return null;
  return (
    <Pagination
      total={Math.ceil(total / pageSize)}
      value={page}
      onChange={onChange}
      // The arrows show no text: their names say where they go, in the reader's language.
      getControlProps={(control) => ({ 'aria-label': t(`app.pages.${control}`) })}
      // A landmark named after its list: Mantine's root is a plain div, on which a name means nothing.
      role="navigation"
      aria-label={label}
    />
  );
}
