// Patterns with Unicode property classes (\p{L}, \p{Lu}, …), built the first time they are used.
//
// V8 builds each property class from ICU's tables every time it parses a pattern, some 40 µs a
// class, and it parses a regular-expression literal when its module is compiled (to check it),
// again when the literal is first evaluated, and again when it first runs. The core's 350 classes
// cost 20 ms of every start of the command, most of them for patterns one article never runs. A
// pattern written with the `unicode` tag is kept as text until it is first used, and parsed then.
//
//   const NAME = unicode`^\p{Lu}[\p{L}'’.-]+`;       // flags 'u'
//   const TAIL = unicode.i`(?<!\p{L})(?:oder|und)$`; // flags 'iu'
//
// The text between the backticks is the pattern as a literal writes it (String.raw: a backslash is
// one backslash); `${…}` takes a string or another pattern's source.

/** What the core asks of a pattern: a RegExp, or a UnicodePattern that builds one when first used. */
export type Pattern = {
  readonly source: string;
  readonly flags: string;
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
  [Symbol.replace](text: string, replacement: string | ((match: string, ...rest: any[]) => string)): string;
  [Symbol.match](text: string): RegExpMatchArray | null;
  [Symbol.split](text: string, limit?: number): string[];
};

/** Every UnicodePattern made, so that a test can build them all (a bad one would fail only when first used). */
export const declared: UnicodePattern[] = [];

export class UnicodePattern implements Pattern {
  private built: RegExp | undefined = undefined;

  constructor(
    readonly source: string,
    readonly flags: string,
  ) {
    declared.push(this);
  }

  /** The RegExp, built on the first call. */
  get regex(): RegExp {
    return (this.built ??= new RegExp(this.source, this.flags));
  }

  test(text: string): boolean {
    return this.regex.test(text);
  }

  exec(text: string): RegExpExecArray | null {
    return this.regex.exec(text);
  }

  /** Where a global or sticky pattern's next search starts, as on a RegExp. */
  get lastIndex(): number {
    return this.regex.lastIndex;
  }

  set lastIndex(at: number) {
    this.regex.lastIndex = at;
  }

  // what String's replace, match and split call on a pattern they are given
  [Symbol.replace](text: string, replacement: string | ((match: string, ...rest: any[]) => string)): string {
    return text.replace(this.regex, replacement as string);
  }

  [Symbol.match](text: string): RegExpMatchArray | null {
    return text.match(this.regex);
  }

  [Symbol.split](text: string, limit?: number): string[] {
    return text.split(this.regex, limit);
  }
}

/** A pattern as a RegExp, for the String methods that take one (replace, split, match, matchAll). */
export const regexOf = (pattern: Pattern): RegExp => (pattern instanceof UnicodePattern ? pattern.regex : (pattern as RegExp));

type Part = string | { readonly source: string };
type Tag = (strings: TemplateStringsArray, ...parts: readonly Part[]) => UnicodePattern;

const tag =
  (flags: string): Tag =>
  (strings, ...parts) =>
    new UnicodePattern(String.raw({ raw: strings.raw }, ...parts.map((p) => (typeof p === 'string' ? p : p.source))), flags);

/** A pattern with flags 'u'; `unicode.i` adds 'i', `unicode.g` 'g', `unicode.gi` both, `unicode.y` 'y'. */
export const unicode: Tag & { readonly i: Tag; readonly g: Tag; readonly gi: Tag; readonly y: Tag } = Object.assign(tag('u'), {
  i: tag('iu'),
  g: tag('gu'),
  gi: tag('giu'),
  y: tag('uy'),
});

/** A pattern made from a source built at run time (word lists of a language), with flags that include 'u'. */
export const unicodeFrom = (source: string, flags = 'u'): UnicodePattern => new UnicodePattern(source, flags);
