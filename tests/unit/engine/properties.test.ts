import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apply, evaluate, validateAction, validateWorld, type Action, type World } from "../../../src/rules/index.ts";
import { generateAction, generateDate, generateWorld, random } from "./generate.ts";
import { undeclaredMessages } from "./trace-checks.ts";

// A valid action for a world from a seed, or undefined when the random one clashes with existing ids.
function actionFor(world: World, seed: number, n: number): Action | undefined {
  const checked = validateAction(world, generateAction(random(seed), world, n));
  return checked.ok ? checked.value : undefined;
}

// A tenant used for CSP transactions that holds a CSP subscription sold by another company's partner tenant.
function cspTenantsBuyingFromOthers(world: World): string[] {
  const tenants = new Map(world.tenants.map((t) => [t.id, t]));
  return world.subscriptions
    .filter((s) => s.channel === "csp" && tenants.get(s.customer)?.kind === "csp" && tenants.get(s.seller ?? "")?.organisation !== tenants.get(s.customer)?.organisation)
    .map((s) => s.id);
}

const worlds = fc.record({ world: fc.integer({ min: 1, max: 1_000_000 }), size: fc.integer({ min: 8, max: 60 }), action: fc.integer(), date: fc.integer() });

describe("properties over generated worlds", { timeout: 60_000 }, () => {
  it("never throws, and every verdict is deterministic and explained with declared messages", () => {
    fc.assert(
      fc.property(worlds, ({ world: seed, size, action: actionSeed, date }) => {
        const world = generateWorld(seed, { organisations: size });
        const action = actionFor(world, actionSeed, 0);
        fc.pre(action !== undefined);
        const asOf = generateDate(random(date));
        const verdict = evaluate(world, action, asOf);
        expect(evaluate(world, action, asOf)).toEqual(verdict);
        expect(undeclaredMessages(verdict)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("names at least one failed rule in every denial, and only failed rules", () => {
    fc.assert(
      fc.property(worlds, ({ world: seed, size, action: actionSeed, date }) => {
        const world = generateWorld(seed, { organisations: size });
        const action = actionFor(world, actionSeed, 0);
        fc.pre(action !== undefined);
        const verdict = evaluate(world, action, generateDate(random(date)));
        expect(verdict.failed).toEqual(verdict.trace.filter((e) => e.outcome === "failed").map((e) => e.rule));
        expect(verdict.verdict === "denied").toBe(verdict.failed.length > 0);
      }),
      { numRuns: 400 },
    );
  });

  it("keeps worlds valid, serialisable and consistent along any sequence of actions", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 8, max: 30 }), fc.array(fc.integer(), { minLength: 5, maxLength: 25 }), fc.integer(), (seed, size, seeds, date) => {
        let world = generateWorld(seed, { organisations: size });
        const asOf = generateDate(random(date));
        seeds.forEach((s, n) => {
          const action = actionFor(world, s, n);
          if (!action) return;
          const verdict = evaluate(world, action, asOf);
          const result = apply(world, action, asOf);
          expect(result.verdict).toEqual(verdict);
          if (verdict.verdict === "denied") {
            expect(result.world).toBe(world);
            expect(result.changes).toEqual([]);
          }
          const roundTrip = validateWorld(JSON.parse(JSON.stringify(result.world)));
          expect(roundTrip.ok ? [] : roundTrip.problems).toEqual([]);
          if (roundTrip.ok) expect(evaluate(roundTrip.value, action, asOf)).toEqual(evaluate(result.world, action, asOf));
          world = result.world;
        });
      }),
      { numRuns: 150 },
    );
  });

  it("never lets a CSP transacting tenant buy from another CSP partner", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.array(fc.integer(), { minLength: 5, maxLength: 30 }), fc.integer(), (seed, seeds, date) => {
        let world = generateWorld(seed, { organisations: 20 });
        expect(cspTenantsBuyingFromOthers(world)).toEqual([]);
        const asOf = generateDate(random(date));
        seeds.forEach((s, n) => {
          const base = generateAction(random(s), world, n);
          // Aim half of the actions at the case the restriction is about: an order from a partner that already
          // holds a relationship with another partner's CSP tenant.
          const cspIds = new Set(world.tenants.filter((t) => t.kind === "csp").map((t) => t.id));
          const targets = world.resellerRelationships.filter((r) => r.state === "active" && cspIds.has(r.customer));
          const target = targets[n % Math.max(1, targets.length)];
          const aimed = n % 2 === 0 && target
            ? { type: "placeOrder", partner: target.partner, customer: target.customer, subscription: `aimed-${n}`, product: "Microsoft 365 E3", kind: "licence" }
            : base;
          const checked = validateAction(world, aimed);
          if (!checked.ok) return;
          world = apply(world, checked.value, asOf).world;
          expect(cspTenantsBuyingFromOthers(world)).toEqual([]);
        });
      }),
      { numRuns: 200 },
    );
  });
});
