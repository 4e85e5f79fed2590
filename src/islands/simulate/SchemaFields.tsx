/** The generated controls for every field of an object schema (an action, a record of the world, a profile). */
import type { Problem, Schema, World } from "../../engine/index.ts";
import { fieldsOf } from "../../simulate/form-model.ts";
import { FieldControl } from "./FieldControl.tsx";

/** What the generated fields need. */
export type SchemaFieldsProps = {
  readonly node: Schema<unknown>;
  readonly value: Readonly<Record<string, unknown>>;
  readonly onChange: (next: Record<string, unknown>) => void;
  /** The JSON path of the object, so problems land on their fields. */
  readonly path: string;
  readonly idBase: string;
  readonly problems: readonly Problem[];
  readonly world: World;
  readonly skip?: readonly string[];
};

/** Every field of an object schema, in order, each with its label and problems. */
export function SchemaFields(props: SchemaFieldsProps) {
  const { node, value, onChange, path } = props;
  const name = node.k === "object" ? node.name : undefined;
  return (
    <>
      {fieldsOf(node)
        .filter((f) => !props.skip?.includes(f.name))
        .map((spec) => (
          <FieldControl
            key={spec.name}
            spec={spec}
            objectName={name?.replace(/^action\./, "")}
            value={value[spec.name]}
            onChange={(next) => {
              const { [spec.name]: _old, ...rest } = value;
              onChange(next === undefined ? rest : { ...rest, [spec.name]: next });
            }}
            path={`${path}.${spec.name}`}
            parent={path}
            idBase={props.idBase}
            problems={props.problems}
            world={props.world}
          />
        ))}
    </>
  );
}
