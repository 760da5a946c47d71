import { Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { IconButton } from '../ui/IconButton';

interface LiveTotals<Line> {
  lineTotalHeader: string;
  /** The line's total as shown, or a dash while its figures do not read. */
  lineTotal(line: Line): string;
  totalLabel: string;
  total: string;
}

interface OrderLinesEditorProps<Line> {
  title: string;
  emptyText: string;
  lines: readonly Line[];
  /** Keeps a row's inputs in place while rows above it are removed. */
  keyOf(line: Line): string | number;
  /** The headers of the cells `cells` gives, with their widths (none: the rest). */
  columns: { header: string; width?: number }[];
  cells(line: Line, index: number): React.ReactNode;
  removeLabel(line: Line, index: number): string;
  removeHint: string;
  onLinesChange(lines: Line[]): void;
  totals?: LiveTotals<Line>;
  /** About the lines as a whole (none, too many). */
  error?: string;
  /** The buttons (and picker) that add a line. */
  adders: React.ReactNode;
}

/** A draft order's lines: a row of inputs each, removable, with live totals when given, and ways to add one. */
export function OrderLinesEditor<Line>(props: OrderLinesEditorProps<Line>) {
  const { lines, totals } = props;
  return (
    <Stack gap="xs">
      <Text fw={600} fz="sm">
        {props.title}
      </Text>
      {lines.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {props.emptyText}
        </Text>
      ) : (
        <Table verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              {props.columns.map((column) => (
                <Table.Th key={column.header} w={column.width}>
                  {column.header}
                </Table.Th>
              ))}
              {totals && (
                <Table.Th w={120} ta="right">
                  {totals.lineTotalHeader}
                </Table.Th>
              )}
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line, index) => (
              <Table.Tr key={props.keyOf(line)}>
                {props.cells(line, index)}
                {totals && (
                  <Table.Td ta="right" fz="sm">
                    {totals.lineTotal(line)}
                  </Table.Td>
                )}
                <Table.Td>
                  <IconButton
                    icon={IconTrash}
                    color="red"
                    label={props.removeLabel(line, index)}
                    hint={props.removeHint}
                    onClick={() => props.onLinesChange(lines.filter((_, at) => at !== index))}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          {totals && (
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th colSpan={props.columns.length} ta="right">
                  {totals.totalLabel}
                </Table.Th>
                <Table.Th ta="right">{totals.total}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Tfoot>
          )}
        </Table>
      )}
      {props.error && (
        <Text fz="sm" c="red">
          {props.error}
        </Text>
      )}
      <Group align="flex-end" gap="xs">
        {props.adders}
      </Group>
    </Stack>
  );
}

interface LineInputProps {
  label: string;
  value: string;
  onChange(text: string): void;
  error?: React.ReactNode;
  inputMode?: 'numeric' | 'decimal';
  description?: string;
}

/** One typed figure or text of a line, labelled for assistive technology by its row. */
export function LineInput({ label, onChange, ...rest }: LineInputProps) {
  return (
    <Table.Td>
      <TextInput
        size="xs"
        aria-label={label}
        placeholder={rest.inputMode === 'decimal' ? '0.00' : undefined}
        onChange={(event) => onChange(event.currentTarget.value)}
        {...rest}
      />
    </Table.Td>
  );
}

/** `lines` with the one at `index` changed by `patch`. */
export const withLine = <Line,>(lines: readonly Line[], index: number, patch: Partial<Line>): Line[] =>
  lines.map((line, at) => (at === index ? { ...line, ...patch } : line));
