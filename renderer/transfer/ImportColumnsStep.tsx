import { Alert, Button, Group, Radio, ScrollArea, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DUPLICATE_POLICIES,
  MATCH_FIELDS,
  type DuplicatePolicy,
  type ImportPreview,
  type MatchField,
} from '../../shared/contacts/transfer-contract';
import { customTarget, TRANSFER_FIELDS, type ImportTarget } from '../../shared/contacts/transfer-fields';
import { call } from '../bridge/call';
import { liveFields, useCustomFields } from '../custom-fields/customFieldsStore';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { fieldLabel } from './fieldLabel';
import { fileProblemOverrides } from './files';

const SKIP = 'skip';
const NAME_FIELDS: readonly (ImportTarget | null)[] = ['name', 'firstName', 'lastName'];

interface ImportColumnsStepProps {
  uploadId: string;
  preview: ImportPreview;
  onBack(): void;
  onStarted(importId: number): void;
}

/** Step two: each column's field (proposed, changeable), the first rows, and what to do with duplicates. */
export function ImportColumnsStep({ uploadId, preview, onBack, onStarted }: ImportColumnsStepProps) {
  const { t, i18n } = useTranslation();
  const [mapping, setMapping] = useState<(ImportTarget | null)[]>(preview.mapping);
  const [match, setMatch] = useState<MatchField>('email');
  const [onDuplicate, setOnDuplicate] = useState<DuplicatePolicy>('skip');
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const isCsv = preview.format === 'csv';
  const mapsName = mapping.some((field) => NAME_FIELDS.includes(field));
  const customFields = useCustomFields('contact').fields;
  const live = liveFields(customFields);

  const fieldOptions = [
    { value: SKIP, label: t('transfer.wizard.skipColumn') },
    ...TRANSFER_FIELDS.map((field) => ({
      value: field,
      label: fieldLabel(field, i18n.language, customFields),
    })),
    ...(live.length > 0
      ? [
          {
            group: t('customFields.form.section'),
            items: live.map((field) => ({ value: customTarget(field.id), label: field.label })),
          },
        ]
      : []),
  ];
  const setField = (column: number, value: string | null) =>
    setMapping((current) =>
      current.map((field, i) =>
        i === column ? (value === SKIP || value === null ? null : (value as ImportTarget)) : field,
      ),
    );

  const start = async (event: FormEvent) => {
    event.preventDefault();
    if (!mapsName) return;
    setStarting(true);
    setError(null);
    try {
      const { importId } = await call('contacts.import.start', {
        uploadId,
        ...(isCsv ? { mapping } : {}),
        match,
        onDuplicate: match === 'none' ? 'create' : onDuplicate,
      });
      onStarted(importId);
    } catch (caught) {
      setError(caught);
      setStarting(false);
    }
  };

  const delimiter = preview.delimiter ?? '';
  const delimiterName = t(`transfer.wizard.delimiters.${delimiter}` as 'transfer.wizard.delimiters.,', {
    defaultValue: delimiter,
  });

  return (
    <form onSubmit={(event) => void start(event)}>
      <Stack>
        <Text c="dimmed" fz="sm">
          {preview.fileName} ·{' '}
          {isCsv
            ? t('transfer.wizard.detected', {
                format: 'CSV',
                encoding: preview.encoding.toUpperCase(),
                delimiter: delimiterName,
              })
            : `vCard · ${preview.encoding.toUpperCase()}`}
        </Text>
        <ScrollArea.Autosize mah={320}>
          <Table striped withTableBorder stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('transfer.wizard.column')}</Table.Th>
                <Table.Th>{t('transfer.wizard.field')}</Table.Th>
                <Table.Th>{t('transfer.wizard.firstRows')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.headers.map((header, column) => (
                <Table.Tr key={column}>
                  <Table.Td fw={500}>{header}</Table.Td>
                  <Table.Td w={200}>
                    {isCsv ? (
                      <Select<string>
                        aria-label={t('transfer.wizard.field') + ': ' + header}
                        data={fieldOptions}
                        value={mapping[column] ?? SKIP}
                        onChange={(value) => setField(column, value)}
                        allowDeselect={false}
                        size="xs"
                      />
                    ) : (
                      mapping[column] && fieldLabel(mapping[column], i18n.language, customFields)
                    )}
                  </Table.Td>
                  <Table.Td c="dimmed" fz="sm">
                    {preview.rows
                      .map((row) => row[column] ?? '')
                      .filter(Boolean)
                      .slice(0, 3)
                      .join(' · ')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
        {preview.rows.length === 0 && <Text c="dimmed">{t('transfer.wizard.noRows')}</Text>}
        {!mapsName && (
          <Alert color="yellow" variant="light" role="alert">
            {t('transfer.wizard.needsName')}
          </Alert>
        )}

        <Title order={3} fz="md">
          {t('transfer.wizard.duplicates')}
        </Title>
        <Group align="flex-start" grow>
          <Select
            label={t('transfer.wizard.matchBy')}
            data={MATCH_FIELDS.map((field) => ({ value: field, label: t(`transfer.wizard.match.${field}`) }))}
            value={match}
            onChange={(value) => value && setMatch(value as MatchField)}
            allowDeselect={false}
          />
          <Radio.Group
            label={t('transfer.wizard.onDuplicate')}
            value={match === 'none' ? 'create' : onDuplicate}
            onChange={(value) => setOnDuplicate(value as DuplicatePolicy)}
          >
            <Stack gap={6} mt={6}>
              {DUPLICATE_POLICIES.map((policy) => (
                <Radio
                  key={policy}
                  value={policy}
                  label={t(`transfer.wizard.policy.${policy}`)}
                  disabled={match === 'none'}
                />
              ))}
            </Stack>
          </Radio.Group>
        </Group>

        <FormErrorAlert error={error} overrides={fileProblemOverrides(error)} />
        <Group justify="space-between">
          <Button variant="default" onClick={onBack}>
            {t('transfer.wizard.back')}
          </Button>
          <Button type="submit" loading={starting} disabled={!mapsName}>
            {t('transfer.wizard.start')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
