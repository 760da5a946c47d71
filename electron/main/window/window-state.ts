export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered of the main window between launches. */
export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
export const MIN_SIZE = { width: 800, height: 560 } as const;

/** Coordinates beyond this are not a screen of this world: the file is damaged. */
const MAX_COORDINATE = 100_000;

const isCoordinate = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= MAX_COORDINATE;

function isRectangle(value: unknown): value is Rectangle {
  if (typeof value !== 'object' || value === null) return false;
  const { x, y, width, height } = value as Record<string, unknown>;
  return (
    isCoordinate(x) &&
    isCoordinate(y) &&
    isCoordinate(width) &&
    isCoordinate(height) &&
    width > 0 &&
    height > 0
  );
}

/** Reads the saved state; anything malformed gives null (the window opens with defaults). */
export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { bounds, maximized } = value as Record<string, unknown>;
  if (!isRectangle(bounds) || typeof maximized !== 'boolean') return null;
  return { bounds: { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height }, maximized };
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

function centeredIn(area: Rectangle, width: number, height: number): Rectangle {
  return {
    x: area.x + Math.floor((area.width - width) / 2),
    y: area.y + Math.floor((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where the window opens: the saved bounds moved and shrunk as needed to lie wholly inside
 * the work area of the display they overlap most; centred on the primary display when they
 * overlap none (a monitor was unplugged) or nothing was saved. Never off-screen.
 */
export function placeWindow(
  saved: WindowState | null,
  workAreas: readonly Rectangle[],
  primaryWorkArea: Rectangle,
): WindowState {
  let area = primaryWorkArea;
  let best = 0;
  if (saved) {
    for (const candidate of workAreas) {
      const overlap = overlapArea(saved.bounds, candidate);
      if (overlap > best) [area, best] = [candidate, overlap];
    }
  }
  const wanted = saved?.bounds ?? DEFAULT_SIZE;
  const width = Math.min(Math.max(wanted.width, MIN_SIZE.width), area.width);
  const height = Math.min(Math.max(wanted.height, MIN_SIZE.height), area.height);
  if (!saved || best === 0)
    return { bounds: centeredIn(area, width, height), maximized: saved?.maximized ?? false };
  return {
    bounds: {
      x: clamp(saved.bounds.x, area.x, area.x + area.width - width),
      y: clamp(saved.bounds.y, area.y, area.y + area.height - height),
      width,
      height,
    },
    maximized: saved.maximized,
  };
}
