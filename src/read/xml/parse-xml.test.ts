import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../../model/index.js';
import { attr, childElements, descendants, parseXml, textOf } from './parse-xml.js';

const rejects = (xml: string, code: string, pattern?: RegExp) =>
  assert.throws(() => parseXml(xml), (e: unknown) => e instanceof InputError && e.code === code && (!pattern || pattern.test(e.message)));

describe('parseXml', () => {
  it('should read elements, attributes, text, CDATA and the predefined entities', () => {
    const root = parseXml(`<?xml version="1.0"?><!-- c --><a:root xmlns:a="urn:x" v='1 &amp; 2'><b x="&lt;&#x4E91;&#28330;">云&gt;溪<![CDATA[<raw>&amp;]]></b><c/></a:root>`);
    assert.equal(root.name, 'a:root');
    assert.equal(root.attrs.v, '1 & 2');
    const [b, c] = childElements(root);
    assert.equal(attr(b!, 'x'), '<云溪');
    assert.equal(textOf(b!), '云>溪<raw>&amp;');
    assert.equal(c!.name, 'c');
    assert.equal(descendants(root, 'c').length, 1);
  });

  it('should refuse a document type declaration before expanding anything (billion laughs)', () => {
    const lol = ['<?xml version="1.0"?>', '<!DOCTYPE lolz [', '<!ENTITY lol "lol">'];
    for (let i = 1; i < 10; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i - 1 || ''};`.repeat(10)}">`);
    lol.push(']>', '<alto>&lol9;</alto>');
    rejects(lol.join('\n'), 'xml_doctype', /document type declaration/);
  });

  it('should refuse external entities and undeclared entity references', () => {
    rejects('<!DOCTYPE a SYSTEM "http://127.0.0.1/evil.dtd"><a/>', 'xml_doctype');
    rejects('<a>&xxe;</a>', 'bad_xml', /undeclared entity/);
    rejects('<a>a & b</a>', 'bad_xml', /bare "&"/);
  });

  it('should say where a document is malformed or truncated', () => {
    rejects('<a><b></a>', 'bad_xml', /<\/a> closes <b>.*line 1/);
    rejects('<a><b>text', 'bad_xml', /never closed.*truncated/);
    rejects('<a x=1/>', 'bad_xml', /not quoted/);
    rejects('<a/><b/>', 'bad_xml', /second root/);
    rejects('', 'bad_xml', /no root/);
  });

  it('should bound size, depth and element count', () => {
    assert.throws(() => parseXml('<a/>'.padEnd(100), { maxChars: 50 }), /more than the 50 allowed/);
    assert.throws(() => parseXml('<a>'.repeat(20) + '</a>'.repeat(20), { maxDepth: 10 }), /deeper than 10/);
    assert.throws(() => parseXml(`<a>${'<b/>'.repeat(20)}</a>`, { maxElements: 10 }), /more than 10 elements/);
  });
});
