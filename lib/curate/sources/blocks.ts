/** The blank-line separated blocks of a captured page, without trailing spaces or empty blocks. */
export function blocks(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.replace(/[^\S\n]+$/gm, '').replace(/^\n+/, ''))
    .filter((block) => block.trim() !== '');
}

/** The start of an entry, to name it in a report. */
export function excerpt(text: string, max = 80): string {
  const line = text.trim().split('\n')[0]!.replace(/\s+/g, ' ');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
