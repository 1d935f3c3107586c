// The API's description: register routes with `documented` next to their handlers.

export {
  ApiError,
  type ApiRoute,
  cached,
  documented,
  documentedRoutes,
  errors,
  json,
  named,
  reasonOf,
  validQuery,
} from "../../http/openapi";
export { type OpenApiDocument, openApiDocument, openApiPath } from "./document";
export { openApiRoutes } from "./routes";
