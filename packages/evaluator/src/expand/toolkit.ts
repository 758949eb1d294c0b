// What library code needs to write macros in TypeScript (struct, match, for...): build syntax
// with `coreId` (hygienic references to core forms and library procedures), take forms apart
// with the shape helpers, report errors in Racket's form.

export type { Transformer } from "./binding.js";
export type { ExpandContext } from "./context.js";
export { isKeywordId } from "./derived.js";
export { resolve, sameBinding } from "./expander.js";
export { freshScope, addScope } from "./scope.js";
export {
  badSyntax,
  coreId,
  identifierWithScopes,
  idName,
  isIdentifier,
  isPairLike,
  listParts,
  locOf,
  mkList,
  strip,
  syntaxError,
  syntaxList,
  type Identifier,
} from "./shape.js";
