/** Largest request body any transport accepts (1 MiB). */
export const MAX_INPUT_BYTES = 1024 * 1024;
