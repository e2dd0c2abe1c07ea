// The registry of CLI commands; each command lives in its own module.
import { analyzeCommand } from './analyze';
import { pathCommand } from './path';
import { trustProxyCommand } from './trustProxy';

export interface Command {
  /** Run with the arguments after the command name; resolves to the exit code. */
  run(argv: string[]): Promise<number>;
}

export const commands: Record<string, Command> = {
  analyze: analyzeCommand,
  path: pathCommand,
  'trust-proxy': trustProxyCommand,
};
