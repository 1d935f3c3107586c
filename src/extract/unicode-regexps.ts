/**
 * Regular expressions with Unicode property classes, written as tagged templates whose name is
 * the flags: `` rx.u`^\p{Lu}\p{Ll}+$` `` is `/^\p{Lu}\p{Ll}+$/u`.
 *
 * Why not literals: V8 checks every regular-expression literal as it parses a script, in functions
 * never called too, and each `\p{…}` class costs it an ICU set built afresh (about 0.06 ms here).
 * Every new Worker isolate parses the whole script, and is asked for pages far more often than
 * for drafts; the extractor's 412 classes were two fifths of that parse. A template is a string to
 * the parser: its expression is built the first time its line runs, and kept for that line.
 * `tests/extract/unicode-regexps.test.ts` keeps literals with such classes out of the extractor.
 */
type Tag = (template: TemplateStringsArray) => RegExp;

function tagWithFlags(flags: string): Tag {
  const built = new WeakMap<TemplateStringsArray, RegExp>();
  // A literal is a new object each time its line runs. With `g` or `y` an object keeps its place
  // in `lastIndex`, so those lines get a fresh copy (V8 shares the compiled pattern: no new parse).
  const fresh = flags.includes("g") || flags.includes("y");
  return (template) => {
    let re = built.get(template);
    if (!re) {
      if (template.length !== 1) throw new Error("rx: a pattern takes no substitutions");
      re = new RegExp(template.raw[0]!, flags);
      built.set(template, re);
    }
    return fresh ? new RegExp(re) : re;
  };
}

export const rx = {
  u: tagWithFlags("u"),
  gu: tagWithFlags("gu"),
  iu: tagWithFlags("iu"),
  su: tagWithFlags("su"),
  uy: tagWithFlags("uy"),
} as const;
