/**
 * Builds a schema held in a module-level constant. Bundlers keep a call at module level unless they can prove
 * it has no side effects, and they cannot prove that of the schema builders (`object`, `optional`, …), so
 * every entry would carry every schema. A call of `buildSchema` marked `/*#__PURE__*\/` is dropped, builders
 * and all, from a bundle that does not use its result.
 *
 * @example
 * export const clientSchema = /*#__PURE__*\/ buildSchema(() => object({ id: idField(), alias: textField(80) }));
 */
export const buildSchema = /*#__NO_SIDE_EFFECTS__*/ <S>(build: () => S): S => build();
