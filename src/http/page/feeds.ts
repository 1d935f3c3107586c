// The feeds every page advertises with <link rel="alternate">.
export const FEEDS = [
  { path: "/feed.xml", type: "application/rss+xml", title: "Standpoint (RSS)" },
  { path: "/atom.xml", type: "application/atom+xml", title: "Standpoint (Atom)" },
  { path: "/feed.json", type: "application/feed+json", title: "Standpoint (JSON Feed)" },
] as const;

export interface Feed {
  path: string;
  type: (typeof FEEDS)[number]["type"];
  title: string;
}
