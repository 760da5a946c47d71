import { useState } from 'react';

/**
 * A draft order's editor, holding the order as it was when Edit was clicked: a colleague's save
 * meanwhile makes that version stale (the editor then offers theirs) instead of resetting what
 * is being typed.
 */
export function useDraftEditor<O>(order: O) {
  const [editing, setEditing] = useState<O | null>(null);
  return {
    opened: editing !== null,
    order: editing ?? order,
    open: () => setEditing(order),
    close: () => setEditing(null),
  };
}
