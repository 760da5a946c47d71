/**
 * The service company of the work-order stories (work orders, SLA, reports, knowledge, remote
 * help): its owner and two colleagues. Each spec has a host of its own, so they share no data.
 */
export const OWNER = {
  company: 'Harbor Service',
  name: 'Li Na',
  username: 'lina',
  password: 'correct-horse-9',
};
export const AGENT = {
  username: 'bochen',
  displayName: 'Bo Chen',
  password: 'agent-horse-9',
  role: 'agent',
} as const;
export const STAFF = {
  username: 'wufang',
  displayName: 'Wu Fang',
  password: 'staff-horse-9',
  role: 'staff',
} as const;
