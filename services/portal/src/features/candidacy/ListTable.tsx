import { Table, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { TableHead } from '../../app/PagedTable';

/**
 * A table of the individuals' line as its pages show them: striped, airy rows, each column heading
 * scoped to its column, an optional caption; a wide one (`minWidth`) scrolls sideways on a narrow
 * screen instead of squeezing its cells. The rows are the children.
 */
export function ListTable({
  columns,
  caption,
  minWidth,
  children,
  ...props
}: {
  /** The column headings; `false` leaves out a column not shown to this reader, `null` heads one without words. */
  columns: readonly (ReactNode | false)[];
  caption?: string;
  minWidth?: number;
  children: ReactNode;
} & Omit<TableProps, 'children' | 'caption'>) {
  const table = (
    <Table striped verticalSpacing="sm" {...props}>
      {caption && <Table.Caption>{caption}</Table.Caption>}
      <TableHead columns={columns} />
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
  return minWidth ? <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer> : table;
}
