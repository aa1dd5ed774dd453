import { taxonomyRoute } from "../../taxonomy-route";

const route = taxonomyRoute("series");

export const generateMetadata = route.generateMetadata;
export default route.Page;
