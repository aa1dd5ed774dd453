import { taxonomyRoute } from "../../taxonomy-route";

const route = taxonomyRoute("department");

export const generateMetadata = route.generateMetadata;
export default route.Page;
