// A small strict, non-validating XML parser for the library formats (ALTO, METS). Safe by construction:
// a DOCTYPE is refused outright (so no entity declarations, no billion laughs, no external DTD or entity
// is ever fetched), only the five predefined entities and character references are expanded, and input
// size, nesting depth and element count are bounded. Malformed input throws an InputError with the place.
import { InputError } from '../../model/index.js';

export interface XmlElement {
  type: 'element';
  /** Qualified name as written ("alto:String"); see `local`. */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export interface XmlLimits {
  /** Characters of decoded input. */
  maxChars?: number;
  maxDepth?: number;
  maxElements?: number;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const NAME = /[A-Za-z_\u00c0-\uffff][\w.\-:\u00b7\u00c0-\uffff]*/y;
const SPACE = /[ \t\r\n]*/y;

/** The name without its namespace prefix. */
export function local(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

export function parseXml(text: string, limits: XmlLimits = {}): XmlElement {
  const { maxChars = 64 * 1024 * 1024, maxDepth = 256, maxElements = 2_000_000 } = limits;
  if (text.length > maxChars) throw fail(`the document has ${text.length} characters, more than the ${maxChars} allowed`);
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let elements = 0;

  const where = () => {
    const before = text.slice(0, at);
    const line = (before.match(/\n/g)?.length ?? 0) + 1;
    return `line ${line}, column ${at - before.lastIndexOf('\n')}`;
  };
  function fail(reason: string): InputError {
    return new InputError('bad_xml', `not well-formed XML: ${reason}`);
  }
  const bad = (reason: string) => fail(`${reason} at ${where()}`);
  const name = (): string => {
    NAME.lastIndex = at;
    const m = NAME.exec(text);
    if (!m) throw bad('expected a name');
    at = NAME.lastIndex;
    return m[0];
  };
  const space = () => {
    SPACE.lastIndex = at;
    SPACE.exec(text);
    at = SPACE.lastIndex;
  };
  const until = (end: string, what: string): string => {
    const i = text.indexOf(end, at);
    if (i < 0) throw bad(`unterminated ${what}`);
    const s = text.slice(at, i);
    at = i + end.length;
    return s;
  };
  const decode = (s: string): string => {
    if (!s.includes('&')) return s;
    return s.replace(/&([^;&\s]{0,12});?/g, (whole, ref: string) => {
      if (!whole.endsWith(';')) throw bad(`a bare "&" (write &amp;)`);
      if (ref.startsWith('#')) {
        const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code < 0xe000)) throw bad(`a bad character reference &${ref};`);
        return String.fromCodePoint(code);
      }
      const v = PREDEFINED[ref];
      if (v === undefined) throw bad(`an undeclared entity &${ref}; (only the five predefined ones are allowed)`);
      return v;
    });
  };
  const addText = (s: string) => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      if (s.trim()) throw bad('text outside the root element');
      return;
    }
    if (s) parent.children.push(s);
  };

  while (at < text.length) {
    const lt = text.indexOf('<', at);
    if (lt < 0) {
      addText(decode(text.slice(at)));
      at = text.length;
      break;
    }
    if (lt > at) addText(decode(text.slice(at, lt)));
    at = lt;
    if (text.startsWith('<!--', at)) {
      at += 4;
      until('-->', 'comment');
    } else if (text.startsWith('<![CDATA[', at)) {
      at += 9;
      if (!stack.length) throw bad('CDATA outside the root element');
      addText(until(']]>', 'CDATA section'));
    } else if (text.startsWith('<!', at)) {
      // DOCTYPE and everything declared in it (entities above all) is refused, never expanded or fetched.
      throw new InputError('xml_doctype', `refusing XML with a document type declaration (${text.slice(at, at + 20).split(/\s/)[0]}…) at ${where()}: baoku never expands declared entities or fetches DTDs`);
    } else if (text.startsWith('<?', at)) {
      at += 2;
      until('?>', 'processing instruction');
    } else if (text.startsWith('</', at)) {
      at += 2;
      const n = name();
      space();
      if (text[at] !== '>') throw bad(`expected ">" closing </${n}`);
      at++;
      const open = stack.pop();
      if (!open || open.name !== n) throw bad(`</${n}> closes ${open ? `<${open.name}>` : 'nothing'}`);
    } else {
      at++;
      const el: XmlElement = { type: 'element', name: name(), attrs: {}, children: [] };
      if (++elements > maxElements) throw bad(`more than ${maxElements} elements`);
      for (;;) {
        const before = at;
        space();
        const c = text[at];
        if (c === '>' || c === '/') break;
        if (at === before) throw bad(`expected a space before attribute in <${el.name}>`);
        const an = name();
        space();
        if (text[at] !== '=') throw bad(`attribute ${an} has no value`);
        at++;
        space();
        const q = text[at];
        if (q !== '"' && q !== "'") throw bad(`attribute ${an} value is not quoted`);
        at++;
        const raw = until(q, 'attribute value');
        if (raw.includes('<')) throw bad(`"<" in attribute ${an}`);
        if (Object.hasOwn(el.attrs, an)) throw bad(`attribute ${an} given twice`);
        el.attrs[an] = decode(raw).replace(/[\t\r\n]/g, ' ');
      }
      const selfClosing = text[at] === '/';
      at += selfClosing ? 1 : 0;
      if (text[at] !== '>') throw bad(`expected ">" in <${el.name}>`);
      at++;
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else if (root) throw bad('a second root element');
      else root = el;
      if (!selfClosing) {
        if (stack.length >= maxDepth) throw bad(`elements nested deeper than ${maxDepth}`);
        stack.push(el);
      }
    }
  }
  if (stack.length) throw fail(`<${stack[stack.length - 1]!.name}> is never closed (the document is truncated?)`);
  if (!root) throw fail('no root element');
  return root;
}

/** Child elements, optionally only those with this local name. */
export function childElements(el: XmlElement, localName?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && (localName === undefined || local(c.name) === localName)) out.push(c);
  return out;
}

/** Every descendant element with this local name, in document order. */
export function descendants(el: XmlElement, localName: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (local(c.name) === localName) out.push(c);
    descendants(c, localName, out);
  }
  return out;
}

/** All text inside an element. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/** An attribute by local name, whatever its prefix (xlink:href, href). */
export function attr(el: XmlElement, localName: string): string | undefined {
  if (Object.hasOwn(el.attrs, localName)) return el.attrs[localName];
  for (const k of Object.keys(el.attrs)) if (local(k) === localName) return el.attrs[k];
  return undefined;
}
