import type { TFunction } from 'i18next';
import { editionTextKeys, unlockedBy, type ModuleId } from '../../shared/catalogue';

/** "It comes with the ERP edition." / "…with the After-sales or ERP editions." / "It is an add-on…" */
export function unlockSentence(module: ModuleId, t: TFunction, language: string): string {
  const unlock = unlockedBy(module);
  if (unlock.kind === 'addOn') return t('modules.locked.addOn');
  const names = unlock.editions.map((edition) => t(editionTextKeys(edition).name));
  const list = new Intl.ListFormat(language, { type: 'disjunction' }).format(names);
  return names.length === 1
    ? t('modules.locked.oneEdition', { edition: list })
    : t('modules.locked.editions', { editions: list });
}
