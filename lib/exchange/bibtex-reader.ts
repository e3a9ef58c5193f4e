import { IMPORT_LIMITS } from '../paper/limits';

/** One entry of a BibTeX file, its values raw (LaTeX as written, outer delimiters removed). */
export interface BibEntry {
  type: string;
  key: string;
  /** Field names in lower case; the first of a repeated field counts, as in BibTeX. */
  fields: Map<string, string>;
}

/** A file whose `@string` macros nest too deep or expand too far: refused whole, however valid. */
export class BibtexLimitError extends Error {
  override name = 'BibtexLimitError';
}

export class BibtexSyntaxError extends Error {
  override name = 'BibtexSyntaxError';
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const IDENTIFIER = /[^\s"#%'(),={}]+/y;
const ENTRY_START = /@\s*([a-zA-Z]+)\s*([{(])/y;

/**
 * Reads the entries of a BibTeX file as BibTeX itself does: text outside entries is a comment,
 * values are braced, quoted, numbers or `@string` macros joined with `#`, and braces must balance.
 * Anything else is a BibtexSyntaxError with the line it was met on. Macros built of macros double
 * with each level, so a file of a kilobyte could ask for gigabytes: past the depth and lengths of
 * `IMPORT_LIMITS` the file is a BibtexLimitError.
 */
export function readBibtex(text: string): BibEntry[] {
  return new Reader(text).entries();
}

interface Macro {
  text: string;
  depth: number;
}

class Reader {
  private pos = 0;
  /** Each macro's text and how many macros deep it is built. */
  private readonly macros = new Map<string, Macro>(MONTHS.map((m) => [m, { text: m, depth: 1 }]));
  private expanded = 0;

  constructor(private readonly text: string) {}

  entries(): BibEntry[] {
    const entries: BibEntry[] = [];
    for (let at = this.text.indexOf('@'); at >= 0; at = this.text.indexOf('@', this.pos)) {
      ENTRY_START.lastIndex = at;
      const start = ENTRY_START.exec(this.text);
      // An "@" that opens no entry (an e-mail address in a comment) is comment text too.
      if (!start) {
        this.pos = at + 1;
        continue;
      }
      this.pos = ENTRY_START.lastIndex;
      const type = start[1]!.toLowerCase();
      const close = start[2] === '{' ? '}' : ')';
      if (type === 'comment') this.skipComment(at);
      else if (type === 'preamble') this.readPreamble(close, at);
      else if (type === 'string') this.readMacro(close, at);
      else entries.push(this.readEntry(type, close, at));
    }
    return entries;
  }

  private readEntry(type: string, close: string, at: number): BibEntry {
    this.skipSpace();
    const key = /[^\s,{}()]*/y;
    key.lastIndex = this.pos;
    const name = key.exec(this.text)![0];
    this.pos = key.lastIndex;
    const fields = new Map<string, string>();
    this.skipSpace();
    if (this.peek(at) === ',') this.pos++;
    for (;;) {
      this.skipSpace();
      if (this.peek(at) === close) {
        this.pos++;
        return { type, key: name, fields };
      }
      const field = this.identifier();
      if (!field) throw this.error(`expected a field name or "${close}" in @${type}{${name}`);
      this.expect('=', at, `after the field name "${field}"`);
      const { text: value } = this.readValue(at);
      if (!fields.has(field.toLowerCase())) fields.set(field.toLowerCase(), value);
      this.skipSpace();
      const next = this.peek(at);
      if (next === ',') this.pos++;
      else if (next !== close) throw this.error(`expected "," or "${close}" after the field "${field}" in @${type}{${name}`);
    }
  }

  private readMacro(close: string, at: number): void {
    this.skipSpace();
    const name = this.identifier();
    if (!name) throw this.error('expected a name in @string');
    this.expect('=', at, `after @string name "${name}"`);
    const value = this.readValue(at);
    const depth = value.depth + 1;
    if (depth > IMPORT_LIMITS.bibtexMacroDepth) {
      throw new BibtexLimitError(
        `its @string macros are built of one another more than ${IMPORT_LIMITS.bibtexMacroDepth} levels deep (at "${name}", line ${lineOf(this.text, at)})`,
      );
    }
    this.macros.set(name.toLowerCase(), { text: value.text, depth });
    this.expect(close, at, `to close @string "${name}"`);
  }

  private readPreamble(close: string, at: number): void {
    this.readValue(at);
    this.expect(close, at, 'to close @preamble');
  }

  /** `@comment{...}`: skipped whole, braces balanced, as biber and JabRef write it. */
  private skipComment(at: number): void {
    if (this.text[this.pos - 1] !== '{') return;
    this.pos--;
    this.braced(at);
  }

  /** Parts joined with `#`: `{text}`, `"text"`, `2024`, or a macro name; `depth` is that of its deepest macro. */
  private readValue(at: number): Macro {
    let text = '';
    let depth = 0;
    for (;;) {
      this.skipSpace();
      const c = this.peek(at);
      if (c === '{') text += this.braced(at);
      else if (c === '"') text += this.quoted(at);
      else {
        const word = this.identifier();
        if (!word) throw this.error(`expected a value, found "${c}"`);
        const macro = /^\d+$/.test(word) ? undefined : this.macros.get(word.toLowerCase());
        if (macro) {
          this.expanded += macro.text.length;
          if (text.length + macro.text.length > IMPORT_LIMITS.bibtexMacroChars || this.expanded > IMPORT_LIMITS.bibtexExpansionChars) {
            throw new BibtexLimitError(`its @string macros expand to more text than any bibliography holds (at line ${lineOf(this.text, this.pos)})`);
          }
          depth = Math.max(depth, macro.depth);
        }
        text += macro ? macro.text : word;
      }
      this.skipSpace();
      if (this.text[this.pos] !== '#') return { text, depth };
      this.pos++;
    }
  }

  /** The text inside a braced group; braces inside must balance, escaped or not, as in BibTeX. */
  private braced(at: number): string {
    const open = this.pos;
    let depth = 0;
    for (; this.pos < this.text.length; this.pos++) {
      const c = this.text[this.pos];
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        this.pos++;
        return this.text.slice(open + 1, this.pos - 1);
      }
    }
    throw this.unclosed(at);
  }

  /** The text inside quotes; a quote inside braces does not end it. */
  private quoted(at: number): string {
    const open = this.pos++;
    let depth = 0;
    for (; this.pos < this.text.length; this.pos++) {
      const c = this.text[this.pos];
      if (c === '{') depth++;
      else if (c === '}') {
        if (--depth < 0) throw this.error('a "}" closes nothing inside a quoted value');
      } else if (c === '"' && depth === 0) {
        this.pos++;
        return this.text.slice(open + 1, this.pos - 1);
      }
    }
    throw this.unclosed(at);
  }

  private identifier(): string {
    IDENTIFIER.lastIndex = this.pos;
    const m = IDENTIFIER.exec(this.text);
    if (!m) return '';
    this.pos = IDENTIFIER.lastIndex;
    return m[0];
  }

  private expect(c: string, at: number, where: string): void {
    this.skipSpace();
    if (this.peek(at) !== c) throw this.error(`expected "${c}" ${where}`);
    this.pos++;
  }

  /** The next character; the end of the text inside an entry means the entry was never closed. */
  private peek(at: number): string {
    const c = this.text[this.pos];
    if (c === undefined) throw this.unclosed(at);
    return c;
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }

  private unclosed(at: number): BibtexSyntaxError {
    return new BibtexSyntaxError('this entry is never closed (the file may be cut short)', lineOf(this.text, at));
  }

  private error(message: string): BibtexSyntaxError {
    return new BibtexSyntaxError(message, lineOf(this.text, this.pos));
  }
}

function lineOf(text: string, pos: number): number {
  let line = 1;
  for (let i = 0; i < pos && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}
