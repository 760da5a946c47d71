import { useEffect } from 'react';
import { useAuthStore } from '../auth/authStore';
import { onEvent } from '../bridge/events';

/** Keeps the company's name in the shell current when an admin renames it. */
export function useCompanySync(): void {
  useEffect(() => onEvent('company.changed', () => void useAuthStore.getState().refreshSession()), []);
}
