// The audit module's public surface for other modules, components and pages.
export * from "./labels";
export * from "./queries";
