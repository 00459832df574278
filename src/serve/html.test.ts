import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { html, jsonScript, raw } from './html.js';

describe('html', () => {
  it('should escape every interpolated string, in text and in attributes', () => {
    const text = `<script>alert("x")</script>' & "`;
    assert.equal(html`<p title="${text}">${text}</p>`.value, '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; &amp; &quot;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; &amp; &quot;</p>');
  });

  it('should keep nested Html, join arrays and drop null, undefined and booleans', () => {
    const items = ['a<', 'b'].map((x) => html`<li>${x}</li>`);
    assert.equal(html`<ul>${items}</ul>${null}${undefined}${false}${raw('<hr>')}${3}`.value, '<ul><li>a&lt;</li><li>b</li></ul><hr>3');
  });

  it('should keep JSON-LD from closing its script element', () => {
    const out = jsonScript({ headline: '</script><script>alert(1)</script>', sep: '\u2028' }).value;
    assert.equal(out.match(/<\/script>/g)!.length, 1);
    assert.deepEqual(JSON.parse(out.slice(out.indexOf('>') + 1, -'</script>'.length)), { headline: '</script><script>alert(1)</script>', sep: '\u2028' });
  });
});
