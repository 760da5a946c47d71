import { createTheme, localStorageColorSchemeManager } from '@mantine/core';

// System UI fonts first, then the CJK faces of each platform so Chinese matches the Latin text.
const FONT_FAMILY = [
  '-apple-system',
  'BlinkMacSystemFont',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  'sans-serif',
].join(', ');

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  cursorType: 'pointer',
  fontFamily: FONT_FAMILY,
  headings: { fontFamily: FONT_FAMILY, fontWeight: '650' },
});

/** Light, dark or `auto` (follow the OS, the default), remembered across restarts. */
export const colorSchemeManager = localStorageColorSchemeManager({ key: 'crm.color-scheme' });
