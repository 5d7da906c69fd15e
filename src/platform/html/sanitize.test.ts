import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSafeHref, isSafeImageSrc, sanitizeRichText } from './index.ts';

/** No executable markup or dangerous URL survives in the output. */
function assertInert(html: string) {
  assert.doesNotMatch(html, /<script|<style|<iframe|<object|<embed|<svg|<math|<form|<input/i);
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'no event handler attribute');
  assert.doesNotMatch(html, /javascript:|vbscript:|data:/i, 'no script or data URL');
  assert.doesNotMatch(html, /<!--/, 'no comment');
  assert.doesNotMatch(html, /style=/i, 'no style attribute');
}

describe('sanitizeRichText', () => {
  const vectors: [string, string][] = [
    ['script element', '<p>前<script>alert(1)</script>后</p>'],
    ['event handler', '<p onclick="alert(1)" onmouseover=alert(1)>x</p>'],
    ['img onerror', '<img src="x" onerror="alert(1)">'],
    ['javascript link', '<a href="javascript:alert(1)">x</a>'],
    ['entity-encoded javascript link', '<a href="jav&#x09;ascript&colon;alert(1)">x</a>'],
    ['upper-case javascript link', '<a href=" JAVASCRIPT:alert(1)">x</a>'],
    ['data image', '<img src="data:image/svg+xml;base64,PHN2Zz4=">'],
    ['iframe', '<iframe src="https://evil.example/"></iframe>'],
    ['style element and attribute', '<style>p{}</style><p style="background:url(x)">x</p>'],
    ['comment', '<!-- <script>alert(1)</script> --><p>x</p>'],
    ['svg script', '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">x</a></svg>'],
    ['math link', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>'],
    ['split tag', '<scr<script>ipt>alert(1)</scr</script>ipt>'],
    ['form', '<form action="https://evil"><input name="a"><button>b</button></form>'],
    ['object and embed', '<object data="x.swf"></object><embed src="x.swf">'],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
    ['base href', '<base href="javascript:alert(1)//">'],
    ['unclosed attribute', '<p title="x><script>alert(1)</script>">y</p>'],
  ];
  for (const [name, input] of vectors) {
    it(`makes a ${name} inert`, () => {
      const output = sanitizeRichText(input);
      assertInert(output);
      assert.equal(sanitizeRichText(output), output, 'sanitising again changes nothing');
    });
  }

  it('keeps the text around what it drops, but not the text of scripts and styles', () => {
    assert.equal(sanitizeRichText('<p>前<script>alert(1)</script>后</p>'), '<p>前后</p>');
    assert.equal(sanitizeRichText('<style>p{color:red}</style><p>正文</p>'), '<p>正文</p>');
  });

  it('keeps the allowed structure: headings, emphasis, lists, quotations, figures', () => {
    const html =
      '<h2>一、总则</h2><h3>（一）</h3><h4>1.</h4><p>第一段<br />第二行<strong>重</strong><em>强</em><u>下</u><s>删</s></p>' +
      '<ul><li>甲</li></ul><ol><li>乙</li></ol><blockquote><p>引</p></blockquote>' +
      '<figure><img src="/files/12/photo.png" alt="会议现场" width="640" height="480" /><figcaption>图</figcaption></figure>';
    assert.equal(sanitizeRichText(html), html);
  });

  it('maps old markup to its meaning (b, i, h1, del)', () => {
    assert.equal(
      sanitizeRichText('<h1>T</h1><b>b</b><i>i</i><del>d</del>'),
      '<h2>T</h2><strong>b</strong><em>i</em><s>d</s>',
    );
  });

  it('keeps tables with caption, scope and spans, and drops bad values', () => {
    const input =
      '<table border="1" style="x"><caption>收费标准</caption><thead><tr><th scope="col" class="a">项目</th><th scope="evil">x</th></tr></thead>' +
      '<tbody><tr><td colspan="2" rowspan="abc" onclick="x">合计</td></tr></tbody></table>';
    assert.equal(
      sanitizeRichText(input),
      '<table><caption>收费标准</caption><thead><tr><th scope="col">项目</th><th>x</th></tr></thead>' +
        '<tbody><tr><td colspan="2">合计</td></tr></tbody></table>',
    );
  });

  it('lets links go to http(s), mailto and this site only, with rel=noopener on outside links', () => {
    assert.equal(
      sanitizeRichText('<a href="https://www.gov.cn/zhengce/" target="_blank">国务院</a>'),
      '<a href="https://www.gov.cn/zhengce/" rel="noopener noreferrer">国务院</a>',
    );
    assert.equal(
      sanitizeRichText('<a href="/openness/items/3">解读</a>'),
      '<a href="/openness/items/3">解读</a>',
    );
    assert.equal(
      sanitizeRichText('<a href="mailto:gk@example.cn">信箱</a>'),
      '<a href="mailto:gk@example.cn">信箱</a>',
    );
    assert.equal(sanitizeRichText('<a href="//evil.example/">x</a>'), '<a>x</a>');
    assert.equal(sanitizeRichText('<a href="ftp://x/">x</a>'), '<a>x</a>');
  });

  it('keeps images only from this site’s files or https, with alt always present', () => {
    assert.equal(
      sanitizeRichText('<img src="https://cdn.example/a.png">'),
      '<img src="https://cdn.example/a.png" alt="" />',
    );
    assert.equal(sanitizeRichText('<img src="http://insecure.example/a.png">'), '');
    assert.equal(sanitizeRichText('<img src="/files/../../etc/passwd">'), '');
    assert.equal(sanitizeRichText('<img src="/staff/logout">'), '');
    assert.equal(
      sanitizeRichText('<img src="/files/3/a.png" width="99999" height="12">'),
      '<img src="/files/3/a.png" alt="" height="12" />',
    );
  });

  it('escapes text that looks like markup', () => {
    assert.equal(sanitizeRichText('<p>1 &lt; 2 &amp; a<b</p>'), '<p>1 &lt; 2 &amp; a</p>');
    assert.equal(sanitizeRichText('x < y'), 'x &lt; y');
  });
});

describe('URL checks', () => {
  it('isSafeHref', () => {
    for (const ok of ['https://a.cn', 'http://a.cn/x?y', 'mailto:a@b.cn', '/openness', '#top']) {
      assert.ok(isSafeHref(ok), ok);
    }
    for (const bad of [
      'javascript:x',
      'data:text/html,x',
      '//evil',
      '/\\evil',
      'vbscript:x',
      'x.html',
    ]) {
      assert.ok(!isSafeHref(bad), bad);
    }
  });
  it('isSafeImageSrc', () => {
    assert.ok(isSafeImageSrc('/files/1/a.png'));
    assert.ok(isSafeImageSrc('/openness/attachments/3/a.png'));
    assert.ok(isSafeImageSrc('https://a.cn/a.png'));
    for (const bad of ['http://a.cn/a.png', '/files/../x', '/staff/x', 'data:image/png;base64,A']) {
      assert.ok(!isSafeImageSrc(bad), bad);
    }
  });
});
