// pdfjs-dist, loaded on the first PDF and with the built-ins it would replace kept native.
//
// The legacy build (the one that runs on Node 20) bundles core-js, which on V8 swaps some built-ins that exist
// natively for its own: Array.prototype.push (a JS push that ends in the slow `length` setter), JSON.parse
// (a JS parser, for a reviver proposal nothing here uses) and Function.prototype.toString. Imported
// statically, they were in force for the whole process, PDF or not: the text pipeline ran 20–30% slower
// (docs/measurements.md). Loading pdfjs — and its worker, which runs in this thread and carries its own
// core-js — only here, then putting back every built-in that existed before, keeps them native. Built-ins
// that Node lacks (Promise.withResolvers, Uint8Array.prototype.toHex …) stay added: pdfjs needs them.
type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** The standard objects whose methods core-js may replace; globalThis itself is left to pdfjs's shims. */
const builtins: object[] = [
  Object,
  Function.prototype,
  Array,
  Array.prototype,
  Object.getPrototypeOf(Uint8Array) as object,
  Object.getPrototypeOf(Uint8Array.prototype) as object,
  Uint8Array,
  Uint8Array.prototype,
  ArrayBuffer.prototype,
  String,
  String.prototype,
  RegExp.prototype,
  Number,
  Math,
  JSON,
  Promise,
  Promise.prototype,
  Map,
  Map.prototype,
  Set,
  Set.prototype,
  WeakMap.prototype,
  Symbol,
  Error,
  Reflect,
  Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())) as object,
];

let loading: Promise<Pdfjs> | undefined;

/** pdfjs-dist's API, loaded once. */
export function pdfjs(): Promise<Pdfjs> {
  return (loading ??= keepingBuiltins(async () => {
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // Imported here, the worker module sets globalThis.pdfjsWorker, which pdfjs uses in place of a worker.
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return lib;
  }));
}

/** Run `load`, then put back every property of the built-ins that it replaced (additions are kept). */
export async function keepingBuiltins<T>(load: () => Promise<T>): Promise<T> {
  const before = builtins.map((object) => new Map(Reflect.ownKeys(object).map((key) => [key, Object.getOwnPropertyDescriptor(object, key)!])));
  try {
    return await load();
  } finally {
    builtins.forEach((object, i) => {
      for (const [key, descriptor] of before[i]!) {
        const now = Object.getOwnPropertyDescriptor(object, key);
        if (!now || !Object.is(now.value, descriptor.value) || now.get !== descriptor.get || now.set !== descriptor.set) Object.defineProperty(object, key, descriptor);
      }
    });
  }
}
