// The interviews module's public surface for other modules, components and pages.
export * from "./create";
export * from "./diff";
export * from "./draft";
export * from "./fields";
export * from "./queries/interviews";
export * from "./queries/revisions";
export * from "./queries/search-index";
export * from "./queries/studio-list";
export * from "./queries/visibility";
