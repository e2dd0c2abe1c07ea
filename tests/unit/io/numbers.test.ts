// Hand-parsed numbers: decimal commas only where allowed, NaN and Infinity refused, ids never typed.
import { describe, expect, it } from 'vitest';
import {
  canonicalNumber,
  parseDecimal,
  toBoolean,
  toInteger,
  toNumber,
} from '../../../src/io/values/numbers';

describe('parseDecimal', () => {
  it.each([
    ['0.5', false, 0.5],
    ['0,5', true, 0.5],
    [' 12 ', false, 12],
    ['\u00a012\u00a0', false, 12],
    ['-3.25', false, -3.25],
    ['+4', false, 4],
    ['.5', false, 0.5],
    [',5', true, 0.5],
    ['1e3', false, 1000],
    ['1,5e2', true, 150],
    ['007', false, 7],
    ['-0', false, 0],
  ])('reads %j (decimal comma %s) as %d', (text, comma, value) => {
    expect(parseDecimal(text, comma)).toEqual({ ok: true, value });
  });

  it.each([
    ['0,5', false, 'decimal comma'],
    ['NaN', false, 'not a finite number'],
    ['Infinity', true, 'not a finite number'],
    ['-inf', false, 'not a finite number'],
    ['1e999', false, 'not a finite number'],
    ['', false, 'empty'],
    ['abc', false, 'not a number'],
    ['1.234,5', true, 'not a number'],
    ['1,234.5', false, 'not a number'],
    ['0x10', false, 'not a number'],
    ['12abc', false, 'not a number'],
    ['1 000', false, 'not a number'],
  ])('refuses %j (decimal comma %s): %s', (text, comma, reason) => {
    const r = parseDecimal(text, comma);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });

  it('never reads "0,5" as 0 (the parseFloat pitfall)', () => {
    expect(parseDecimal('0,5', false).ok).toBe(false);
  });
});

describe('toNumber, toInteger, toBoolean', () => {
  it('takes numeric cells as they are and refuses non-finite ones', () => {
    expect(toNumber(2.5, false)).toEqual({ ok: true, value: 2.5 });
    expect(toNumber(Number.NaN, false).ok).toBe(false);
    expect(toNumber(Number.POSITIVE_INFINITY, false).ok).toBe(false);
    expect(toNumber(true, false).ok).toBe(false);
  });

  it('accepts whole numbers only as integers', () => {
    expect(toInteger('2015', false)).toEqual({ ok: true, value: 2015 });
    expect(toInteger(2015, false)).toEqual({ ok: true, value: 2015 });
    expect(toInteger('2015.5', false).ok).toBe(false);
  });

  it.each([
    ['true', true],
    ['YES', true],
    ['1', true],
    ['directed', true],
    ['false', false],
    ['No', false],
    ['0', false],
  ])('reads %j as %s', (text, value) => {
    expect(toBoolean(text)).toEqual({ ok: true, value });
  });

  it('refuses other words as booleans', () => {
    expect(toBoolean('maybe').ok).toBe(false);
  });
});

describe('canonicalNumber', () => {
  it('types only numbers written the way they print', () => {
    expect(canonicalNumber('7', false)).toBe(7);
    expect(canonicalNumber('-1.5', false)).toBe(-1.5);
    expect(canonicalNumber('007', false)).toBeUndefined();
    expect(canonicalNumber('1.50', false)).toBeUndefined();
    expect(canonicalNumber('0,5', true)).toBe(0.5);
    expect(canonicalNumber('0,5', false)).toBeUndefined();
    expect(canonicalNumber('', false)).toBeUndefined();
  });
});
