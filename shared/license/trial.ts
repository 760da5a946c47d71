/** A new company runs every module for this long, counted from its setup. */
export const TRIAL_DAYS = 30;
/** Active user accounts allowed during the trial, and after it until a key is activated. */
export const TRIAL_SEATS = 3;
