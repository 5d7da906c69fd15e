import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addWords,
  dictionaryVersion,
  highlight,
  maxQueryTerms,
  queryTerms,
  segmentForIndex,
  snippet,
  toTsQuery,
} from './index.ts';

/** The index words of a text, as the 'simple' tsvector will see them. */
function indexWords(text: string): Set<string> {
  return new Set(segmentForIndex(text).split(' '));
}

/** Whether every query term is an index word of the document (what `tsv @@ to_tsquery` decides). */
function matches(document: string, query: string): boolean {
  const words = indexWords(document);
  const terms = queryTerms(query);
  return terms.length > 0 && terms.every((t) => words.has(t));
}

describe('segmentation with the domain dictionary', () => {
  it('keeps 五证合一 one word on both sides', () => {
    assert.ok(indexWords('我县全面推行“五证合一、一照一码”登记制度改革').has('五证合一'));
    assert.deepEqual(queryTerms('五证合一'), ['五证合一']);
    assert.ok(matches('推行五证合一登记制度改革', '五证合一'));
  });

  it('gives a text saying only 清原满族自治县 the word 清原, so the query 清原 finds it', () => {
    const words = indexWords('清原满族自治县人民政府关于印发实施方案的通知');
    assert.ok(words.has('清原'));
    assert.ok(words.has('清原满族自治县'));
    assert.deepEqual(queryTerms('清原'), ['清原']);
    assert.ok(matches('清原满族自治县人民政府关于印发实施方案的通知', '清原'));
    assert.ok(!matches('抚顺市人民政府关于印发实施方案的通知', '清原'));
  });

  it('finds 清原满族自治县 by its alias 清原县, and the other way round', () => {
    assert.deepEqual(queryTerms('清原县'), ['清原县']);
    assert.ok(matches('清原满族自治县营商环境建设局', '清原县'));
    assert.ok(matches('清原县营商环境建设局', '清原满族自治县'));
  });

  it('finds a department by its short name and its full name', () => {
    assert.ok(matches('县人力资源和社会保障局关于发放补贴的公告', '人社局'));
    assert.ok(matches('人社局关于发放补贴的公告', '人力资源和社会保障局'));
    assert.ok(matches('县人力资源和社会保障局关于发放补贴的公告', '人力资源'));
  });

  it('keeps 网络回应人, 民心网 and the townships one word each', () => {
    assert.deepEqual(queryTerms('网络回应人'), ['网络回应人']);
    assert.deepEqual(queryTerms('民心网 网络回应人'), ['民心网', '网络回应人']);
    const words = indexWords('民心网网络回应人答复南口前镇、湾甸子镇和北三家乡群众留言');
    for (const word of ['网络回应人', '民心网', '南口前镇', '湾甸子镇', '北三家乡']) {
      assert.ok(words.has(word), word);
    }
  });

  it('lower-cases latin, drops punctuation and lists each word once', () => {
    const text = segmentForIndex('Web-API（第2版）：API接口，“API”！');
    const words = text.split(' ');
    assert.ok(words.includes('web') && words.includes('api') && words.includes('2'));
    assert.equal(words.filter((w) => w === 'api').length, 1);
    assert.ok(!/[A-Z（）：，“”！-]/.test(text), text);
    assert.deepEqual(queryTerms('ＡＰＩ  接口'), ['api', '接口']);
  });

  it('keeps a 1-character query, and drops 1-character words next to longer ones', () => {
    assert.deepEqual(queryTerms('税'), ['税']);
    assert.deepEqual(queryTerms('清原的五证合一'), ['清原', '五证合一']);
    assert.deepEqual(queryTerms('  ，。！ '), []);
  });

  it('keeps at most maxQueryTerms words of a long query', () => {
    const query = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    assert.deepEqual(
      queryTerms(query),
      Array.from({ length: maxQueryTerms }, (_, i) => `word${i}`),
    );
  });

  it('segments a 2,000-character document', () => {
    const sentence = '清原满族自治县深化五证合一改革，网络回应人及时答复民心网留言。';
    const document = sentence.repeat(Math.ceil(2000 / sentence.length)).slice(0, 2000);
    const words = indexWords(document);
    for (const word of ['清原', '五证合一', '网络回应人', '民心网', '留言'])
      assert.ok(words.has(word), word);
  });

  it('adds words at startup and changes the dictionary version', () => {
    const before = dictionaryVersion();
    assert.ok(!indexWords('走进斗虎屯村').has('斗虎屯村'));
    addWords(['斗虎屯村', ' ', '斗虎屯村']);
    assert.ok(indexWords('走进斗虎屯村').has('斗虎屯村'));
    assert.deepEqual(queryTerms('斗虎屯村'), ['斗虎屯村']);
    assert.notEqual(dictionaryVersion(), before);
  });
});

describe('toTsQuery', () => {
  it('quotes each term and ANDs them', () => {
    assert.equal(toTsQuery(['清原', '五证合一']), "'清原' & '五证合一'");
  });

  it('escapes quotes and backslashes and keeps operators inside the quotes', () => {
    assert.equal(toTsQuery(["o'neil"]), "'o''neil'");
    assert.equal(toTsQuery(['a\\']), "'a\\\\'");
    assert.equal(toTsQuery(["\\'"]), "'\\\\'''");
    assert.equal(toTsQuery(['&|!():*']), "'&|!():*'");
    assert.equal(toTsQuery(["x' | !y:*"]), "'x'' | !y:*'");
  });

  it('gives an empty query for no terms or blank ones', () => {
    assert.equal(toTsQuery([]), '');
    assert.equal(toTsQuery(['', '  ', '\u0000']), '');
  });

  it('turns any user text into a quoted conjunction', () => {
    for (const query of ["' & | ! :* \\", "清原') | ('x", '(((', 'a:*b', '  ']) {
      const tsquery = toTsQuery(queryTerms(query));
      // Every operand is a quoted string whose inner quotes are doubled.
      assert.match(tsquery, /^('([^'\\]|''|\\\\)*'( & '([^'\\]|''|\\\\)*')*)?$/, query);
    }
  });
});

/** No lone surrogate: a cut never split a character outside the BMP. */
function wellFormed(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

describe('highlight', () => {
  it('escapes the text and marks every term', () => {
    const html = highlight('<script>alert(1)</script>清原满族自治县推行五证合一，清原', [
      '清原',
      '五证合一',
    ]);
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(!html.includes('<script>'));
    assert.equal(html.match(/<mark>清原<\/mark>/g)?.length, 2);
    assert.ok(html.includes('<mark>五证合一</mark>'));
  });

  it('escapes a term that looks like markup', () => {
    assert.equal(highlight('a <b> c', ['<b>']), 'a <mark>&lt;b&gt;</mark> c');
    assert.equal(highlight('x & y "z"', []), 'x &amp; y &quot;z&quot;');
  });

  it('prefers the longest term and matches latin case-insensitively', () => {
    assert.equal(
      highlight('清原满族自治县', ['清原', '清原满族自治县']),
      '<mark>清原满族自治县</mark>',
    );
    assert.equal(highlight('The API guide', ['api']), 'The <mark>API</mark> guide');
  });

  it('cuts a window around the first match with ellipses', () => {
    const text = `${'甲'.repeat(200)}五证合一${'乙'.repeat(200)}`;
    const html = highlight(text, ['五证合一'], { maxLength: 30 });
    assert.ok(html.startsWith('…') && html.endsWith('…'));
    assert.ok(html.includes('<mark>五证合一</mark>'));
    assert.equal(Array.from(html.replace(/<\/?mark>/g, '')).length, 32);
  });

  it('starts at the beginning when nothing matches', () => {
    assert.equal(highlight('没有匹配的内容', ['清原'], { maxLength: 4 }), '没有匹配…');
  });

  it('never breaks a surrogate pair', () => {
    assert.ok(!wellFormed('😀'.slice(0, 1)) && !wellFormed('😀'.slice(1)));
    const text = '😀'.repeat(10) + '清原' + '𠀀'.repeat(10);
    for (let n = 1; n <= 12; n++) {
      const html = highlight(text, ['清原'], { maxLength: n });
      assert.ok(wellFormed(html), `${n}: ${html}`);
      assert.ok(wellFormed(snippet(text, n)));
    }
    assert.equal(snippet('😀😀😀', 2), '😀😀…');
    assert.equal(snippet(' a\n\n b ', 10), 'a b');
  });
});
