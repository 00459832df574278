import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sniffFormat } from './sniff-format.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('sniffFormat', () => {
  it('should know a PDF by its magic bytes, also after leading junk', () => {
    assert.equal(sniffFormat(bytes('%PDF-1.7\n%âãÏÓ')), 'pdf');
    assert.equal(sniffFormat(bytes('\r\n\r\n%PDF-1.4')), 'pdf');
  });

  it('should know ALTO, METS and HTML by their root element, whatever the prefix or prolog', () => {
    assert.equal(sniffFormat(bytes('\ufeff<?xml version="1.0"?>\n<!-- x -->\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#">')), 'alto');
    assert.equal(sniffFormat(bytes('<?xml version="1.0"?><mets:mets xmlns:mets="http://www.loc.gov/METS/">')), 'mets');
    assert.equal(sniffFormat(bytes('<!DOCTYPE html>\n<html><body>')), 'html');
    assert.equal(sniffFormat(bytes('<html lang="zh">')), 'html');
    assert.equal(sniffFormat(bytes('<!DOCTYPE alto [<!ENTITY a "b">]><alto/>')), 'alto');
  });

  it('should call other XML xml and everything else text', () => {
    assert.equal(sniffFormat(bytes('<?xml version="1.0"?><rss/>')), 'xml');
    assert.equal(sniffFormat(bytes('\n\n云溪区召开人才工作大会')), 'text');
    assert.equal(sniffFormat(bytes('<不是标签> 文本')), 'text');
  });
});
