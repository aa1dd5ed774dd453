// The site module's public surface for other modules, components and pages.
export * from "./queries";
export * from "./settings-specs";
export * from "./theme";
