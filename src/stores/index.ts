/** The public face of src/stores: interaction state shared between islands. */
export * from "./role.ts";
export * from "./sim-history.ts";
export * from "./sim-date.ts";
export * from "./sim-played.ts";
export * from "./sim-draft.ts";
export * from "./sim-selection.ts";
export * from "./sim-what-if.ts";
export * from "./sim-open.ts";
