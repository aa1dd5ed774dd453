// The people module's public surface for other modules, components and pages.
export * from "./names";
export * from "./queries";
export * from "./specs";
