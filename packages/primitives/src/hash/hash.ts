// Hash tables (racket/base and racket/hash). The procedures that call back into Scheme
// (hash-ref with a failure thunk, hash-update, hash-map, hash-union...) are in scheme/hash.scm,
// on top of the internal `%`-named helpers defined here.

import { CONSTRUCT_PRIMITIVES } from "./construct.js";
import { QUERY_PRIMITIVES } from "./query.js";
import { UPDATE_PRIMITIVES } from "./update.js";
import { SCHEME_SUPPORT_PRIMITIVES } from "./scheme-support.js";
import { CALLBACK_PRIMITIVES } from "./callbacks.js";

export const HASH_PRIMITIVES: ReadonlyArray<readonly [string, unknown]> = [
  ...CONSTRUCT_PRIMITIVES,
  ...QUERY_PRIMITIVES,
  ...UPDATE_PRIMITIVES,
  ...CALLBACK_PRIMITIVES,
  ...SCHEME_SUPPORT_PRIMITIVES,
];
