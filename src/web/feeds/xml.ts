// A minimal XML writer: every text and attribute value is escaped when the tree is
// serialized, so a feed is well-formed whatever a title or summary contains.
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlChild[];
}
export type XmlChild = XmlElement | string | null | undefined | false;

export function el(name: string, attrs: Record<string, string> = {}, ...children: XmlChild[]): XmlElement {
  return { name, attrs, children };
}

/** A whole document, with the declaration feed readers expect. */
export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${serialize(root)}\n`;
}

function serialize(node: XmlElement): string {
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(v).replace(/"/g, "&quot;")}"`)
    .join("");
  const children = node.children.filter((c): c is XmlElement | string => typeof c === "string" || (!!c && typeof c === "object"));
  if (children.length === 0) return `<${node.name}${attrs}/>`;
  const inner = children.map((c) => (typeof c === "string" ? escapeXml(c) : serialize(c))).join("");
  return `<${node.name}${attrs}>${inner}</${node.name}>`;
}

// Characters XML 1.0 forbids even when escaped are dropped rather than breaking the feed.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
