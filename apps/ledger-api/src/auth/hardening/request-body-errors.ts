import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import { ApiErrorCode } from '../../common/errors/graphql-error.mapper';

/** The body parser's verdicts on a request it could not read, as this API's error codes. */
const BODY_ERRORS: Readonly<Record<string, { code: ApiErrorCode; message: string }>> = {
  'entity.too.large': { code: ApiErrorCode.PayloadTooLarge, message: 'The request body is larger than the ledger accepts (100 kB)' },
  'entity.parse.failed': { code: ApiErrorCode.BadRequest, message: 'The request body is not valid JSON' },
  'encoding.unsupported': { code: ApiErrorCode.BadRequest, message: 'The request body has an unsupported content encoding' },
  'charset.unsupported': { code: ApiErrorCode.BadRequest, message: 'The request body has an unsupported charset' },
};

type BodyParserError = Error & { type?: string; status?: number };

/**
 * Nest's JSON body parser (100 kB limit) runs before GraphQL; what it refuses would otherwise come back
 * as an HTML page. This error handler sits after it and answers in GraphQL's shape, with a code.
 */
@Injectable()
export class RequestBodyErrors implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    this.adapterHost.httpAdapter?.use((error: BodyParserError, _request: Request, response: Response, next: NextFunction) => {
      const known = error.type ? BODY_ERRORS[error.type] : undefined;
      if (!known) return next(error);
      response.status(error.status ?? 400).json({ errors: [{ message: known.message, extensions: { code: known.code } }] });
    });
  }
}
