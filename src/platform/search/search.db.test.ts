import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { queryTerms, segmentForIndex, toTsQuery } from './index.ts';

/**
 * The words and the tsquery text meet the database's 'simple' configuration (PGlite, or
 * PostgreSQL with TEST_DATABASE_URL): no table needed, only to_tsvector / to_tsquery.
 */
describe('segmented text in to_tsvector / to_tsquery (simple)', () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase();
  });
  after(() => database.close());

  async function found(document: string, tsquery: string): Promise<boolean> {
    const { rows } = await sql<{ hit: boolean }>`
      select to_tsvector('simple', ${segmentForIndex(document)}) @@ to_tsquery('simple', ${tsquery}) as hit
    `.execute(database.db);
    return rows[0]!.hit;
  }

  it('finds 五证合一 and 清原 (in 清原满族自治县), and not a missing word', async () => {
    const policy = '清原满族自治县人民政府关于推行“五证合一、一照一码”登记制度改革的通知';
    assert.equal(await found(policy, toTsQuery(queryTerms('五证合一'))), true);
    assert.equal(await found(policy, toTsQuery(queryTerms('清原'))), true);
    assert.equal(await found(policy, toTsQuery(queryTerms('清原县 登记'))), true);
    assert.equal(await found(policy, toTsQuery(queryTerms('民心网'))), false);
  });

  it('accepts every hostile query without a syntax error', async () => {
    const hostile = ["' & | ! :* \\", "清原') | ('x", '(((', 'a:*b', '!!清原', "\\'", '<->', 'x:A'];
    for (const query of hostile) {
      await found('清原满族自治县', toTsQuery(queryTerms(query)));
      // Raw terms, as a caller skipping queryTerms might pass them.
      await found('清原满族自治县', toTsQuery([query, 'ok']));
    }
    assert.equal(await found("o'neil report", toTsQuery(["o'neil"])), true);
  });
});
