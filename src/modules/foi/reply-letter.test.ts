import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { outcomes } from './foi.model.ts';
import { draftReplyLetter, replyLetterDocx, replyLetterHtml } from './reply-letter.ts';

const facts = {
  trackingNumber: '2025-1234-5678',
  applicantName: '张三',
  receivedOn: '2025-03-03',
  description: '本县低保资金发放情况',
  legalBasis: '《中华人民共和国政府信息公开条例》第十四条',
  orgName: '清原满族自治县民政局',
  on: '2025-03-20',
};

describe('reply letters (告知书)', () => {
  for (const outcome of outcomes) {
    it(`a draft for ${outcome} states the decision and the remedies`, () => {
      const text = draftReplyLetter({ ...facts, outcome });
      assert.match(text, /^张三：/);
      assert.match(text, /2025年3月3日收到/);
      assert.match(text, /六十日内依法申请行政复议/);
      assert.match(text, /六个月内依法向人民法院提起行政诉讼/);
      assert.match(text, /2025年3月20日$/);
    });
  }

  it('words each outcome in its own way', () => {
    assert.match(draftReplyLetter({ ...facts, outcome: '予以公开' }), /现予以提供/);
    assert.match(
      draftReplyLetter({ ...facts, outcome: '不予公开.属于国家秘密' }),
      /属于国家秘密。根据《中华人民共和国政府信息公开条例》第十四条的规定，本机关决定不予公开/,
    );
    assert.match(
      draftReplyLetter({ ...facts, outcome: '无法提供.本机关不掌握相关政府信息' }),
      /该政府信息不存在/,
    );
    assert.throws(() => draftReplyLetter({ ...facts, outcome: '随便' }), /unknown outcome/);
  });

  it('prints as escaped HTML and as a .docx file', async () => {
    const html = replyLetterHtml('答复书', '张三：\n\n<script>x</script>');
    assert.match(html, /&lt;script&gt;x&lt;\/script&gt;/);
    const docx = await replyLetterDocx(
      '答复书',
      draftReplyLetter({ ...facts, outcome: '予以公开' }),
    );
    assert.equal(docx.subarray(0, 4).toString('binary'), 'PK\u0003\u0004');
    assert.ok(docx.includes(Buffer.from('word/document.xml')));
  });
});
