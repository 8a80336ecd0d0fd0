/** `--name value` pairs and bare `--flag`s after the positional arguments; repeated options collect. */
export type ParsedOptions = Readonly<{ positional: string[]; values: Map<string, string[]>; flags: Set<string> }>;

export class UsageError extends Error {}

export function parseOptions(args: readonly string[], valued: readonly string[], flagNames: readonly string[] = []): ParsedOptions {
  const positional: string[] = [];
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (!arg.startsWith('--')) positional.push(arg);
    else if (flagNames.includes(arg)) flags.add(arg);
    else if (valued.includes(arg) && i + 1 < args.length) values.set(arg, [...(values.get(arg) ?? []), args[(i += 1)]]);
    else throw new UsageError(`unknown option or missing value: ${arg}`);
  }
  return { positional, values, flags };
}

/** The single value of an option, or undefined; refuses it given twice. */
export function single(options: ParsedOptions, name: string): string | undefined {
  const given = options.values.get(name) ?? [];
  if (given.length > 1) throw new UsageError(`${name} may be given once`);
  return given[0];
}
