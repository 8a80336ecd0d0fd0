import { ANY, NO_STREAM } from '@eventstore/db-client';
import {
  expectedRevisionAt,
  fromEsdbCurrentRevision,
  toEsdbExpectedRevision,
  toSafeNumber,
  toUnsignedBigInt,
} from './esdb-revision.mapper';

describe('revision mapping', () => {
  describe('toEsdbExpectedRevision', () => {
    it('maps any, no_stream and an exact revision one to one', () => {
      expect(toEsdbExpectedRevision('any')).toBe(ANY);
      expect(toEsdbExpectedRevision('no_stream')).toBe(NO_STREAM);
      expect(toEsdbExpectedRevision(0)).toBe(0n);
      expect(toEsdbExpectedRevision(41)).toBe(41n);
    });

    it('refuses revisions no stream can be at', () => {
      expect(() => toEsdbExpectedRevision(-1)).toThrow(RangeError);
      expect(() => toEsdbExpectedRevision(1.5)).toThrow(RangeError);
      expect(() => toEsdbExpectedRevision(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
    });
  });

  describe('fromEsdbCurrentRevision', () => {
    it('reports a missing stream as -1 and an existing one by its last revision', () => {
      expect(fromEsdbCurrentRevision(NO_STREAM)).toBe(-1);
      expect(fromEsdbCurrentRevision(7n)).toBe(7);
    });
  });

  describe('expectedRevisionAt', () => {
    it('pins an append to the observed revision, no_stream when the stream was absent', () => {
      expect(expectedRevisionAt(-1)).toBe('no_stream');
      expect(expectedRevisionAt(0)).toBe(0);
      expect(expectedRevisionAt(12)).toBe(12);
    });
  });

  describe('bigint and number', () => {
    it('round-trips every safe integer up to 2^53 - 1', () => {
      for (const value of [0, 1, 2 ** 32, Number.MAX_SAFE_INTEGER]) {
        expect(toSafeNumber(toUnsignedBigInt(value, 'value'), 'value')).toBe(value);
      }
    });

    it('refuses a bigint a number would round, instead of losing precision', () => {
      expect(() => toSafeNumber(BigInt(Number.MAX_SAFE_INTEGER) + 1n, 'Commit position')).toThrow(
        'Commit position 9007199254740992 is outside the range a port number can hold exactly',
      );
      expect(() => toSafeNumber(-1n, 'Stream revision')).toThrow(RangeError);
    });
  });
});
