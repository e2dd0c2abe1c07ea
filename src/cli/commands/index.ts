// The registry of CLI commands; each command lives in its own module.
export interface Command {
  /** Run with the arguments after the command name; resolves to the exit code. */
  run(argv: string[]): Promise<number>;
}

export const commands: Record<string, Command> = {};
