// Word lists of the newspaper register (simplified script): post titles, what may follow a name, surnames.

/** Titles that end a post (区委副书记 ends in 副书记): the longest one wins. */
export const TITLES = [
  // party and government
  '书记', '副书记', '党委书记', '党委副书记', '党委委员', '党组书记', '党组副书记', '党组成员', '党工委书记', '党工委副书记',
  '常委', '委员', '主任', '副主任', '常务副主任', '主席', '副主席', '部长', '副部长', '局长', '副局长', '常务副局长',
  '区长', '副区长', '代理区长', '常务副区长', '市长', '副市长', '代理市长', '常务副市长', '县长', '副县长', '镇长', '副镇长',
  '省长', '副省长', '秘书长', '副秘书长', '组长', '副组长', '巡视员', '一级巡视员', '二级巡视员', '调研员', '处长', '副处长',
  '科长', '检察长', '副检察长', '院长', '副院长', '庭长', '政委', '司令员', '主任委员', '总规划师', '总工程师',
  // enterprises, universities, associations
  '董事长', '副董事长', '董事', '总经理', '副总经理', '总裁', '副总裁', '总监', '首席执行官', '首席科学家', '董事会秘书',
  '校长', '副校长', '常务副校长', '所长', '副所长', '馆长', '副馆长', '理事长', '副理事长', '会长', '副会长', '社长',
  '总编辑', '主编', '行长', '副行长', '园长', '站长', '队长', '创始人', '联合创始人',
  // honours
  '院士', '得主',
];

/** Titles printed after the name, honours and academic ranks: 沈斐教授, 金力院士. */
export const AFTER_NAME_TITLES = ['教授', '副教授', '院士', '研究员', '博士', '主任医师'];

/** Generic words for officials that name no post (区领导沈权、刘琪). */
export const GENERIC_TITLES = ['区领导', '市领导', '领导'];

/** Posts whose title names the body they belong to (区长 is the district government's). */
export const DISTRICT_TITLES: Record<string, string> = { 区长: '区政府', 副区长: '区政府', 代理区长: '区政府', 常务副区长: '区政府' };

/** Spelling variants of one post: the key is read as the value. */
export const TITLE_VARIANTS: [RegExp, string][] = [
  [/人大常委(?!会)/u, '人大常委会'],
  [/(组织|宣传|统战)部长$/u, '$1部部长'],
];

/** Posts in an institution: a list item with no organisation of its own takes the one of the person before (校长 of 复旦大学). */
export const INSTITUTION_TITLES = new Set(['校长', '副校长', '常务副校长', '院长', '副院长', '董事长', '副董事长', '董事', '总经理', '副总经理', '总裁', '副总裁', '所长', '副所长', '理事长', '副理事长', '董事会秘书', '首席科学家', '总监', '首席执行官']);

/** Party bodies inside an institution: 复旦大学党委 is an organ of 复旦大学. */
export const PARTY_ORGAN = /(党委|党组|党工委|纪委)$/u;

/**
 * Words that end a name: what the register writes after one (出席, 主持, 指出 …) and list punctuation.
 * Strong ones settle a three-character name; single characters only decide between two and three.
 */
export const AFTER_NAME_WORDS = [
  '出席', '主持', '指出', '表示', '强调', '参加', '先后', '分别', '共同', '代表', '致辞', '讲话', '带队', '一行', '同志', '领学', '领衔',
  '介绍', '宣布', '会见', '调研', '走访', '前往', '陪同', '参观', '视察', '看望', '慰问', '出任', '担任', '当选', '发表', '要求',
  '希望', '认为', '等人', '一同', '讲授', '解读', '作为', '主讲',
];
export const NAME_END_CHARS = '等和与及';
export const WEAK_NAME_END = '向在为对到率说也则就还并同作致陪带前赴主出讲指表强参先分共代';

/** Characters that never stand in a personal name (function words). */
export const NOT_IN_NAME = '的了和与及等在是其这那个们也都就而或被把从以于着过吗呢吧啊、，。；：！？“”（）《》\n ';

const SINGLE_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由习';
const DOUBLE_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '令狐', '夏侯', '轩辕', '端木', '澹台', '万俟', '呼延', '钟离'];

const singles = new Set(SINGLE_SURNAMES);

/** Length of the surname `text` starts with at `at` (2 for 欧阳), or 0. */
export function surnameAt(text: string, at: number): number {
  if (DOUBLE_SURNAMES.includes(text.slice(at, at + 2))) return 2;
  return singles.has(text[at]!) ? 1 : 0;
}
