// `#:image` / `#:images` through a session: data URLs, bare base64 and files of the allowed
// directory reach the server as image_url parts; any other host path (outside the directory,
// `../`, a symlink pointing out) and URLs to fetch are refused with a clear error before anything
// is sent.

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeAfterEach, scriptedSession } from "./support/scripted-session.js";

closeAfterEach();

/** A whole 1×1 PNG. */
const PNG_BYTES = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const PNG_BASE64 = PNG_BYTES.toString("base64");
const JPEG_BASE64 = Buffer.concat([Buffer.from("ffd8ffe000104a46494600010100000100010000", "hex"), Buffer.alloc(40, 7)]).toString("base64");
const OTHER_BYTES = Buffer.from("GIF89a-other-image-bytes");

let root: string;
let images: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "rlms-session-images-"));
  images = join(root, "images");
  mkdirSync(join(images, "sub"), { recursive: true });
  writeFileSync(join(images, "cat.png"), PNG_BYTES);
  writeFileSync(join(images, "sub", "dog.gif"), OTHER_BYTES);
  writeFileSync(join(images, "..hidden.png"), PNG_BYTES);
  writeFileSync(join(images, "notes.txt"), "not an image");
  writeFileSync(join(root, "secret.png"), Buffer.from("outside the image directory"));
  symlinkSync(join(root, "secret.png"), join(images, "escape.png"));
  symlinkSync(join(images, "cat.png"), join(images, "alias.png"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

type Part = { type: string; text?: string; image_url?: { url: string } };

describe("images that are sent", () => {
  it("a data URL and bare base64 reach the server as image_url parts after the text", async () => {
    const { session, server } = await scriptedSession([]);
    const dataUrl = `data:image/png;base64,${PNG_BASE64}`;
    const r = await session.execute(`
      (llm-query #:data "What is this?" #:image "${dataUrl}")
      (llm-query #:data "And these?" #:images (list "${PNG_BASE64}" "${JPEG_BASE64}"))
      'sent`);
    expect(r.error?.message ?? r.value).toBe("sent");
    const [first, second] = server.requests.map((q) => q.body.messages.at(-1)!.content as Part[]);
    expect(first).toEqual([
      { type: "text", text: "What is this?" },
      { type: "image_url", image_url: { url: dataUrl } },
    ]);
    expect(second).toEqual([
      { type: "text", text: "And these?" },
      { type: "image_url", image_url: { url: `data:image/png;base64,${PNG_BASE64}` } },
      { type: "image_url", image_url: { url: `data:image/jpeg;base64,${JPEG_BASE64}` } },
    ]);
    expect(session.trace()[1]!.prompt).toEqual({ data: "What is this?", images: 1 });
  });

  it("a file of the image directory (or a subdirectory) is sent as a data URL of its bytes", async () => {
    const { session, server } = await scriptedSession([], { imageDir: images });
    const r = await session.execute(`
      (llm-query #:data "a" #:image "cat.png")
      (llm-query #:data "b" #:images (list "sub/dog.gif" "alias.png" "..hidden.png" "${join(images, "cat.png")}"))
      'sent`);
    expect(r.error?.message ?? r.value).toBe("sent");
    const urls = server.requests.flatMap((q) => (q.body.messages.at(-1)!.content as Part[]).filter((p) => p.type === "image_url").map((p) => p.image_url!.url));
    const png = `data:image/png;base64,${PNG_BASE64}`;
    expect(urls).toEqual([png, `data:image/gif;base64,${OTHER_BYTES.toString("base64")}`, png, png, png]);
  });
});

describe("images that are refused (nothing is sent)", () => {
  const refusals: Array<[string, string, RegExp]> = [
    ["a file outside the directory", "SECRET", /^llm-query: ".*secret\.png" is outside the image directory$/],
    ["a ../ escape", "../secret.png", /^llm-query: "\.\.\/secret\.png" is outside the image directory$/],
    ["a ../ escape that comes back in", "../images/../secret.png", /is outside the image directory$/],
    ["a symlink pointing outside", "escape.png", /^llm-query: "escape\.png" is outside the image directory$/],
    ["a system file", "/etc/hostname", /^llm-query: "\/etc\/hostname" is outside the image directory$/],
    ["an http URL", "http://example.com/cat.png", /^llm-query: image URLs are not fetched from the sandbox \(http:\/\/example\.com\/cat\.png\); pass a data URL, base64 data, or a file in the image directory$/],
    ["an https URL", "https://example.com/cat.png", /^llm-query: image URLs are not fetched from the sandbox/],
    ["a missing file", "missing.png", /^llm-query: no image file "missing\.png" in the image directory$/],
    ["a file that is not an image", "notes.txt", /^llm-query: "notes\.txt" is not a PNG, JPEG, GIF or WebP file$/],
  ];

  it.each(refusals)("%s", async (_what, image, message) => {
    const { session, server } = await scriptedSession([], { imageDir: images });
    const name = image === "SECRET" ? join(root, "secret.png") : image;
    const r = await session.execute(`(llm-query #:data "look" #:image "${name}")`);
    expect(r.status).toBe("error");
    expect(r.error?.message).toMatch(message);
    expect(r.error?.callFailure).toEqual({ kind: "request" });
    // One refused image in a list refuses the whole call.
    const many = await session.execute(`(llm-query #:data "look" #:images (list "cat.png" "${name}"))`);
    expect(many.error?.message).toMatch(message);
    expect(server.requests).toHaveLength(0);
  });

  it("file names are refused when the session allows no image directory, even names that exist", async () => {
    const { session, server } = await scriptedSession([]);
    const r = await session.execute(`(llm-query #:data "look" #:image "${join(images, "cat.png")}")`);
    expect(r.error?.message).toMatch(/^llm-query: ".*cat\.png" is not a data URL or base64 image data, and this session allows no image directory$/);
    expect(server.requests).toHaveLength(0);
  });

  it("an image directory that does not exist is reported as the session's setting", async () => {
    const { session, server } = await scriptedSession([], { imageDir: join(root, "nowhere") });
    const r = await session.execute(`(llm-query #:data "look" #:image "cat.png")`);
    expect(r.error?.message).toMatch(/^llm-query: the image directory .*nowhere \(the session's imageDir option\) cannot be used: ENOENT/);
    expect(server.requests).toHaveLength(0);
  });

  it("a refusal is a Scheme error the program can catch", async () => {
    const { session, server } = await scriptedSession([], { imageDir: images });
    const r = await session.execute(`(try (llm-query #:data "look" #:image "../secret.png") on-error (lambda (m) (string-append "caught: " m)))`);
    expect(r.value).toBe('caught: llm-query: "../secret.png" is outside the image directory');
    expect(server.requests).toHaveLength(0);
  });
});
