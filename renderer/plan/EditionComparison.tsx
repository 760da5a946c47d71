import {
  Badge,
  Box,
  Button,
  Card,
  Center,
  Group,
  Stack,
  Table,
  Text,
  ThemeIcon,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  ADD_ON_MODULES,
  EDITION_IDS,
  EDITIONS,
  MODULES,
  editionTextKeys,
  isAddOn,
  moduleTextKeys,
  type EditionId,
  type ModuleId,
} from '../../shared/catalogue';
import { MODULE_ICONS } from '../modules/moduleCatalogue';
import { formatMoney } from './money';
import { PRICE_LIST } from './priceList';

const EDITION_MODULES = MODULES.filter((module) => !isAddOn(module));

interface EditionComparisonProps {
  current: EditionId | null;
  /** The edition being quoted, highlighted. */
  quoted: EditionId;
  /** A module the user came to unlock, highlighted. */
  wanted: ModuleId | null;
  onQuote(edition: EditionId): void;
}

/** A module's name; what it does shows on hover, so the editions stay in view together. */
function ModuleCell({ module }: { module: ModuleId }) {
  const { t } = useTranslation();
  const ModuleIcon = MODULE_ICONS[module];
  return (
    <Table.Th scope="row">
      <Tooltip
        label={t(moduleTextKeys(module).description)}
        position="right"
        multiline
        w={260}
        openDelay={300}
      >
        <Group gap={8} wrap="nowrap" w="fit-content">
          <ModuleIcon size={16} stroke={1.7} />
          <Text fz="sm" fw={600}>
            {t(moduleTextKeys(module).name)}
          </Text>
        </Group>
      </Tooltip>
    </Table.Th>
  );
}

function Included({ included }: { included: boolean }) {
  const { t } = useTranslation();
  return (
    <Center>
      {included ? (
        <ThemeIcon size={22} radius="xl" variant="light" color="teal" aria-label={t('plan.compare.included')}>
          <IconCheck size={14} />
        </ThemeIcon>
      ) : (
        <IconMinus size={16} color="var(--mantine-color-dimmed)" aria-label={t('plan.compare.notIncluded')} />
      )}
    </Center>
  );
}

/** The editions side by side: price per seat, the modules each unlocks, and the add-ons beside all. */
export function EditionComparison({ current, quoted, wanted, onQuote }: EditionComparisonProps) {
  const { t, i18n } = useTranslation();
  const highlight = (edition: EditionId) =>
    edition === quoted ? 'var(--mantine-primary-color-light)' : undefined;

  return (
    <Card withBorder radius="lg" padding={0}>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing={8} horizontalSpacing="md" aria-label={t('plan.compare.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="24%" />
              {EDITION_IDS.map((edition) => (
                <Table.Th key={edition} ta="center" bg={highlight(edition)} style={{ verticalAlign: 'top' }}>
                  <Stack gap={4} align="center">
                    <Text fw={700}>{t(editionTextKeys(edition).name)}</Text>
                    {current !== null && (
                      <Box h={18}>
                        {current === edition && (
                          <Badge size="xs" variant="filled">
                            {t('plan.compare.yours')}
                          </Badge>
                        )}
                      </Box>
                    )}
                    <Text fz="lg" fw={700}>
                      {formatMoney(PRICE_LIST.editionPerSeat[edition], PRICE_LIST, i18n.language)}
                    </Text>
                    <Text fz="xs" c="dimmed">
                      {t('plan.compare.perSeat')}
                    </Text>
                    <Button
                      size="xs"
                      variant={edition === quoted ? 'filled' : 'default'}
                      onClick={() => onQuote(edition)}
                      aria-pressed={edition === quoted}
                    >
                      {t('plan.compare.quote')}
                    </Button>
                  </Stack>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {EDITION_MODULES.map((module) => (
              <Table.Tr key={module} bg={module === wanted ? 'var(--mantine-color-yellow-light)' : undefined}>
                <ModuleCell module={module} />
                {EDITION_IDS.map((edition) => (
                  <Table.Td key={edition} ta="center" bg={highlight(edition)}>
                    <Included included={(EDITIONS[edition] as readonly ModuleId[]).includes(module)} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            {ADD_ON_MODULES.map((module) => (
              <Table.Tr key={module} bg={module === wanted ? 'var(--mantine-color-yellow-light)' : undefined}>
                <ModuleCell module={module} />
                <Table.Td colSpan={EDITION_IDS.length} ta="center">
                  <Text fz="sm">
                    {t('plan.compare.addOn', {
                      price: formatMoney(PRICE_LIST.addOn[module], PRICE_LIST, i18n.language),
                    })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
