// A small argument parser: positionals plus --flag VALUE / --flag=VALUE / --switch.
import { CliError } from './cliError';

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string>;
}

/** Parse argv; `known` lists accepted options, `switches` those that take no value. */
export function parseArgs(
  argv: readonly string[],
  known: readonly string[],
  switches: readonly string[] = [],
): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq >= 0 ? eq : undefined);
    if (!known.includes(name) && !switches.includes(name)) {
      throw new CliError(`unknown option --${name}`, 2);
    }
    if (switches.includes(name)) {
      options.set(name, 'true');
    } else if (eq >= 0) {
      options.set(name, arg.slice(eq + 1));
    } else {
      const value = argv[i + 1];
      if (value === undefined) throw new CliError(`--${name} needs a value`, 2);
      options.set(name, value);
      i++;
    }
  }
  return { positionals, options };
}

/** A number option within [min, max], or the fallback when absent. */
export function numberOption(
  args: ParsedArgs,
  name: string,
  fallback: number,
  min = -Infinity,
  max = Infinity,
): number {
  const raw = args.options.get(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < min || value > max) {
    throw new CliError(`--${name} must be a number from ${min} to ${max}, got "${raw}"`, 2);
  }
  return value;
}
