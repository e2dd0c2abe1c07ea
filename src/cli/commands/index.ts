// The registry of CLI commands; each command lives in its own module.
import { analyzeCommand } from './analyze';
import { pathCommand } from './path';
import { trustProxyCommand } from './addProxyTrust';
import { validateCommand } from './validate';
import { convertCommand } from './convert';
import { surveyCommand } from './survey';
import { compareCommand } from './compare';

export interface Command {
  /** Run with the arguments after the command name; resolves to the exit code. */
  run(argv: string[]): Promise<number>;
}

export const commands: Record<string, Command> = {
  analyze: analyzeCommand,
  path: pathCommand,
  'trust-proxy': trustProxyCommand,
  validate: validateCommand,
  convert: convertCommand,
  survey: surveyCommand,
  compare: compareCommand,
};
