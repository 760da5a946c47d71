import type { ContactInput } from '../../../shared/contacts/contract';

/** Customers of a small trading company, for the list and the README screenshot. */
export const SAMPLE_CONTACTS: ContactInput[] = [
  {
    name: 'Emma Schneider',
    companyName: 'Bosch Rexroth',
    title: 'Head of Procurement',
    phones: ['+49 711 400 40990'],
    emails: ['emma.schneider@bosch.example'],
    tags: ['Partner'],
  },
  {
    name: '李娜',
    companyName: '阿里巴巴',
    title: '运营总监',
    phones: ['+86 139 1234 5678'],
    emails: ['li.na@alibaba.example'],
    tags: ['华东', 'Lead'],
  },
  {
    name: 'Carlos Mendes',
    companyName: 'Mendes & Filhos',
    title: 'Owner',
    phones: ['+351 21 123 4567'],
    emails: ['carlos@mendes.example'],
    tags: ['Lead'],
  },
  {
    name: '王芳',
    companyName: '比亚迪',
    title: '工程师',
    phones: ['0755-8888 6666'],
    emails: ['wang.fang@byd.example'],
    tags: ['华南'],
  },
  {
    name: 'Olivia Brown',
    companyName: 'Brown Dental Clinic',
    title: 'Practice Manager',
    phones: ['(415) 555-0132'],
    emails: ['olivia@browndental.example'],
    tags: ['VIP'],
  },
  {
    name: '陈静',
    companyName: '小米科技',
    title: '市场专员',
    phones: ['186 0101 2020'],
    emails: ['chen.jing@xiaomi.example'],
  },
  {
    name: 'Yuki Tanaka',
    companyName: 'Tanaka Trading',
    title: 'Sales Director',
    phones: ['+81 3-1234-5678'],
    emails: ['yuki@tanaka.example'],
    tags: ['Partner'],
  },
  {
    name: '刘洋',
    companyName: '顺丰速运',
    title: '物流主管',
    phones: ['021-6234 5678'],
    tags: ['华东'],
  },
  {
    name: 'Sophie Martin',
    companyName: 'Atelier Martin',
    title: 'Designer',
    phones: ['+33 1 42 68 53 00'],
    emails: ['sophie@ateliermartin.example'],
  },
];
