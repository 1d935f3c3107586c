import { Layout } from "./Layout";

const TITLES: Record<number, string> = {
  400: "Bad request",
  403: "Forbidden",
  404: "Not found",
  405: "Method not allowed",
  413: "Too large",
  415: "Unsupported media type",
  429: "Too many requests",
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
