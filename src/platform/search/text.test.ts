import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlToText } from './text.ts';

describe('htmlToText', () => {
  it('keeps the text, blocks as lines, entities decoded, scripts and comments dropped', () => {
    assert.equal(
      htmlToText(
        '<h2>一、改革内容</h2><p>清原&nbsp;县推行&ldquo;五证合一&rdquo;<br>一照一码</p>' +
          '<script>alert(1)</script><!-- 注释 --><ul><li>甲&amp;乙</li><li>&#20025;&#x4E39;</li></ul>',
      ),
      '一、改革内容\n清原 县推行“五证合一”\n一照一码\n甲&乙\n丹丹',
    );
  });

  it('leaves unknown entities and plain text alone', () => {
    assert.equal(htmlToText('a &bogus; b &#99999999; c'), 'a &bogus; b &#99999999; c');
    assert.equal(htmlToText('  只有文字  '), '只有文字');
  });
});
