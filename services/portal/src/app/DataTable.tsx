import { Table, type TableProps } from '@mantine/core';
import type { Key, ReactNode } from 'react';

/** One column of a table: its heading and what each row shows in it. */
export type Column<T> = {
  /** `null` heads a column without words (its buttons name themselves). */
  header: ReactNode;
  cell: (item: T) => ReactNode;
  /** Kept on one line (references, dates, statuses) however narrow the screen. */
  nowrap?: boolean;
  /** Set in a fixed-width font (SIREN, SIRET), so digits line up row after row. */
  mono?: boolean;
};

/** A table's columns; `false` leaves out a column not shown to this reader. */
export type Columns<T> = readonly (Column<T> | false)[];

/** The property of a row that names it among the others (its React key). */
export type RowKey<T> = { [K in keyof T]: T[K] extends Key ? K : never }[keyof T];

const NOWRAP = { whiteSpace: 'nowrap' } as const;

/**
 * A table of items as the portal's pages show them: striped, airy rows, each column heading scoped
 * to its column, an optional caption; a wide one (`minWidth`) scrolls sideways on a narrow screen
 * instead of squeezing its cells.
 */
export function DataTable<T>({
  items,
  columns,
  rowKey,
  caption,
  minWidth,
  ...props
}: {
  items: readonly T[];
  columns: Columns<T>;
  rowKey: RowKey<T>;
  caption?: string;
  minWidth?: number;
} & Omit<TableProps, 'children' | 'caption'>) {
  const shown = columns.filter((column) => column !== false);
  const table = (
    <Table striped verticalSpacing="sm" {...props}>
      {caption && <Table.Caption>{caption}</Table.Caption>}
      <TableHead columns={shown.map((column) => column.header)} />
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr key={item[rowKey] as Key}>
            {shown.map((column, index) => (
              <Table.Td
                key={index}
                style={column.nowrap ? NOWRAP : undefined}
                ff={column.mono ? 'monospace' : undefined}
              >
                {column.cell(item)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return minWidth ? <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer> : table;
}

/** A table's column headings; `false` leaves out a column not shown to this reader. */
export function TableHead({ columns }: { columns: readonly (ReactNode | false)[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map(
          (heading, index) =>
            heading !== false && (
              <Table.Th key={index} scope="col">
                {heading}
              </Table.Th>
            ),
        )}
      </Table.Tr>
    </Table.Thead>
  );
}
