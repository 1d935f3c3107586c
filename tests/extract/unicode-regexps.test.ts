// The extractor builds its expressions with Unicode property classes (`\p{L}`) from templates
// (src/extract/unicode-regexps.ts): as literals, V8 checks each one while it parses the Worker's
// script, which every new isolate does, for pages that never draft.
import { describe, expect, it } from "vitest";
import { rx } from "../../src/extract/unicode-regexps";

const sources = import.meta.glob<string>("../../src/extract/*.ts", { query: "?raw", import: "default", eager: true });

const REGEX_BEFORE = /[(,=:[!&|?{};+\-*%<>~^]$|(?:^|[^\w$])(?:return|typeof|case|in|of|void|throw|new|delete|else|do|yield|await)$/;

/**
 * The regular-expression literals of a TypeScript source that hold a Unicode property class,
 * read by a small lexer: comments, strings and templates (with their `${…}`) are skipped, and a
 * slash starts a literal where an expression may begin, as the language decides.
 */
function unicodeClassLiterals(source: string): string[] {
  const found: string[] = [];
  const braces: number[] = []; // for each open `${`, the brace depth it returns to the template at
  let depth = 0;
  let code = ""; // the code read so far, without comments, strings or templates: for the slash rule
  let i = 0;
  const template = () => {
    // from just inside a backtick to its end or to a `${`
    for (; i < source.length; i++) {
      if (source[i] === "\\") i++;
      else if (source[i] === "`") return void i++;
      else if (source[i] === "$" && source[i + 1] === "{") {
        braces.push(depth++);
        i += 2;
        return;
      }
    }
  };
  while (i < source.length) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === "/" && next === "/") i = source.indexOf("\n", i) < 0 ? source.length : source.indexOf("\n", i);
    else if (c === "/" && next === "*") i = source.indexOf("*/", i + 2) + 2;
    else if (c === '"' || c === "'") {
      for (i++; i < source.length && source[i] !== c; i++) if (source[i] === "\\") i++;
      i++;
      code += "0";
    } else if (c === "`") {
      i++;
      template();
      code += "0";
    } else if (c === "}" && braces.at(-1) === depth - 1) {
      braces.pop();
      depth--;
      template();
      code += "0";
    } else if (c === "/" && REGEX_BEFORE.test(code.trimEnd() || "(")) {
      const start = i;
      for (let inClass = false, j = i + 1; j < source.length; j++) {
        if (source[j] === "\\") j++;
        else if (source[j] === "[") inClass = true;
        else if (source[j] === "]") inClass = false;
        else if (source[j] === "/" && !inClass) {
          for (i = j + 1; /[a-z]/.test(source[i] ?? ""); i++);
          break;
        }
      }
      const literal = source.slice(start, i);
      if (literal.includes("\\p{")) found.push(literal);
      code += "0";
    } else {
      if (c === "{") depth++;
      else if (c === "}") depth--;
      code += c;
      i++;
    }
  }
  return found;
}

describe("the extractor's expressions with Unicode property classes", () => {
  it("are built from templates, not literals", () => {
    expect(Object.keys(sources).length).toBeGreaterThan(40);
    const literals = Object.entries(sources).flatMap(([file, source]) => unicodeClassLiterals(source).map((l) => `${file}: ${l}`));
    expect(literals).toEqual([]);
  });

  it("are found as literals wherever the language reads one (negative control)", () => {
    const source = [
      "const a = /^\\p{Lu}/u; // a comment with /\\p{L}/u",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text for the lexer, a template in it
      "const b = `${x ? `\\p{L}` : /\\p{Ll}+/u}`;",
      'const c = "/\\p{L}/u" + n / 2 / 3;',
      "function f() { return /[\\p{L}/]+\\/\\p{N}/gu.test(s) && g(/x/); }",
      "/* /\\p{L}/u */ const d = rx.u`\\p{L}`, e = (t) => /\\p{M}/u;",
    ].join("\n");
    expect(unicodeClassLiterals(source)).toEqual(["/^\\p{Lu}/u", "/\\p{Ll}+/u", "/[\\p{L}/]+\\/\\p{N}/gu", "/\\p{M}/u"]);
  });

  it("mean what the literal would", () => {
    const made = rx.u`^\p{Lu}[\p{L}'’-]*$`;
    expect([made.source, made.flags]).toEqual([/^\p{Lu}[\p{L}'’-]*$/u.source, "u"]);
    expect(["Émile", "O’Neil", "émile", "A1"].map((w) => made.test(w))).toEqual([true, true, false, false]);
    // One object for a line without `g` or `y`, as nothing it keeps can change.
    const line = () => rx.u`\p{L}`;
    expect(line()).toBe(line());
    // A fresh one each time for a line with `g` or `y`, as a literal's: lastIndex starts at 0.
    const words = () => rx.gu`\p{L}+`;
    const first = words();
    first.exec("ab cd");
    expect(first.lastIndex).toBe(2);
    expect(words()).not.toBe(first);
    expect(words().exec("ab cd")?.index).toBe(0);
  });
});
