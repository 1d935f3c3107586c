import { Layout } from "./Layout";

// Headings people understand; the status code and the reason's code stay in the response.
const TITLES: Record<number, string> = {
  400: "That did not work",
  403: "Not allowed from here",
  404: "Page not found",
  405: "That cannot be done here",
  410: "This link no longer works",
  413: "That is too large",
  415: "That could not be read",
  429: "Too many tries",
};

export function ErrorPage(props: { status: number; message: string }) {
  const title = TITLES[props.status] ?? (props.status >= 500 ? "Something went wrong" : "Request refused");
  return (
    <Layout meta={{ title: `${title} · Standpoint`, description: props.message, url: "/" }}>
      <h1>{title}</h1>
      <p>{props.message}</p>
      <p>
        <a href="/">See all digests</a>
      </p>
    </Layout>
  );
}
