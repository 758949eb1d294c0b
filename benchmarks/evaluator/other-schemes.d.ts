// The two Scheme implementations we compare against ship no types; these are the parts we call.
declare module "biwascheme" {
  const BiwaScheme: { run(code: string): unknown };
  export default BiwaScheme;
}
declare module "lips" {
  export function exec(code: string): Promise<unknown[]>;
}
