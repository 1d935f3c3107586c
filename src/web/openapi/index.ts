// The API's description: register routes with `documented` next to their handlers.
export { openApiDocument, openApiPath, type OpenApiDocument } from "./document";
export { ApiError, cached, documented, documentedRoutes, errors, json, named, reasonOf, validQuery, type ApiRoute } from "../../http/openapi";
export { openApiRoutes } from "./routes";
