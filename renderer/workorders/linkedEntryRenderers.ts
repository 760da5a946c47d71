import type { LinkedThreadEntry } from '../../shared/workorders/contract';
import { productLinkThreadRenderer } from '../inventory/ProductLinkThreadEntry';
import { remoteSessionThreadRenderer } from '../remote/RemoteSessionThreadEntry';
import type { LinkedEntryRenderer } from './linkedEntry';

type LinkedEntryRenderers = {
  [K in LinkedThreadEntry['kind']]: LinkedEntryRenderer<Extract<LinkedThreadEntry, { kind: K }>>;
};

/**
 * The registration point of the thread's renderers: a module that registers a thread source in
 * the core (electron/core/modules/workorders/thread.ts) adds its renderer here and nowhere else.
 */
export const LINKED_ENTRY_RENDERERS: LinkedEntryRenderers = {
  remoteSession: remoteSessionThreadRenderer,
  productLink: productLinkThreadRenderer,
};

export const linkedRendererFor = (kind: LinkedThreadEntry['kind']) =>
  LINKED_ENTRY_RENDERERS[kind] as LinkedEntryRenderer<LinkedThreadEntry>;
