/** Whether a request URL belongs to the API (`/api`, `/api/...`) rather than to the renderer. */
export const isApiPath = (url: string) =>
  url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
