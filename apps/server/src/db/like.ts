/** `text` taken as itself in a LIKE / ILIKE pattern: `%`, `_` and `\` escaped (backslash is the default escape). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
