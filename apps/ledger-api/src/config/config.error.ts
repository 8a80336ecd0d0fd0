/** A setting the service cannot start with; its message names the variable and what is wrong. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
