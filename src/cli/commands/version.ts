import { readFileSync } from 'node:fs';
import type { Command } from '../command.ts';

export const versionCommand: Command = {
  name: 'version',
  usage: 'Usage: sunshine version',
  options: {},
  async run() {
    const pkg = JSON.parse(
      readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'),
    ) as {
      version: string;
    };
    process.stdout.write(`sunshine ${pkg.version} (node ${process.versions.node})\n`);
    return 0;
  },
};
