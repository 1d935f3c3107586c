export { FEEDS } from "./alternates";
export { feedRoutes } from "./routes";
