export { FEEDS } from "../../http/page/feeds";
export { feedRoutes } from "./routes";
