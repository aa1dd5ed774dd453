// The public-site module's public surface for other modules, components and pages.
export * from "./cached";
export * from "./index-params";
export * from "./interviews";
export * from "./language-switch";
export * from "./preview";
export * from "./rss";
