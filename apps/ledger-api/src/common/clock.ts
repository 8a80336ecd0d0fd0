import { Injectable } from '@nestjs/common';

/** The one place the service reads the time; tests replace it to record history at fixed moments. */
@Injectable()
export class Clock {
  now(): string {
    return new Date().toISOString();
  }
}
