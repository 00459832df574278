// Character classes for Chinese newspaper text. Han covers CJK ideographs (BMP, extension A, the
// compatibility block, and a lead surrogate of the astral extensions).

/** Sentence-final marks, Chinese and ASCII. */
export const TERMINAL = '。！？!?…';
/** Marks that cannot end a paragraph: the sentence must go on. */
export const CONTINUER = '，、：；,;:（(“「《〈—‘';
/** Closing marks that may follow a terminal ("。”", "。)"). */
export const CLOSER = '”」』’）)】》〉"\'';

const hanCode = (c: number) =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87f);

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && hanCode(ch.charCodeAt(0));
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function isLatin(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z]/.test(ch);
}

/** Chinese punctuation (full-width forms and CJK symbols). */
export function isCjkPunct(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff65) || '“”‘’…—·'.includes(ch);
}

/** True when the text ends a sentence: a terminal mark, possibly followed by closing quotes/brackets. */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSER.includes(text[i]!)) i--;
  return i >= 0 && TERMINAL.includes(text[i]!) ;
}

export function countHan(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (hanCode(text.charCodeAt(i))) n++;
  return n;
}
