import type { ContactInput } from '../../shared/contacts/contract';

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CN_SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈',
];
const CN_GIVEN = [...'伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉兰萍红鹏飞斌宇浩凯晨欣怡婷雪琳'];
const CN_PINYIN: Record<string, string> = {
  王: 'wang',
  李: 'li',
  张: 'zhang',
  刘: 'liu',
  陈: 'chen',
  杨: 'yang',
  黄: 'huang',
  赵: 'zhao',
};
const FIRST_NAMES = [
  'James',
  'Mary',
  'John',
  'Patricia',
  'Robert',
  'Jennifer',
  'Michael',
  'Linda',
  'David',
  'Elizabeth',
  'José',
  'María',
  'François',
  'Zoë',
  'Søren',
  'Ana',
  'Luca',
  'Emma',
  'Noah',
  'Olivia',
  'Liam',
  'Mia',
  'Wei',
  'Na',
  'Hiroshi',
  'Yuki',
  'Aarav',
  'Priya',
  'Omar',
  'Fatima',
  "O'Neil",
  'Anne-Marie',
];
const LAST_NAMES = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Müller',
  'Schmidt',
  'Rossi',
  'Dubois',
  'Nakamura',
  'Kim',
  'Nguyen',
  'Singh',
  'Kowalski',
  'Andersson',
  'Zhang',
  'Wang',
  'Li',
  'Chen',
  'Liu',
  "O'Brien",
  'van der Berg',
  'Østergaard',
  'Papadopoulos',
  'Silva',
];
const COMPANY_WORDS = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Stark',
  'Wayne',
  'Hooli',
  'Vandelay',
  'Soylent',
  'Tyrell',
  'Northwind',
  'Contoso',
  'Fabrikam',
  'Litware',
  'Adventure',
  'Blue Yonder',
  'Proseware',
  'Wingtip',
];
const COMPANY_KINDS = ['Ltd', 'Inc', 'GmbH', 'Trading', 'Logistics', 'Foods', 'Systems', 'Studio'];
const CN_COMPANIES = [
  '华为技术',
  '海尔电器',
  '美的集团',
  '格力电器',
  '联想科技',
  '顺丰速运',
  '京东物流',
  '小米科技',
];
const TAGS = ['vip', 'lead', 'partner', 'supplier', 'wholesale', 'retail', 'overseas', 'newsletter'];
const DOMAINS = ['example.com', 'mail.example.org', 'example.net', 'corp.example.cn'];

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const digits = (random: () => number, count: number) =>
  Array.from({ length: count }, () => Math.floor(random() * 10)).join('');

function phone(random: () => number): string {
  const kind = random();
  if (kind < 0.45) return `13${digits(random, 9)}`;
  if (kind < 0.65)
    return `+86 1${pick(random, ['38', '39', '50', '86'])} ${digits(random, 4)} ${digits(random, 4)}`;
  if (kind < 0.8) return `(${digits(random, 3)}) ${digits(random, 3)}-${digits(random, 4)}`;
  if (kind < 0.9) return `+44 20 ${digits(random, 4)} ${digits(random, 4)}`;
  return `0${digits(random, 2)}-${digits(random, 8)}`;
}

/** One plausible customer: a Chinese or a Western name, a company, phones, e-mails, tags. */
export function fakeContact(random: () => number): ContactInput {
  const chinese = random() < 0.5;
  const surname = pick(random, CN_SURNAMES);
  const given = pick(random, CN_GIVEN) + (random() < 0.6 ? pick(random, CN_GIVEN) : '');
  const first = pick(random, FIRST_NAMES);
  const last = pick(random, LAST_NAMES);
  const name = chinese ? surname + given : `${first} ${last}`;
  const local = chinese ? `${CN_PINYIN[surname] ?? 'user'}${digits(random, 4)}` : `${first}.${last}`;
  const companyName =
    random() < 0.8
      ? chinese
        ? pick(random, CN_COMPANIES)
        : `${pick(random, COMPANY_WORDS)} ${pick(random, COMPANY_KINDS)}`
      : undefined;
  return {
    name,
    companyName,
    title:
      random() < 0.5 ? pick(random, ['Manager', 'Buyer', 'Director', 'Engineer', '经理', '采购']) : undefined,
    phones: random() < 0.9 ? [phone(random), ...(random() < 0.3 ? [phone(random)] : [])] : [],
    emails:
      random() < 0.8
        ? [`${local.toLowerCase().replace(/[^a-z0-9.]/g, '')}${digits(random, 2)}@${pick(random, DOMAINS)}`]
        : [],
    tags: random() < 0.4 ? [pick(random, TAGS)] : [],
  };
}
