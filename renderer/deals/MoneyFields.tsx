import { Select, SimpleGrid, TextInput, type TextInputProps } from '@mantine/core';
import { knownCurrencies } from './money';

const CURRENCIES = knownCurrencies();

interface MoneyFieldsProps {
  amountLabel: string;
  currencyLabel: string;
  /** The amount's text field (useSubmitForm's fieldProps): typed as decimals, parsed on submit. */
  amount: TextInputProps;
  currency: string;
  onCurrencyChange: (currency: string) => void;
  currencyError?: string;
}

/** An amount beside its currency, as deals and products take money. */
export function MoneyFields(props: MoneyFieldsProps) {
  return (
    <SimpleGrid cols={2} spacing="md">
      <TextInput
        label={props.amountLabel}
        required
        inputMode="decimal"
        placeholder="0.00"
        {...props.amount}
      />
      <Select
        label={props.currencyLabel}
        data={CURRENCIES}
        searchable
        allowDeselect={false}
        value={props.currency}
        onChange={(currency) => currency && props.onCurrencyChange(currency)}
        error={props.currencyError}
      />
    </SimpleGrid>
  );
}
