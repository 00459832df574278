// Characters OCR mistakes for one another because they look alike: one string per set, any member may have
// been read for any other. Data, not code: add a set here and both the repair and bench/repair.ts use it.
// Sets hold simplified and traditional forms; a set written once serves both where the forms agree.
export const CONFUSION_SETS: readonly string[] = [
  '人入',
  '己已巳',
  '未末',
  '日曰',
  '士土',
  '千干',
  '大太犬',
  '王玉主',
  '平全',
  '戊戌戍',
  '天夭',
  '刀力',
  '本木',
  '免兔',
  '折拆',
  '间问',
  '間問',
  '白自',
  '候侯',
  '拨拔',
  '撥拔',
  '晴睛',
  '辨辩辫',
  '辨辯辮',
  '即既',
  '休体',
  '住往',
  '准淮',
  '冶治',
  '旦且',
  '甲申由',
  '儿几',
  '汩汨',
  '崇祟',
  '粟栗',
  '壁璧',
  '徒徙',
  '券卷',
  '宇字',
  '困因',
  '刺剌',
  '今令',
  '亨享',
  '贝见',
  '貝見',
  '元无',
  '元無',
];

/** Character → the characters it may have been misread for. */
export function confusionMap(sets: readonly string[] = CONFUSION_SETS): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const set of sets) {
    const chars = Array.from(set);
    for (const c of chars) {
      const others = map.get(c) ?? [];
      for (const o of chars) if (o !== c && !others.includes(o)) others.push(o);
      map.set(c, others);
    }
  }
  return map;
}
