import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  loadWindowState,
  saveWindowState,
  WINDOW_STATE_FILE,
} from '../../../electron/main/window/window-state-file';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  parseWindowState,
  placeWindow,
  type Rectangle,
  type WindowState,
} from '../../../electron/main/window/window-state';

const laptop: Rectangle = { x: 0, y: 0, width: 1920, height: 1050 };
// A second monitor to the right of the laptop.
const monitor: Rectangle = { x: 1920, y: 0, width: 2560, height: 1400 };

const state = (x: number, y: number, width: number, height: number, maximized = false): WindowState => ({
  bounds: { x, y, width, height },
  maximized,
});

function isInside(inner: Rectangle, outer: Rectangle) {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

describe('placeWindow', () => {
  test('reopens where it was left when that is on a screen', () => {
    expect(placeWindow(state(2100, 100, 1400, 900, true), [laptop, monitor], laptop)).toEqual(
      state(2100, 100, 1400, 900, true),
    );
  });

  test('with nothing saved, opens at the default size centred on the primary screen', () => {
    const placed = placeWindow(null, [laptop, monitor], laptop);
    expect(placed).toEqual(state(320, 125, DEFAULT_SIZE.width, DEFAULT_SIZE.height));
  });

  test('a window left on a monitor that is gone comes back centred on the primary screen', () => {
    const placed = placeWindow(state(2100, 100, 1400, 900), [laptop], laptop);
    expect(placed.bounds).toEqual({ x: 260, y: 75, width: 1400, height: 900 });
  });

  test('a window hanging over the edge is moved wholly onto the screen it is mostly on', () => {
    const placed = placeWindow(state(1700, -300, 1200, 800), [laptop, monitor], laptop);
    expect(placed.bounds).toEqual({ x: 1920, y: 0, width: 1200, height: 800 });
    expect(isInside(placed.bounds, monitor)).toBe(true);
  });

  test('a window larger than its screen is shrunk to it', () => {
    const small: Rectangle = { x: 0, y: 0, width: 1024, height: 700 };
    const placed = placeWindow(state(-50, -50, 3000, 2000), [small], small);
    expect(placed.bounds).toEqual(small);
  });

  test('never smaller than the minimum size, unless the screen itself is', () => {
    expect(placeWindow(state(10, 10, 200, 100), [laptop], laptop).bounds).toMatchObject(MIN_SIZE);
    const tiny: Rectangle = { x: 0, y: 0, width: 640, height: 480 };
    expect(placeWindow(state(0, 0, 200, 100), [tiny], tiny).bounds).toEqual(tiny);
  });

  test.each([
    state(-10_000, -10_000, 1200, 800),
    state(50_000, 50_000, 1200, 800),
    state(1919, 1049, 1200, 800),
    state(-1199, -799, 1200, 800),
  ])('the window is always wholly on a screen: %j', (saved) => {
    const placed = placeWindow(saved, [laptop, monitor], laptop);
    expect(isInside(placed.bounds, laptop) || isInside(placed.bounds, monitor)).toBe(true);
  });
});

describe('parseWindowState', () => {
  test('reads what was saved', () => {
    expect(parseWindowState(JSON.stringify(state(10, 20, 1200, 800, true)))).toEqual(
      state(10, 20, 1200, 800, true),
    );
  });

  test('keeps only the known fields', () => {
    const text = JSON.stringify({
      ...state(10, 20, 1200, 800),
      extra: 1,
      bounds: { ...state(10, 20, 1200, 800).bounds, z: 3 },
    });
    expect(parseWindowState(text)).toEqual(state(10, 20, 1200, 800));
  });

  test.each([
    null,
    '',
    '{',
    'null',
    '[]',
    '"text"',
    '{}',
    JSON.stringify({ bounds: { x: 0, y: 0, width: 1200 }, maximized: false }),
    JSON.stringify({ bounds: { x: '0', y: 0, width: 1200, height: 800 }, maximized: false }),
    JSON.stringify({ bounds: { x: 0.5, y: 0, width: 1200, height: 800 }, maximized: false }),
    JSON.stringify({ bounds: { x: 0, y: 0, width: 0, height: 800 }, maximized: false }),
    JSON.stringify({ bounds: { x: 0, y: 0, width: -5, height: 800 }, maximized: false }),
    JSON.stringify({ bounds: { x: 1e12, y: 0, width: 1200, height: 800 }, maximized: false }),
    '{"bounds":{"x":0,"y":0,"width":1200,"height":800},"maximized":"yes"}',
  ])('anything damaged gives null (defaults): %s', (text) => expect(parseWindowState(text)).toBeNull());
});

describe('window-state.json', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'crm-window-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('saves and loads the state', () => {
    saveWindowState(dir, state(100, 50, 1300, 900, true));
    expect(loadWindowState(dir)).toEqual(state(100, 50, 1300, 900, true));
    expect(JSON.parse(readFileSync(join(dir, WINDOW_STATE_FILE), 'utf8'))).toEqual(
      state(100, 50, 1300, 900, true),
    );
  });

  test('a missing or corrupt file gives null', () => {
    expect(loadWindowState(dir)).toBeNull();
    writeFileSync(join(dir, WINDOW_STATE_FILE), '\u0000garbage');
    expect(loadWindowState(dir)).toBeNull();
  });
});
