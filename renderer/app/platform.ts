/** Shortcut labels follow the platform: ⌘ on a Mac, Ctrl elsewhere. */
export const isMac = /mac/i.test(navigator.platform || navigator.userAgent);
