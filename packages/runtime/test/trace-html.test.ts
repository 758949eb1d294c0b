// The HTML page of a trace: self-contained (nothing fetched, no script), every text escaped, and
// holding the tree, the timeline, usage per model and subtree, and the prompts and responses.
import { describe, expect, it } from "vitest";
import { Trace, escapeHtml, renderTraceHtml, type TraceEvent } from "../src/trace/index.js";

const T0 = Date.UTC(2025, 0, 2, 3, 4, 5);
const INJECTION = `</script><script>alert("x")</script><img src=x onerror=alert(1)>`;

function trace(): TraceEvent[] {
  let now = T0;
  const t = new Trace({ clock: () => now });
  const run = t.begin("run", { parentId: null, depth: 0, name: "plan.scm" });
  now = T0 + 10;
  const a = t.begin("llm", { parentId: run.id, depth: 0, name: "llm-query", model: "gpt-4o-mini", prompt: { instruction: "Answer & be brief", data: INJECTION } });
  now = T0 + 20;
  const b = t.begin("llm", { parentId: run.id, depth: 0, name: "map <item> 2", model: "local-model" });
  now = T0 + 300;
  a.end({ status: "ok", response: `<b>bold</b> & "quoted" 'single'`, tokens: { prompt: 200, completion: 50, total: 250 }, costUsd: 0.00006 });
  const sub = t.begin("sub-sandbox", { parentId: run.id, depth: 1 });
  const inner = t.begin("llm", { parentId: sub.id, depth: 1, model: "local-model" });
  now = T0 + 500;
  inner.end({ status: "ok", tokens: { prompt: 40, completion: 10, total: 50 }, costUsd: null });
  sub.end({ status: "ok" });
  b.end({ status: "error", error: "boom <at> line 3" });
  now = T0 + 1000;
  run.end({ status: "ok" });
  return [...t.events()];
}

describe("renderTraceHtml", () => {
  const page = renderTraceHtml(trace());

  it("shows prompt text containing </script><script> as text: the page has no script at all", () => {
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toContain("<img");
    expect(page).toContain(escapeHtml(INJECTION));
    expect(escapeHtml(INJECTION)).toBe("&#60;/script&#62;&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;&#60;img src=x onerror=alert(1)&#62;");
    expect(page).toContain("&#60;b&#62;bold&#60;/b&#62; &#38; &#34;quoted&#34; &#39;single&#39;");
    expect(page).toContain("map &#60;item&#62; 2");
    expect(page).toContain("boom &#60;at&#62; line 3");
  });

  it("escapes text in attributes too (an id from a hand-edited file)", () => {
    const html = renderTraceHtml([{ id: `e1" onclick="alert(1)`, parentId: null, depth: 0, kind: "llm", start: T0, end: T0 + 1, status: "error", error: "x" }]);
    expect(html).not.toContain(`" onclick="`);
    expect(html).toContain(`id="ev-e1&#34; onclick=&#34;alert(1)"`);
    expect(html).toContain(`href="#ev-e1&#34; onclick=&#34;alert(1)"`);
  });

  it("is self-contained: no URL, no external src or href, no stylesheet or font to fetch", () => {
    expect(page).not.toMatch(/https?:|\/\/[a-z]/i);
    expect(page).not.toMatch(/<[^>]*\ssrc=/i); // in a tag: the escaped prompt text "&#60;img src=x" is only text
    expect(page).not.toMatch(/@import|url\(/i);
    const hrefs = [...page.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h.startsWith("#ev-"))).toBe(true);
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
  });

  it("holds the call tree as nested, collapsible details, containers open and leaves folded", () => {
    expect(page).toMatch(/<li id="ev-e1" class="status-ok"><details open>\n<summary><span class="id">e1<\/span> <span class="kind">run<\/span> <span class="name">plan.scm<\/span>/);
    expect(page).toMatch(/<li id="ev-e2" class="status-ok"><details>\n<summary><span class="id">e2<\/span> <span class="kind">llm<\/span>/);
    // e5 (the call in the sub-sandbox) sits inside e4's list, which sits inside e1's.
    const e1 = page.indexOf(`<li id="ev-e1"`);
    const e4 = page.indexOf(`<li id="ev-e4"`);
    const e5 = page.indexOf(`<li id="ev-e5"`);
    expect(e1).toBeLessThan(e4);
    expect(e4).toBeLessThan(e5);
    expect(page.slice(e4, e5)).toContain("<ul>");
    expect(page).toContain(`<li id="ev-e3" class="status-error">`);
  });

  it("shows each prompt part and response on demand, with its length", () => {
    expect(page).toContain(`<details><summary>instruction (17 characters)</summary><pre>Answer &#38; be brief</pre></details>`);
    expect(page).toContain(`<details><summary>data (${INJECTION.length} characters)</summary><pre>${escapeHtml(INJECTION)}</pre></details>`);
    expect(page).toContain(`<details><summary>response (31 characters)</summary>`);
    expect(page).toContain(`<details><summary>error (16 characters)</summary><pre class="error">boom &#60;at&#62; line 3</pre></details>`);
  });

  it("gives tokens and cost per model and per subtree", () => {
    expect(page).toContain(
      `<tr><td>gpt-4o-mini</td><td class="num">1</td><td class="num">200</td><td class="num">50</td><td class="num">250</td><td>$0.00006</td></tr>`,
    );
    expect(page).toContain(`<tr><td>local-model</td><td class="num">2</td><td class="num">40</td><td class="num">10</td><td class="num">50</td><td>price unknown</td></tr>`);
    expect(page).toContain(`<tr><th>total</th><td class="num">3</td><td class="num">240</td><td class="num">60</td><td class="num">300</td><td>$0.00006 + 1 unpriced call</td></tr>`);
    expect(page).toContain(`<span class="sub">subtree: 3 LLM calls, 300 tokens, $0.00006 + 1 unpriced call</span>`);
    expect(page).toContain(`<span class="sub">subtree: 1 LLM call, 50 tokens, price unknown</span>`);
  });

  it("draws the calls in flight as an SVG step chart scaled to the busiest moment", () => {
    const svg = page.slice(page.indexOf("<svg"), page.indexOf("</svg>"));
    expect(svg).toContain(`aria-label="Language-model calls in flight over 1.00 s, at most 2"`);
    // Gridlines for 1 and 2 calls; time ticks from 0 to the wall time.
    expect([...svg.matchAll(/dominant-baseline="middle">(\d+)<\/text>/g)].map((m) => m[1])).toEqual(["1", "2", "0"]);
    expect(svg).toContain(">0 ms</text>");
    expect(svg).toContain(">1.00 s</text>");
    // Plot: x 44..884 for 0..1000 ms, y 154 (none) .. 12 (2 calls). Calls start at +10 and +20 ms;
    // at +300 one ends as the sub-sandbox's call starts; both remaining end at +500.
    const d = /<path d="([^"]+)"/.exec(svg)![1]!;
    expect(d).toBe("M44.0,154.0 H52.4 V83.0 H60.8 V12.0 H296.0 V83.0 H296.0 V12.0 H464.0 V83.0 H464.0 V154.0 H884.0 V154.0 Z");
  });

  it("lists the errors with links to their events", () => {
    expect(page).toContain(`<h2>Errors (1)</h2>`);
    expect(page).toContain(`<li><a href="#ev-e3">e3</a> llm map &#60;item&#62; 2 local-model: <pre class="error">boom &#60;at&#62; line 3</pre></li>`);
  });

  it("renders an empty trace as a page that says so", () => {
    const html = renderTraceHtml([]);
    expect(html).toContain("<p>No events.</p>");
    expect(html).toContain("<title>rlms trace: 0 events</title>");
  });
});
