import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stocktake } from '../../../shared/inventory/stocktake';
import { call } from '../../bridge/call';
import { onEvent } from '../../bridge/events';
import { RecordContent, RecordPage } from '../../ui/RecordPage';
import { useRecord } from '../../ui/useRecord';
import { StocktakeSheet } from './StocktakeSheet';

const loadStocktake = (id: number) => call('stocktakes.get', { id });
const onStocktakeChanged = (handler: (id: number) => void) =>
  onEvent('stocktake.changed', ({ id }) => handler(id));

function LoadedStocktake({ id }: { id: number }) {
  const { state, reload } = useRecord(id, loadStocktake, onStocktakeChanged);
  // What this window saved last, shown until a newer version loads.
  const [saved, setSaved] = useState<Stocktake | null>(null);
  return (
    <RecordContent state={state} onRetry={reload}>
      {(loaded) => (
        <StocktakeSheet
          stocktake={saved && saved.id === loaded.id && saved.version > loaded.version ? saved : loaded}
          onChanged={(next) => (next ? setSaved(next) : reload())}
        />
      )}
    </RecordContent>
  );
}

/** `/inventory/stocktakes/:id`: one stocktake's count sheet. */
export function StocktakePage() {
  const { t } = useTranslation();
  return (
    <RecordPage back={{ to: '/inventory/stocktakes', label: t('stock.stocktakes.title') }}>
      {(id) => <LoadedStocktake id={id} />}
    </RecordPage>
  );
}
