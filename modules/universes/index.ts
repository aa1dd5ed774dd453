// The universes module's public surface for other modules, components and pages.
export * from "./gate";
export * from "./icons";
export * from "./queries/stories";
export * from "./queries/universes";
export * from "./self-check";
export * from "./specs";
