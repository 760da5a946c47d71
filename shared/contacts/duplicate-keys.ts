import { phoneIndexKeys } from './phone';

/** How two spellings of one e-mail compare: without case or surrounding spaces. */
export const emailKey = (email: string): string => email.trim().toLowerCase();

/** How two spellings of one phone number compare: `+86 138…` and `138…` are one number. */
export const phoneKey = (phone: string): string | undefined =>
  phoneIndexKeys(phone).find((key) => key.startsWith('p'));
