import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { editionTextKeys, moduleTextKeys, unlockedBy, type ModuleId } from '../../shared/catalogue';
import { formatMoney } from '../plan/money';
import { PRICE_LIST } from '../plan/priceList';

function Option({ name, description, price }: { name: string; description: string; price: string }) {
  return (
    <Paper withBorder radius="md" p="md" ta="left">
      <Text fw={650} fz="sm">
        {name}
      </Text>
      <Text fz="xs" c="dimmed" mt={2}>
        {description}
      </Text>
      <Text fz="sm" fw={600} mt="xs">
        {price}
      </Text>
    </Paper>
  );
}

/** The ways to unlock a module, from the catalogue and the price list: editions, or the add-on. */
export function UnlockOptions({ module }: { module: ModuleId }) {
  const { t, i18n } = useTranslation();
  const unlock = unlockedBy(module);
  const money = (amount: number) => formatMoney(amount, PRICE_LIST, i18n.language);

  if (unlock.kind === 'addOn') {
    return (
      <Option
        name={t('plan.quote.lines.addOn', { module: t(moduleTextKeys(unlock.addOn).name) })}
        description={t(moduleTextKeys(unlock.addOn).description)}
        price={t('modules.locked.pricePerLicense', { price: money(PRICE_LIST.addOn[unlock.addOn]) })}
      />
    );
  }
  return (
    <SimpleGrid cols={unlock.editions.length} spacing="sm">
      {unlock.editions.map((edition) => (
        <Option
          key={edition}
          name={t('license.editionTitle', { edition: t(editionTextKeys(edition).name) })}
          description={t(editionTextKeys(edition).description)}
          price={t('modules.locked.pricePerSeat', { price: money(PRICE_LIST.editionPerSeat[edition]) })}
        />
      ))}
    </SimpleGrid>
  );
}
