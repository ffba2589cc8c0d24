import { describe, expect, it } from 'vitest';
import { annotate, definedTerm, findPhrase } from '#src/lib/annotate.ts';

describe('annotate', () => {
  it('keeps the text intact and marks the stretches', () => {
    const text = 'Cada Estado Porte adoptará medidas';
    const start = findPhrase(text, 'Estado Porte');
    const segments = annotate(text, [{ start, end: start + 'Estado Porte'.length, note: 'n1' }]);
    expect(segments).toEqual([{ text: 'Cada ' }, { text: 'Estado Porte', note: 'n1' }, { text: ' adoptará medidas' }]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });
  it('finds whole words only, so a slip "enunciada" is not found inside "enunciadas"', () => {
    expect(findPhrase('las conductas enunciadas en el artículo', 'conductas enunciada')).toBe(-1);
    expect(findPhrase('las conductas enunciada en el artículo', 'conductas enunciada')).toBe(4);
    expect(findPhrase('involve an Organized Criminal Group', 'organized criminal group', true)).toBe(11);
  });
  it('reads the defined term in each language', () => {
    expect(definedTerm('“Organized criminal group” shall mean a structured group')).toBe('Organized criminal group');
    expect(definedTerm('Por “grupo delictivo organizado” se entenderá')).toBe('grupo delictivo organizado');
    expect(definedTerm('L’expression «groupe criminel organisé» désigne')).toBe('groupe criminel organisé');
  });
});
