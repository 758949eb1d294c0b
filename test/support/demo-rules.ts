// The scripted server's rules for the demo (examples/support-tickets.scm): answers like a model's
// (a strategy line, one JSON category per ticket from the words of its title, an explanation).
// scripts/record-demo.mjs records the shipped cassette with them; a CLI test runs the demo live
// against them through --base-url.

import type { ScriptedRule } from "./scripted-llm-server.js";

const CATEGORIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/charged|refund|invoice|vat/i, "billing"],
  [/log in|login|password|locked|two-factor/i, "login"],
  [/slow|seconds to load/i, "performance"],
  [/crash|error/i, "crash"],
];

export const DEMO_RULES: ScriptedRule[] = [
  {
    match: (body) => body.messages.some((m) => typeof m.content === "string" && m.content.startsWith("You plan the analysis")),
    reply: "STRATEGY: classify-then-aggregate - 12 short titles; classify each with a small model, count in code, explain the largest group.",
    latencyMs: 40,
  },
  {
    match: (body) => body.response_format !== undefined,
    reply: (req) => JSON.stringify({ category: CATEGORIES.find(([re]) => re.test(req.lastUserMessage))?.[1] ?? "other" }),
    // Different latencies, so the answers arrive out of order (map-async keeps ticket order).
    latencyMs: (req) => 10 + (req.lastUserMessage.length % 7) * 15,
  },
  {
    match: /log in|password|locked/i,
    reply:
      "The login tickets share one cause: password-reset and two-factor emails arrive late or land in spam, so codes and links expire before users can use them. Fix the sender's email authentication (SPF/DKIM) and extend the validity of reset links and codes to 30 minutes.",
    latencyMs: 60,
  },
];

/** What the demo prints on stdout with these answers (live or replayed from the cassette). */
export const DEMO_STDOUT = `planner: STRATEGY: classify-then-aggregate - 12 short titles; classify each with a small model, count in code, explain the largest group.
  login        5
  billing      3
  crash        2
  performance  2
Top issue: login (5 of 12 tickets). The login tickets share one cause: password-reset and two-factor emails arrive late or land in spam, so codes and links expire before users can use them. Fix the sender's email authentication (SPF/DKIM) and extend the validity of reset links and codes to 30 minutes.
`;
