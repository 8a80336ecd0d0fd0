import type { ValidationError } from 'class-validator';

/** One broken rule on one input field, with the field's path from the input's root (`financialTerms[0].amountCents`). */
export type FieldViolation = Readonly<{ field: string; message: string }>;

/** Raised by the ValidationPipe, so that the error mapper can name every field at fault. */
export class InputValidationError extends Error {
  constructor(readonly violations: readonly FieldViolation[]) {
    super(violations.map((violation) => violation.message).join('; '));
    this.name = 'InputValidationError';
  }
}

export function violationsOf(errors: readonly ValidationError[], parent = ''): FieldViolation[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent
        ? `${parent}.${error.property}`
        : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message: `${field}: ${message}` }));
    return [...own, ...violationsOf(error.children ?? [], field)];
  });
}

export const inputValidationErrorFactory = (errors: ValidationError[]) =>
  new InputValidationError(violationsOf(errors));
