const HAN = /\p{Script=Han}/u;

/**
 * What an avatar shows: for a Chinese name the given name's last two characters (as Chinese
 * apps do: 王小明 → 小明), else the first letters of the first two words.
 */
export function initials(name: string): string {
  const trimmed = name.trim();
  if (HAN.test(trimmed) && !/\s/.test(trimmed)) return [...trimmed].slice(-2).join('');
  const words = trimmed.split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((word) => [...word][0]!.toUpperCase())
    .join('');
}
