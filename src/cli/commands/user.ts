import type { Kysely } from 'kysely';
import {
  createUser,
  disableUser,
  grantRole,
  isRole,
  resetPassword,
  roles,
  type AccountsTables,
} from '../../modules/accounts/index.ts';
import { systemClock } from '../../platform/clock/index.ts';
import { systemContext } from '../../platform/http/index.ts';
import { UsageError, type Command } from '../command.ts';
import { configFromEnv, openDatabase } from '../environment.ts';

const usage = `
用法 Usage:
  sunshine user create --username NAME --name 显示名 [--org CODE --role ROLE]
  sunshine user reset-password --username NAME
  sunshine user disable --username NAME
  sunshine user grant --username NAME --role ROLE --org CODE

Roles: ${roles.join(', ')}. A role granted on an org covers its whole subtree.
create and reset-password print a temporary password; the user must change it at first login.`;

function required(values: Record<string, string | boolean | undefined>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '')
    throw new UsageError(`缺少 --${name} / --${name} is required`);
  return value.trim();
}

function roleOf(values: Record<string, string | boolean | undefined>) {
  const role = required(values, 'role');
  if (!isRole(role)) throw new UsageError(`未知角色 / unknown role: ${role} (${roles.join(', ')})`);
  return role;
}

export const userCommand: Command = {
  name: 'user',
  usage,
  options: {
    username: { type: 'string' },
    name: { type: 'string' },
    org: { type: 'string' },
    role: { type: 'string' },
  },
  async run(values, positionals) {
    const action = positionals[0];
    if (!action || !['create', 'reset-password', 'disable', 'grant'].includes(action)) {
      throw new UsageError(`未知操作 / unknown action: ${action ?? '(none)'}`);
    }
    const username = required(values, 'username');
    const handle = await openDatabase(configFromEnv(), `sunshine user ${action}`);
    const db = handle.db as Kysely<AccountsTables>;
    const ctx = systemContext('cli');
    try {
      if (action === 'create') {
        const grants =
          values.role || values.org
            ? [{ role: roleOf(values), orgCode: required(values, 'org') }]
            : [];
        const { password } = await createUser(db, systemClock, ctx, {
          username,
          displayName: required(values, 'name'),
          grants,
        });
        process.stdout.write(
          `已创建 created: ${username}\n临时密码 temporary password:\n${password}\n`,
        );
      } else if (action === 'reset-password') {
        const password = await resetPassword(db, systemClock, ctx, username);
        process.stdout.write(
          `已重置 reset: ${username}\n临时密码 temporary password:\n${password}\n`,
        );
      } else if (action === 'disable') {
        await disableUser(db, systemClock, ctx, username);
        process.stdout.write(`已停用 disabled: ${username}\n`);
      } else {
        const role = roleOf(values);
        const org = required(values, 'org');
        await grantRole(db, systemClock, ctx, username, role, org);
        process.stdout.write(`已授权 granted: ${username} ${role} @ ${org}\n`);
      }
      return 0;
    } finally {
      await handle.close();
    }
  },
};
