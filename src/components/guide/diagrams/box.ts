/**
 * Measuring a box before drawing it: the name and note are wrapped to the box width, and the height follows.
 *
 *   measureBox("Indirect reseller", "support contact only where designated", 200).height → 70
 */
import { block, type Block } from "./text.ts";

/** A box whose text has been wrapped and whose height is known. */
export type MeasuredBox = {
  readonly width: number;
  readonly height: number;
  readonly pad: number;
  readonly gap: number;
  readonly name: Block;
  readonly note: Block | undefined;
};

/** Wraps a box's name (bold) and optional note (muted) to its width and works out its height. */
export function measureBox(name: string, note: string | undefined, width: number, minHeight = 0): MeasuredBox {
  const pad = 10;
  const gap = 3;
  const inner = width - 2 * pad;
  const n = block(name, inner, 16, true);
  const o = note ? block(note, inner, 14) : undefined;
  const height = Math.max(minHeight, pad + n.height + (o ? gap + o.height : 0) + pad);
  return { width, height, pad, gap, name: n, note: o };
}

/** The same height for every box in a row: the tallest one's. */
export function evenRow(boxes: readonly MeasuredBox[]): MeasuredBox[] {
  const height = Math.max(...boxes.map((b) => b.height));
  return boxes.map((b) => ({ ...b, height }));
}
