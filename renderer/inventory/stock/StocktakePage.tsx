import { useTranslation } from 'react-i18next';
import { call } from '../../bridge/call';
import { onEvent } from '../../bridge/events';
import { RecordContent, RecordPage } from '../../ui/RecordPage';
import { useRecord } from '../../ui/useRecord';
import { StocktakeSheet } from './StocktakeSheet';

const loadStocktake = (id: number) => call('stocktakes.overview', { id });
const onStocktakeChanged = (handler: (id: number) => void) =>
  onEvent('stocktake.changed', ({ id }) => handler(id));

function LoadedStocktake({ id }: { id: number }) {
  const { state, reload } = useRecord(id, loadStocktake, onStocktakeChanged);
  return (
    <RecordContent state={state} onRetry={reload}>
      {(stocktake) => <StocktakeSheet stocktake={stocktake} onChanged={reload} />}
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
