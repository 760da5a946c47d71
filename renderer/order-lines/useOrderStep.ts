import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Translatable } from '../i18n/errorMessages';

/**
 * Runs a step of an order (place, confirm, cancel…) and tells its outcome; the page then follows
 * the order either way, since a refusal often means it changed meanwhile.
 */
export function useOrderStep(
  order: { number: string },
  errorText: (error: unknown) => Translatable,
  onChanged: () => void,
) {
  const { t } = useTranslation();
  return async (step: () => Promise<{ number: string }>, doneText: (number: string) => string) => {
    try {
      const saved = await step();
      notifications.show({ color: 'teal', message: doneText(saved.number) });
    } catch (error) {
      notifications.show({ color: 'red', title: order.number, message: errorText(error)(t) });
    }
    onChanged();
  };
}
