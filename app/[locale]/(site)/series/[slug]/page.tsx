import { taxonomyRoute } from "../../taxonomy-route";

const route = taxonomyRoute("series");

export const generateMetadata = route.generateMetadata;
export const generateStaticParams = route.generateStaticParams;
export default route.Page;
