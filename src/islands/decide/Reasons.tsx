/**
 * The personal explanation of a result, from recommendRole's advice: why the recommended role fits and the
 * rules behind it, what keeps the wanted role closed and what would open it, what rules out the other roles,
 * and notes. Every engine message is shown in the reader's language, each rule links to its guide section.
 */
import type { DecideKey } from "../../i18n/decide/en.ts";
import type { RoleAdvice, RoleAssessment } from "../../rules/recommend-role.ts";
import type { ResultProps } from "./props.ts";
import type { Say, Tx } from "./text.ts";

type Props = { readonly advice: RoleAdvice; readonly tx: Tx; readonly say: Say; readonly props: ResultProps };

// A rule cited inline: its id as the link text, its title for screen readers and on hover; `full` shows the title.
function RuleRef({ id, props, full }: { id: string; props: ResultProps; full?: boolean }) {
  const rule = props.rules[id];
  if (!rule) return <span class="decide-rule">{id}</span>;
  if (full) return <><a href={rule.href}>{rule.title}</a> ({id})</>;
  return (
    <a class="decide-rule" href={rule.href} title={rule.title}>
      {id}
      <span class="visually-hidden">: {rule.title}</span>
    </a>
  );
}

// What rules a role out: the requirements the answers did not meet, with what would change each, then what else is
// needed that was not asked (said as what to do, since the engine words an unanswered requirement as unmet).
function Blockers({ role, tx, say, props, label }: { role: RoleAssessment; tx: Tx; say: Say; props: ResultProps; label?: string }) {
  const asked = role.blockers.filter((b) => !b.unanswered);
  const unasked = role.blockers.filter((b) => b.unanswered);
  return (
    <>
      {label && asked.length > 0 && <p>{label}</p>}
      {asked.length > 0 && (
        <ul class="decide-reasons decide-reasons--bad">
          {asked.map((b, i) => (
            <li key={i}>
              {say(b.message)} <RuleRef id={b.rule} props={props} />
              {b.change && (
                <span class="decide-change">
                  <strong>{tx("result.change")}</strong> {say(b.change)}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {unasked.length > 0 && <p>{tx("result.notAsked")}</p>}
      {unasked.length > 0 && (
        <ul class="decide-reasons decide-reasons--open">
          {unasked.map((b, i) => (
            <li key={i}>
              {say(b.change ?? b.message)} <RuleRef id={b.rule} props={props} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** What the reader is told to do until the role it wants is open, from where it stands today. */
function notYetLead({ wanted, from }: NonNullable<RoleAdvice["notYet"]>): DecideKey {
  return wanted === "direct-bill" && from !== "newcomer" ? `result.notYetLead.direct-bill.${from}` : `result.notYetLead.${wanted}`;
}

/** The reasons for a result. */
export function Reasons({ advice, tx, say, props }: Props) {
  const roleOf = (role: string) => advice.roles.find((r) => r.role === role);
  const recommended = roleOf(advice.recommended);
  const wanted = advice.notYet && roleOf(advice.notYet.wanted);
  const others = advice.roles.filter((r) => r !== recommended && r !== wanted);
  const shared = { tx, say, props };
  return (
    <>
      {advice.notYet && wanted && (
        <section aria-labelledby="decide-wanted">
          <h2 id="decide-wanted">{tx(`result.notYetWhy.${advice.notYet.wanted}`)}</h2>
          <p>{tx(notYetLead(advice.notYet))}</p>
          <Blockers role={wanted} {...shared} />
        </section>
      )}
      {recommended && (
        <section aria-labelledby="decide-why">
          <h2 id="decide-why">{tx(!advice.notYet ? "result.why" : advice.notYet.from === "newcomer" ? "result.startAs" : "result.meanwhile")}</h2>
          {recommended.fits.length > 0 && (
            <ul class="decide-reasons decide-reasons--good">
              {recommended.fits.map((fit, i) => <li key={i}>{say(fit)}</li>)}
            </ul>
          )}
          {!recommended.eligible && <Blockers role={recommended} {...shared} label={tx("result.blockedOwn")} />}
          <p>{tx("result.decidedBy")}</p>
          <ul>
            {recommended.rules.map((id) => (
              <li key={id}>
                <RuleRef id={id} props={props} full />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="decide-others">
        <h2 id="decide-others">{tx("result.others")}</h2>
        {others.map((role) => (
          <div class="decide-role" key={role.role}>
            <h3>{tx(`roleName.${role.role}`)}</h3>
            {role.eligible ? <p>{tx("result.open")}</p> : <Blockers role={role} {...shared} label={tx("result.ruledOut")} />}
            {role.eligible && role.fits.length > 0 && (
              <ul class="decide-reasons decide-reasons--good">
                {role.fits.map((fit, i) => <li key={i}>{say(fit)}</li>)}
              </ul>
            )}
          </div>
        ))}
      </section>
      {(advice.notes.length > 0 || advice.dependsOnDate) && (
        <section aria-labelledby="decide-notes">
          <h2 id="decide-notes">{tx("result.notes")}</h2>
          <ul>
            {advice.notes.map((note, i) => (
              <li key={i}>
                {say(note.message)}{" "}
                {note.rules.map((id, i) => (
                  <span key={id}>
                    {i > 0 && ", "}
                    <RuleRef id={id} props={props} />
                  </span>
                ))}
              </li>
            ))}
            {advice.dependsOnDate && <li>{tx("result.dependsOnDate", { date: props.floorChanged })}</li>}
          </ul>
        </section>
      )}
    </>
  );
}
