import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseWindowState, type WindowState } from './window-state';

export const WINDOW_STATE_FILE = 'window-state.json';

/** The saved window state of `dir`, or null when there is none or it is unreadable. */
export function loadWindowState(dir: string): WindowState | null {
  let text: string;
  try {
    text = readFileSync(join(dir, WINDOW_STATE_FILE), 'utf8');
  } catch {
    return null;
  }
  return parseWindowState(text);
}

/** Saves through a temporary file, so a crash mid-write never leaves a half file behind. */
export function saveWindowState(dir: string, state: WindowState): void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, WINDOW_STATE_FILE);
  const partial = `${file}.partial`;
  writeFileSync(partial, JSON.stringify(state));
  renameSync(partial, file);
}
