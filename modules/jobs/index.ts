// The jobs module's public surface for other modules, components and pages.
export * from "./queries";
export * from "./specs";
