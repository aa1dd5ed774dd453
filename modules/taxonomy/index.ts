// The taxonomy module's public surface for other modules, components and pages.
export * from "./places";
export * from "./queries/question-bank";
export * from "./queries/taxonomy";
export * from "./queries/usage";
export * from "./question-bank-specs";
export * from "./specs";
