// `#:image` / `#:images` arguments: a data URL, bare base64 image data, or a file inside the
// directory the host allows (never any other host path). Everything becomes a data URL, so the
// request (and a cassette) carries the image itself.

import { readFileSync, realpathSync } from "node:fs";
import { extname, isAbsolute, relative, resolve, sep } from "node:path";

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
};

/** Bare base64 of an image: long enough, only base64 characters. */
const BASE64 = /^[A-Za-z0-9+/\r\n]+={0,2}$/;

export class ImageRefused extends Error {}

export function imageUrl(image: string, allowedDir: string | undefined): string {
  if (/^data:image\/[a-z0-9.+-]+;base64,/i.test(image)) return image;
  if (/^https?:\/\//i.test(image)) {
    throw new ImageRefused(`image URLs are not fetched from the sandbox (${image.slice(0, 60)}); pass a data URL, base64 data, or a file in the image directory`);
  }
  if (image.length >= 64 && BASE64.test(image)) return `data:${sniff(image)};base64,${image.replace(/\s+/g, "")}`;
  if (allowedDir === undefined) {
    throw new ImageRefused(`"${image.slice(0, 80)}" is not a data URL or base64 image data, and this session allows no image directory`);
  }
  let root: string;
  try {
    root = realpathSync(allowedDir);
  } catch (e) {
    // The host's setting, not the program's argument; still a clear error rather than an "internal" one.
    throw new ImageRefused(`the image directory ${allowedDir} (the session's imageDir option) cannot be used: ${(e as Error).message}`);
  }
  let file: string;
  try {
    file = realpathSync(resolve(root, image));
  } catch {
    throw new ImageRefused(`no image file "${image}" in the image directory`);
  }
  const rel = relative(root, file);
  // Outside means a first path segment of "..", not any name starting with two dots ("..x.png").
  if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) throw new ImageRefused(`"${image}" is outside the image directory`);
  const type = MEDIA_TYPES[extname(file).toLowerCase()];
  if (type === undefined) throw new ImageRefused(`"${image}" is not a PNG, JPEG, GIF or WebP file`);
  return `data:${type};base64,${readFileSync(file).toString("base64")}`;
}

/** The media type from the first bytes of base64 data (PNG, JPEG, GIF, WebP), PNG if unknown. */
function sniff(base64: string): string {
  if (base64.startsWith("/9j/")) return "image/jpeg";
  if (base64.startsWith("R0lGOD")) return "image/gif";
  if (base64.startsWith("UklGR")) return "image/webp";
  return "image/png";
}
