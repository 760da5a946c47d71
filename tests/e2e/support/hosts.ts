/** The host of the licensing spec (playwright.config.ts starts it): a company of its own. */
export const LICENSING_PORT = 4792;
export const LICENSING_URL = `http://127.0.0.1:${LICENSING_PORT}`;
