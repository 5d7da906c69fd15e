import type { Kysely } from 'kysely';
import { createApiToken, type AccountsTables } from '../../modules/accounts/index.ts';
import { systemClock } from '../../platform/clock/index.ts';
import { systemContext } from '../../platform/http/index.ts';
import { UsageError, type Command } from '../command.ts';
import { configFromEnv, openDatabase } from '../environment.ts';

export const tokenCommand: Command = {
  name: 'token',
  usage: `
用法 Usage: sunshine token create --org CODE --scope SCOPE[,SCOPE…] [--name 名称]

Scopes look like supervision:write or foi:read. The token is printed once, alone on the last line;
only its hash is kept. List and revoke tokens in the console at /staff/tokens.`,
  options: { org: { type: 'string' }, scope: { type: 'string' }, name: { type: 'string' } },
  async run(values, positionals) {
    if (positionals[0] !== 'create')
      throw new UsageError(`未知操作 / unknown action: ${positionals[0] ?? '(none)'}`);
    if (typeof values.org !== 'string' || typeof values.scope !== 'string') {
      throw new UsageError('需要 --org 和 --scope / --org and --scope are required');
    }
    const handle = await openDatabase(configFromEnv(), 'sunshine token create');
    try {
      const { id, token } = await createApiToken(
        handle.db as Kysely<AccountsTables>,
        systemClock,
        systemContext('cli'),
        {
          orgCode: values.org,
          scopes: values.scope.split(','),
          ...(typeof values.name === 'string' ? { name: values.name } : {}),
        },
      );
      process.stdout.write(
        `令牌 ${id} 已创建，只显示这一次 / token ${id} created; shown only this once:\n${token}\n`,
      );
      return 0;
    } finally {
      await handle.close();
    }
  },
};
