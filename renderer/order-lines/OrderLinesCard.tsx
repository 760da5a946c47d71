import { Card, Table, Text } from '@mantine/core';

export interface OrderColumn<Line> {
  header: string;
  cell(line: Line): React.ReactNode;
}

interface OrderLinesCardProps<Line extends { id: number; totalMinor: number }> {
  lines: readonly Line[];
  /** Names the table for assistive technology. */
  label: string;
  emptyText: string;
  /** The goods: the first, left-aligned column. */
  goods: OrderColumn<Line>;
  /** The figures between the goods and the line total, right-aligned. */
  figures: OrderColumn<Line>[];
  lineTotalLabel: string;
  totalLabel: string;
  totalMinor: number;
  money(minor: number): string;
}

/** A stored order's lines, each with its total, and the order's total below them. */
export function OrderLinesCard<Line extends { id: number; totalMinor: number }>(
  props: OrderLinesCardProps<Line>,
) {
  const { lines, goods, figures, money } = props;
  return (
    <Card withBorder radius="md" padding="xs">
      {lines.length === 0 ? (
        <Text fz="sm" c="dimmed" p="md">
          {props.emptyText}
        </Text>
      ) : (
        <Table verticalSpacing="xs" aria-label={props.label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{goods.header}</Table.Th>
              {figures.map((figure) => (
                <Table.Th key={figure.header} ta="right">
                  {figure.header}
                </Table.Th>
              ))}
              <Table.Th ta="right">{props.lineTotalLabel}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line) => (
              <Table.Tr key={line.id}>
                <Table.Td fz="sm">{goods.cell(line)}</Table.Td>
                {figures.map((figure) => (
                  <Table.Td key={figure.header} ta="right" fz="sm">
                    {figure.cell(line)}
                  </Table.Td>
                ))}
                <Table.Td ta="right" fz="sm">
                  {money(line.totalMinor)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={figures.length + 1} ta="right">
                {props.totalLabel}
              </Table.Th>
              <Table.Th ta="right">{money(props.totalMinor)}</Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
    </Card>
  );
}
