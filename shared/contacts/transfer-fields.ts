import type { CustomFieldDef } from '../custom-fields/contract';
import { foldText } from '../custom-fields/values';
import { CONTACT_FIELDS, type ContactFieldName } from './contract';
/**
 * The contact fields an import can fill and an export writes, with the column names the import
 * wizard recognises in other programs' files (English and Chinese). A header is compared after
 * folding width and case and dropping spaces, punctuation and a trailing number, so that
 * `E-mail Address`, `email_2` and `电子邮件` all find their field.
 */

export const TRANSFER_FIELDS = [
  'name',
  'firstName',
  'lastName',
  'companyName',
  'title',
  'phones',
  'emails',
  'address',
  'tags',
  'notes',
] as const;
export type TransferField = (typeof TRANSFER_FIELDS)[number];

/**
 * Fields an export writes, in column order; first and last names only ever come in. The custom
 * fields' columns follow, one per live field.
 */
export type ExportField = Exclude<ContactFieldName, 'ownerId' | 'custom'>;
export const EXPORT_FIELDS = CONTACT_FIELDS.filter(
  (field): field is ExportField => field !== 'ownerId' && field !== 'custom',
) satisfies readonly TransferField[];

/** A column filling one of the company's own contact fields: `custom.12`. */
export type CustomTarget = `custom.${number}`;
/** What a column of an import file may fill. */
export type ImportTarget = TransferField | CustomTarget;

export const CUSTOM_TARGET = /^custom\.([1-9]\d{0,9})$/;
export const customTarget = (fieldId: number): CustomTarget => `custom.${fieldId}`;
export const isCustomTarget = (text: string): text is CustomTarget => CUSTOM_TARGET.test(text);
/** The field id a custom target names. */
export const customTargetId = (target: CustomTarget): number => Number(target.slice('custom.'.length));

interface FieldNames {
  en: string;
  zh: string;
  /** Other names the field goes by in other programs' exports. */
  aliases: readonly string[];
}

export const TRANSFER_FIELD_NAMES: Record<TransferField, FieldNames> = {
  name: {
    en: 'Name',
    zh: '姓名',
    aliases: [
      'full name',
      'display name',
      'contact',
      'contact name',
      'customer name',
      '名称',
      '名字',
      '联系人',
      '联系人姓名',
      '客户名称',
      '客户姓名',
    ],
  },
  firstName: { en: 'First name', zh: '名', aliases: ['given name', 'forename'] },
  lastName: { en: 'Last name', zh: '姓', aliases: ['family name', 'surname'] },
  companyName: {
    en: 'Company',
    zh: '公司',
    aliases: [
      'company name',
      'organization',
      'organisation',
      'org',
      'account',
      'account name',
      'employer',
      '公司名称',
      '单位',
      '单位名称',
      '企业',
      '企业名称',
      '客户单位',
      '工作单位',
    ],
  },
  title: { en: 'Title', zh: '职位', aliases: ['job title', 'position', '职务', '头衔'] },
  phones: {
    en: 'Phone',
    zh: '电话',
    aliases: [
      'phone number',
      'mobile',
      'mobile phone',
      'mobile number',
      'cell',
      'cell phone',
      'cellphone',
      'tel',
      'telephone',
      'work phone',
      'home phone',
      'business phone',
      'other phone',
      '手机',
      '手机号',
      '手机号码',
      '移动电话',
      '电话号码',
      '联系电话',
      '固话',
      '座机',
      '办公电话',
    ],
  },
  emails: {
    en: 'Email',
    zh: '邮箱',
    aliases: [
      'e-mail',
      'email address',
      'e-mail address',
      'mail',
      'work email',
      'home email',
      'other email',
      '电子邮件',
      '电子邮箱',
      '邮件',
      '邮箱地址',
      '电邮',
    ],
  },
  address: {
    en: 'Address',
    zh: '地址',
    aliases: [
      'street',
      'street address',
      'postal address',
      'mailing address',
      'business address',
      'home address',
      '联系地址',
      '通讯地址',
      '住址',
      '详细地址',
    ],
  },
  tags: {
    en: 'Tags',
    zh: '标签',
    aliases: ['tag', 'labels', 'label', 'categories', 'category', 'groups', 'group', '分类', '类别', '分组'],
  },
  notes: {
    en: 'Notes',
    zh: '备注',
    aliases: ['note', 'comments', 'comment', 'remarks', 'description', 'memo', '说明', '描述', '附注'],
  },
};

/** A header as compared: width and case folded, no spaces or punctuation, no trailing number. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.:：()（）#*]+/gu, '')
    .replace(/\d+$/, '');
}

const FIELD_BY_HEADER_KEY = new Map<string, TransferField>(
  TRANSFER_FIELDS.flatMap((field) => {
    const names = TRANSFER_FIELD_NAMES[field];
    return [names.en, names.zh, ...names.aliases].map((name) => [headerKey(name), field] as const);
  }),
);

export function isTransferField(text: string): text is TransferField {
  return (TRANSFER_FIELDS as readonly string[]).includes(text);
}

/**
 * The field each column would fill, as the wizard proposes it; null leaves a column out. A
 * header that is the label of one of the company's live fields (`customFields`, case and width
 * folded) fills that field, before any standard field of a similar name.
 */
export function proposeMapping(
  headers: readonly string[],
  customFields: readonly Pick<CustomFieldDef, 'id' | 'label'>[] = [],
): (ImportTarget | null)[] {
  const byLabel = new Map(customFields.map((field) => [foldText(field.label), customTarget(field.id)]));
  return headers.map(
    (header) => byLabel.get(foldText(header)) ?? FIELD_BY_HEADER_KEY.get(headerKey(header)) ?? null,
  );
}
