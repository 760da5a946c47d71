import { emptyDraft, fullName, type ContactDraft } from './contact-draft';
import { isQuotedPrintable, type VcardProperty } from './vcard-property';
import { splitEscaped, unescapeValue } from './vcard-text';

const utf8 = new TextEncoder();

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value.slice(i + 1, i + 3);
    if (value[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...utf8.encode(value[i]));
    }
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(new Uint8Array(bytes));
}

/** The property's value with quoted-printable decoded; still vCard-escaped. */
function rawValue(property: VcardProperty): string {
  if (!isQuotedPrintable(property)) return property.value;
  return decodeQuotedPrintable(property.value, property.params.get('CHARSET')?.[0] ?? 'utf-8');
}

const text = (property: VcardProperty) => unescapeValue(rawValue(property)).trim();
const parts = (property: VcardProperty, separator: ';' | ',') =>
  splitEscaped(rawValue(property), separator).map((part) => unescapeValue(part).trim());

/** A phone written as a `tel:` URI in vCard 4.0 becomes the number alone. */
const phoneText = (value: string) => value.replace(/^tel:/i, '');

/** Card properties as an incoming contact; properties the CRM has no field for are left out. */
export function contactDraftFromCard(properties: readonly VcardProperty[]): ContactDraft {
  const draft = emptyDraft();
  let structuredName = '';
  const addresses: string[] = [];
  const notes: string[] = [];
  for (const property of properties) {
    switch (property.name) {
      case 'FN':
        draft.name ||= text(property);
        break;
      case 'N': {
        const [family = '', given = ''] = parts(property, ';');
        structuredName ||= fullName(given, family);
        break;
      }
      case 'ORG':
        draft.companyName ||= parts(property, ';')[0] ?? '';
        break;
      case 'TITLE':
        draft.title ||= text(property);
        break;
      case 'TEL':
        draft.phones.push(phoneText(text(property)));
        break;
      case 'EMAIL':
        draft.emails.push(text(property));
        break;
      case 'ADR':
        addresses.push(parts(property, ';').filter(Boolean).join('\n'));
        break;
      case 'NOTE':
        notes.push(text(property));
        break;
      case 'CATEGORIES':
        draft.tags.push(...parts(property, ','));
        break;
    }
  }
  draft.name ||= structuredName;
  draft.phones = draft.phones.filter(Boolean);
  draft.emails = draft.emails.filter(Boolean);
  draft.tags = draft.tags.filter(Boolean);
  draft.address = addresses.filter(Boolean).join('\n\n');
  draft.notes = notes.filter(Boolean).join('\n\n');
  return draft;
}
