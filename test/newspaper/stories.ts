// Our own fictional stories from 《云溪报》 of 2025-06-02 (the world of examples/README.md: every name, place and
// figure is invented). The typesetter sets them into multi-column pages; the text here is the answer key.

export interface Story {
  kicker?: string;
  headline: string;
  subheadline?: string;
  byline?: string;
  paragraphs: string[];
  /** Set in smaller type under a picture, after paragraph `after` (0-based). */
  caption?: { text: string; after: number };
  /** Closes the last paragraph, as printed: (来源:区委办). */
  source?: string;
  /** A jump line set on its own at the end: （下转第2版）. */
  jumpTo?: number;
  /** Opens the first paragraph: （上接第1版）. */
  jumpFrom?: number;
}

export const elevators: Story = {
  kicker: '老旧小区改造再提速',
  headline: '云溪区启动加装电梯三年行动',
  subheadline: '今年计划完成一百二十台 居民出资比例进一步降低',
  byline: '□ 记者 沈墨言 通讯员 贺知秋',
  paragraphs: [
    '　　6月1日上午，云溪区老旧小区加装电梯三年行动推进会在区行政中心召开。会议明确，到2027年底全区累计完成加装电梯四百台，让更多高楼层老人走出“悬空老人”的困境。',
    '　　据介绍，今年全区计划完成加装电梯一百二十台，重点覆盖东湖街道、南岸街道等老旧小区较为集中的片区。区住建委将会同各街道逐栋摸排意愿，对条件成熟的楼栋实行“一栋一策”。',
    '　　在资金保障方面，区财政对每台电梯的补贴标准由二十万元提高至二十八万元，居民出资比例平均下降约三成。对低保家庭、高龄独居老人等困难群体，街道还将协调公益基金给予专项帮扶。',
    '　　“以前下楼买菜要歇三回，现在按个按钮就到楼下了。”家住槐荫新村的七旬居民龚秀兰说。去年底，她所在的楼栋成为东湖街道首批加装电梯的试点之一。',
    '　　区住建委负责人表示，下一步将推广装配式钢结构井道和集中招标采购，把单台工期从九十天压缩到六十天以内，并建立电梯运行维保“一张网”，确保装得上、用得好、管得住。',
  ],
  caption: { text: '槐荫新村居民试乘新装电梯', after: 2 },
  source: '（来源：区住建委）',
};

export const clinics: Story = {
  headline: '家门口的健康驿站开到第十二家',
  subheadline: '—— 南岸街道探索医养结合新模式',
  byline: '□ 记者 苏映川',
  paragraphs: [
    '　　走进南岸街道桂香社区健康驿站，血压计、血糖仪、中医理疗床一应俱全。每周二、周四上午，区中心医院的全科医生会准时来这里坐诊。',
    '　　自去年试点以来，南岸街道已建成社区健康驿站十二家，签约家庭医生服务的居民超过一万八千人。驿站还为行动不便的老人提供上门巡诊服务。',
    '　　街道相关负责人介绍，下一步将引入智能随访设备，让慢性病老人在家中就能完成日常监测，数据实时传送至家庭医生工作站。',
  ],
  jumpTo: 2,
};

export const clinicsContinued: Story = {
  headline: '家门口的健康驿站开到第十二家',
  paragraphs: [
    '（上接第1版）驿站运营采取“街道搭台、医院派人、社会组织协助”的方式，日常管理由社区志愿者轮值承担。一年来，驿站累计接待居民问诊两万余人次。',
    '　　“过去配药要跑到区医院排队，现在楼下就能解决。”桂香社区居民卢长庚说。街道还在驿站设立了健康讲堂，每月邀请专家讲解慢病防治知识。',
  ],
  source: '（来源：南岸街道）',
};

export const riverPark: Story = {
  kicker: '城市更新',
  headline: '云溪湾滨水步道全线贯通',
  byline: '□ 记者 温叙白',
  paragraphs: [
    '　　5月31日，全长九点六公里的云溪湾滨水步道实现全线贯通。步道串联起三座口袋公园和两处历史码头遗址，沿线新增休憩座椅二百余处。',
    '　　为保留滨水空间的自然风貌，设计团队对沿岸四十余棵老樟树逐一“量身定制”保护方案，步道在古树处绕行，形成多处林荫小广场。',
    '　　夜间照明采用暖色低位灯光，既方便市民夜跑，又减少对水鸟栖息的干扰。据悉，步道还将陆续引入文创市集和水上运动项目。',
    '　　区绿化市容局表示，今年下半年将启动步道二期工程，向北延伸至青梧湿地，届时市民可沿水岸一路骑行到湿地公园。',
  ],
  caption: { text: '市民在云溪湾滨水步道晨练', after: 1 },
  source: '（来源：区绿化市容局）',
};

export const sidebar: Story = {
  headline: '步道开放时间',
  paragraphs: [
    '　　步道全天开放，夜间照明至二十三时。骑行请走专用车道，宠物请牵绳，沿线设有直饮水点六处、公共厕所五座。',
  ],
};

export const library: Story = {
  headline: '青梧书房试运营首月迎客三万人次',
  byline: '□ 通讯员 贺知秋',
  paragraphs: [
    '　　位于青梧湿地入口的青梧书房开放首月，累计接待读者三万余人次，办理新读者证一千六百张。',
    '　　书房藏书两万册，设置亲子阅读区和自然科普专区，周末还举办湿地观鸟讲座和绘本共读活动。',
    '　　书房实行“通借通还”，读者在全区任何一家公共图书馆借阅的图书都可以在这里归还。',
  ],
  source: '（来源：区文旅局）',
};

export const volunteers: Story = {
  kicker: '志愿云溪',
  headline: '三千名“河小青”守护家门口的河',
  paragraphs: [
    '　　今年以来，全区已招募青年护河志愿者三千余名，组建护河小队一百一十支，覆盖全区主要河道。',
    '　　志愿者每周开展巡河，发现问题通过“云溪河长”小程序一键上报，平均处置时间缩短到两天以内。',
  ],
  source: '（来源：团区委）',
};

export const market: Story = {
  headline: '东湖菜场完成升级改造重新开张',
  byline: '□ 记者 沈墨言',
  paragraphs: [
    '　　经过四个月的升级改造，东湖菜场6月1日重新开张。改造后的菜场通道拓宽了一倍，新增净菜加工区和便民维修摊位。',
    '　　菜场引入电子溯源秤，每一笔交易都能查询产地和检测信息。开业当天，不少老顾客一早就来“尝鲜”。',
    '　　“地面干净了，摊位整齐了，买菜心情也好了。”居民汪启明说。菜场还设置了老年人休息区和爱心寄存柜。',
  ],
  source: '（来源：区商务委）',
};
