import { Checkbox, Group, NumberInput, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  ADD_ON_MODULES,
  EDITION_IDS,
  editionTextKeys,
  isEditionId,
  moduleTextKeys,
  type AddOnId,
} from '../../shared/catalogue';
import { MAX_SEATS } from '../../shared/license/payload';
import { MAX_PLAN_YEARS, type QuoteOrder } from '../../shared/license/price-list';

interface QuoteFormProps {
  order: QuoteOrder;
  onChange(order: QuoteOrder): void;
}

const whole = (value: string | number, min: number, max: number) =>
  Math.min(max, Math.max(min, Math.trunc(Number(value) || min)));

/** What to price: edition, seats, add-ons, and years of support and of updates. */
export function QuoteForm({ order, onChange }: QuoteFormProps) {
  const { t } = useTranslation();
  const set = (change: Partial<QuoteOrder>) => onChange({ ...order, ...change });

  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Text fz="sm" fw={500} id="quote-edition">
          {t('plan.quote.edition')}
        </Text>
        <SegmentedControl
          aria-labelledby="quote-edition"
          fullWidth
          data={EDITION_IDS.map((edition) => ({ value: edition, label: t(editionTextKeys(edition).name) }))}
          value={order.edition}
          onChange={(edition) => isEditionId(edition) && set({ edition })}
        />
      </Stack>
      <NumberInput
        label={t('plan.quote.seatCount')}
        description={t('plan.quote.seatCountHint')}
        value={order.seats}
        onChange={(value) => set({ seats: whole(value, 1, MAX_SEATS) })}
        min={1}
        max={MAX_SEATS}
        allowDecimal={false}
        allowNegative={false}
      />
      <Checkbox.Group
        label={t('plan.quote.addOns')}
        value={order.addOns}
        onChange={(addOns) => set({ addOns: ADD_ON_MODULES.filter((addOn) => addOns.includes(addOn)) })}
      >
        <Group gap="lg" mt={6}>
          {ADD_ON_MODULES.map((addOn: AddOnId) => (
            <Checkbox key={addOn} value={addOn} label={t(moduleTextKeys(addOn).name)} />
          ))}
        </Group>
      </Checkbox.Group>
      <Group grow>
        <NumberInput
          label={t('plan.quote.supportYears')}
          value={order.supportYears}
          onChange={(value) => set({ supportYears: whole(value, 0, MAX_PLAN_YEARS) })}
          min={0}
          max={MAX_PLAN_YEARS}
          allowDecimal={false}
          allowNegative={false}
        />
        <NumberInput
          label={t('plan.quote.updateYears')}
          value={order.updateYears}
          onChange={(value) => set({ updateYears: whole(value, 0, MAX_PLAN_YEARS) })}
          min={0}
          max={MAX_PLAN_YEARS}
          allowDecimal={false}
          allowNegative={false}
        />
      </Group>
    </Stack>
  );
}
