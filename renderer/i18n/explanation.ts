import type { Translatable } from './errorMessages';

/** A refusal in plain words: what happened, why, and what to do about it. */
export interface Explanation {
  title: Translatable;
  explanation: Translatable;
  remedy: Translatable;
}
