/** The public face of src/stores: interaction state shared between islands. */
export * from "./role.ts";
