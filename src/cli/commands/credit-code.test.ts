import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runSunshine, tempDirs, type CliRun } from '../../../test/cli.ts';
import { createTestOrg } from '../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { issueLicenceCode } from '../../modules/approvals/index.ts';
import vectors from '../../platform/identifiers/fixtures/uscc.json' with { type: 'json' };
import { usccCharset, usccProblem } from '../../platform/identifiers/index.ts';
import { parseCommandArgs, UsageError } from '../command.ts';
import { creditCodeCommand, runCreditCodeCommand, type CreditCodeDeps } from './credit-code.ts';

const dirs = tempDirs('sunshine-credit-code');
after(() => dirs.removeAll());

/** The command run in this process, with main.ts's handling of wrong usage (exit 2). */
async function inProcess(args: string[], deps: CreditCodeDeps = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  let code: number;
  try {
    const { values, positionals } = parseCommandArgs(creditCodeCommand, args);
    code = await runCreditCodeCommand(
      values,
      positionals,
      { out: (text) => (stdout += text), err: (text) => (stderr += text) },
      deps,
    );
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    stderr += error.message;
    code = 2;
  }
  return { code, stdout, stderr, lines: stdout.split('\n') };
}

/** A random source spelling the given body characters, over and over. */
function spelling(chars: string): () => number {
  let i = 0;
  return () => (usccCharset.indexOf(chars[i++ % chars.length]!) + 0.5) / usccCharset.length;
}

describe('sunshine credit-code check', () => {
  it('prints valid (exit 0) or invalid: <reason> (exit 1), as a process, without a database', async () => {
    const env = { DATA_DIR: dirs.make() };
    const valid = await runSunshine(['credit-code', 'check', '91330100716105852F'], env);
    assert.deepEqual([valid.code, valid.stdout], [0, 'valid\n']);
    const invalid = await runSunshine(['credit-code', 'check', '91330100716105852G'], env);
    assert.deepEqual([invalid.code, invalid.stdout], [1, 'invalid: checkDigit18\n']);
  });

  it('answers every vector with its reason', async () => {
    for (const code of vectors.valid) {
      assert.deepEqual(await inProcess(['check', code]), {
        code: 0,
        stdout: 'valid\n',
        stderr: '',
        lines: ['valid', ''],
      });
    }
    for (const [code, reason] of Object.entries(vectors.invalid)) {
      const run = await inProcess(['check', code]);
      assert.deepEqual([run.code, run.stdout], [1, `invalid: ${reason}\n`], code);
    }
  });

  it('names the organisation-code character when only it is wrong', async () => {
    // 17th character changed, the one matching 18th character found.
    const code = [...usccCharset]
      .map((c) => `91330100716105853${c}`)
      .find((c) => usccProblem(c) === 'orgCheckDigit')!;
    assert.deepEqual((await inProcess(['check', code])).stdout, 'invalid: orgCheckDigit\n');
  });

  it('trims and upper-cases like the validator', async () => {
    assert.equal((await inProcess(['check', ' 91330100716105852f '])).stdout, 'valid\n');
  });

  it('refuses wrong usage with exit 2', async () => {
    assert.equal((await inProcess(['check'])).code, 2);
    assert.equal((await inProcess(['check', 'a', 'b'])).code, 2);
    assert.equal((await inProcess([])).code, 2);
    assert.equal((await inProcess(['verify', 'x'])).code, 2);
  });
});

describe('sunshine credit-code generate', () => {
  let t: TestDatabase;
  let issued: string;
  before(async () => {
    t = await createTestDatabase();
    const org = await createTestOrg(t.db, 'scjgj-cli');
    const at = new Date('2026-09-30T01:30:00Z');
    ({ creditCode: issued } = await issueLicenceCode(
      t.db,
      '210423',
      '1',
      {
        name: '已核发有限公司',
        kind: 'enterprise',
        legalRepresentative: '张三',
        registeredCapitalFen: 0,
        address: '测试路1号',
        businessScope: '技术服务',
        establishedOn: '2026-09-30',
        issuedOn: '2026-09-30',
        issuingOrgId: org,
        createdAt: at,
        updatedAt: at,
      },
      { random: spelling('MA0AB1CD') },
    ));
  });
  after(() => t.close());

  const generate = (args: string[], deps: CreditCodeDeps = {}) =>
    inProcess(['generate', '--region', '210423', '--category', '1', ...args], {
      db: t.db,
      ...deps,
    });

  it('prints 10,000 codes, one a line, all valid and all distinct', async () => {
    const run = await generate(['--count', '10000']);
    assert.equal(run.code, 0);
    const codes = run.stdout.trimEnd().split('\n');
    assert.equal(codes.length, 10_000);
    assert.equal(new Set(codes).size, 10_000);
    for (const code of codes) {
      assert.equal(usccProblem(code), null, code);
      assert.match(code, /^91210423/);
    }
    assert.ok(!codes.includes(issued));
  });

  it('prints one code by default', async () => {
    const run = await generate([]);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^91210423[0-9A-HJ-NPQRTUWXY]{10}\n$/);
  });

  it('never prints a code already on a licence in the database', async () => {
    // The random source makes the issued code first, then another.
    const run = await generate([], { random: spelling('MA0AB1CD' + 'MA0AB1CE') });
    assert.equal(run.code, 0);
    const [code] = run.stdout.trimEnd().split('\n');
    assert.notEqual(code, issued);
    assert.equal(code!.slice(8, 16), 'MA0AB1CE');
    const offline = await generate(['--offline'], { random: spelling('MA0AB1CD') });
    assert.equal(offline.stdout, `${issued}\n`, 'offline, the database is not asked');
  });

  it('puts the authority and category in front', async () => {
    const run = await inProcess(
      ['generate', '--region', '210423', '--category', '2', '--count', '3', '--offline'],
      {},
    );
    const codes = run.stdout.trimEnd().split('\n');
    assert.equal(codes.length, 3);
    for (const code of codes) assert.match(code, /^92210423/);
  });

  it('refuses a bad region, category or count with exit 2', async () => {
    const bad = [
      ['--region', '21042', '--category', '1'],
      ['--region', '2104AB', '--category', '1'],
      ['--region', '210423', '--category', 'I'],
      ['--region', '210423', '--category', '12'],
      ['--region', '210423'],
      ['--category', '1'],
      ['--region', '210423', '--category', '1', '--count', '0'],
      ['--region', '210423', '--category', '1', '--count', 'many'],
      ['--region', '210423', '--category', '1', '--count', '100001'],
    ];
    for (const args of bad) {
      const run = await inProcess(['generate', ...args, '--offline']);
      assert.equal(run.code, 2, args.join(' '));
      assert.equal(run.stdout, '');
    }
  });
});
