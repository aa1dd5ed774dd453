// The media module's public surface for other modules, components and pages.
export * from "./focal-crop";
export * from "./process";
export * from "./queries/assets";
export * from "./queries/files";
export * from "./storage";
export * from "./upload";
