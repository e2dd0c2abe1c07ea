// The headless command line: `npm run --silent cli -- COMMAND ...`. Same core as the app.
import { commands } from './commands/index';
import { CliError } from './cliError';

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name !== undefined && Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    const names = Object.keys(commands).sort().join(', ');
    process.stderr.write(
      `${name === undefined ? 'no command given' : `unknown command "${name}"`}; commands: ${names}\n`,
    );
    return 2;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // One line, never a stack trace.
    const msg = e instanceof CliError ? e.message : e instanceof Error ? e.message : String(e);
    process.stderr.write(`error: ${msg.split('\n')[0]}\n`);
    process.exitCode = e instanceof CliError ? e.exitCode : 1;
  },
);
