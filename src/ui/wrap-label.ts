/**
 * Breaks a label into lines of at most `width` characters at word boundaries, keeping at most
 * `maxLines`; a cut label ends with an ellipsis. SVG text does not wrap by itself.
 */
export function wrapLabel(text: string, width: number, maxLines = 2): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width || !line) {
      line = next;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const cut = lines.length > maxLines;
  const kept = lines.slice(0, maxLines).map((l) => (l.length > width ? l.slice(0, width) : l));
  if (cut || lines.some((l) => l.length > width)) {
    const last = kept[kept.length - 1] ?? '';
    const room = Math.max(1, width - 1);
    kept[kept.length - 1] = `${last.length > room ? last.slice(0, room).trimEnd() : last}…`;
  }
  return kept;
}
